import { describe, expect, it } from 'vitest';
import { parseRequest } from './violation.ts';
import { createImageRequestSchema } from './custom-images.ts';
import { importImageRequestSchema } from './image-import.ts';
import { runInstancesRequestSchema } from './run-instances.ts';
import {
  TAG_KEY_MAX,
  TAG_VALUE_MAX,
  TAGS_PER_RESOURCE_MAX,
  tagKeyProblem,
  tagSetViolation,
  tagValueProblem,
  tagsOf,
} from './tags.ts';
import { expectFieldViolation } from '../test/fixtures.ts';

const tags = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ Key: `key-${from + i}`, Value: `value ${from + i}` }));
const create = (TagSpecification: unknown) => ({ ImageName: 'web', InstanceId: 'ins-abcd1234', TagSpecification });

function refusal(input: unknown, schema: Parameters<typeof parseRequest>[0] = createImageRequestSchema) {
  const result = parseRequest(schema, input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input).slice(0, 200)} to be refused`);
  return result.violation;
}

describe('tag keys and values', () => {
  it.each([
    ['letters and digits', 'env2'],
    ['Chinese', '环境'],
    ['spaces inside', 'cost center'],
    ['every punctuation allowed', '+-=._:/@()[],;><【】（）：'],
    [`${TAG_KEY_MAX} characters`, 'k'.repeat(TAG_KEY_MAX)],
    ['a reserved word not at the start', 'my-qcs:key'],
  ])('a key of %s is accepted', (_what, key) => {
    expect(tagKeyProblem(key)).toBeUndefined();
  });

  it.each<[string, string, string, string[]]>([
    ['empty', '', 'FailedOperation.IllegalTagKey', ['A tag key is required (1 to 127 characters).']],
    [
      `${TAG_KEY_MAX + 1} characters`,
      'k'.repeat(TAG_KEY_MAX + 1),
      'InvalidParameterValue.TooLarge',
      ['A tag key must be at most 127 characters (it has 128).'],
    ],
    [
      'a leading space',
      ' env',
      'FailedOperation.IllegalTagKey',
      ['Tag key " env" must not start or end with a space.'],
    ],
    ['a trailing space', 'env ', 'FailedOperation.IllegalTagKey', ['must not start or end with a space']],
    [
      'a #',
      'env#1',
      'FailedOperation.IllegalTagKey',
      ['Tag key "env#1" may contain letters, digits, spaces and + - ='],
    ],
    ['a quote', 'say "hi"', 'FailedOperation.IllegalTagKey', ['may contain letters, digits, spaces']],
    ['a tab', 'a\tb', 'FailedOperation.IllegalTagKey', ['may contain letters, digits, spaces']],
    ['the qcs: prefix', 'qcs:owner', 'FailedOperation.TagKeyReserved', ['"qcs:" are reserved for Tencent Cloud']],
    ['the project: prefix', 'project:x', 'FailedOperation.TagKeyReserved', ['"project:" are reserved']],
    ['the 项目 prefix', '项目组', 'FailedOperation.TagKeyReserved', ['"项目" are reserved']],
  ])('a key with %s is refused', (_what, key, code, parts) => {
    expectFieldViolation(tagKeyProblem(key), code, 'Key', ...parts);
  });

  it.each<[string, string, string, string[]]>([
    ['empty', '', 'FailedOperation.IllegalTagValue', ['A tag value is required (1 to 255 characters).']],
    [
      `${TAG_VALUE_MAX + 1} characters`,
      'v'.repeat(TAG_VALUE_MAX + 1),
      'InvalidParameterValue.TooLarge',
      ['A tag value must be at most 255 characters (it has 256).'],
    ],
    ['a trailing space', 'prod ', 'FailedOperation.IllegalTagValue', ['Tag value "prod " must not start or end']],
    ['a *', 'a*b', 'FailedOperation.IllegalTagValue', ['Tag value "a*b" may contain letters, digits, spaces']],
  ])('a value with %s is refused', (_what, value, code, parts) => {
    expectFieldViolation(tagValueProblem(value), code, 'Value', ...parts);
  });

  it('a value may start like a reserved key', () => {
    expect(tagValueProblem('qcs:anything')).toBeUndefined();
    expect(tagValueProblem('v'.repeat(TAG_VALUE_MAX))).toBeUndefined();
  });
});

describe('the tags of one resource', () => {
  it(`accepts ${TAGS_PER_RESOURCE_MAX} tags of distinct keys`, () => {
    expect(tagSetViolation(tags(TAGS_PER_RESOURCE_MAX))).toBeUndefined();
  });

  it(`refuses ${TAGS_PER_RESOURCE_MAX + 1} with the tag quota`, () => {
    const v = tagSetViolation(tags(TAGS_PER_RESOURCE_MAX + 1));
    expectFieldViolation(
      v?.violation,
      'InvalidParameterValue.TagQuotaLimitExceeded',
      undefined,
      'at most 50 tags (got 51)',
    );
  });

  it('refuses a key given twice, at its second place; keys are case sensitive', () => {
    expect(tagSetViolation([...tags(3), { Key: 'key-1', Value: 'again' }])).toMatchObject({
      index: 3,
      violation: { code: 'InvalidParameterValue.DuplicateTags', field: 'Key' },
    });
    expect(
      tagSetViolation([
        { Key: 'Env', Value: 'a' },
        { Key: 'env', Value: 'b' },
      ]),
    ).toBeUndefined();
  });
});

describe('TagSpecification in CreateImage, ImportImage and RunInstances', () => {
  const importImage = (TagSpecification: unknown) => ({
    Architecture: 'x86_64',
    OsType: 'CentOS',
    OsVersion: '7',
    ImageUrl: 'https://b-1250000000.cos.ap-guangzhou.myqcloud.com/a.qcow2',
    ImageName: 'web',
    TagSpecification,
  });
  const run = (TagSpecification: unknown) => ({
    Placement: { Zone: 'ap-guangzhou-3' },
    ImageId: 'img-abcd1234',
    InstanceType: 'S5.MEDIUM4',
    TagSpecification,
  });

  it('accepts 50 tags over several entries, and the resource gets them all', () => {
    const specs = [
      { ResourceType: 'image', Tags: tags(30) },
      { ResourceType: 'image', Tags: tags(20, 30) },
    ];
    const parsed = parseRequest(createImageRequestSchema, create(specs));
    expect(parsed.ok).toBe(true);
    expect(tagsOf(specs)).toHaveLength(50);
    expect(parseRequest(importImageRequestSchema, importImage(specs)).ok).toBe(true);
    expect(
      parseRequest(runInstancesRequestSchema, run(specs.map((s) => ({ ...s, ResourceType: 'instance' })))).ok,
    ).toBe(true);
  });

  it.each<[string, unknown, string, string, string[]]>([
    [
      '51 tags over two entries',
      [
        { ResourceType: 'image', Tags: tags(30) },
        { ResourceType: 'image', Tags: tags(21, 30) },
      ],
      'InvalidParameterValue.TagQuotaLimitExceeded',
      'TagSpecification',
      ['at most 50 tags (got 51)'],
    ],
    [
      '100 tags in one entry: still the tag quota',
      [{ ResourceType: 'image', Tags: tags(100) }],
      'InvalidParameterValue.TagQuotaLimitExceeded',
      'TagSpecification',
      ['at most 50 tags (got 100)'],
    ],
    [
      '101 tags in one entry, past the cap',
      [{ ResourceType: 'image', Tags: tags(101) }],
      'InvalidParameterValue.LimitExceeded',
      'TagSpecification.0.Tags',
      ['accepts at most 100 items'],
    ],
    [
      'a key given twice in two entries',
      [
        { ResourceType: 'image', Tags: [{ Key: 'env', Value: 'prod' }] },
        { ResourceType: 'image', Tags: [{ Key: 'env', Value: 'test' }] },
      ],
      'InvalidParameterValue.DuplicateTags',
      'TagSpecification.1.Tags.0.Key',
      ['Tag key "env" is given more than once'],
    ],
    [
      'a reserved key',
      [{ ResourceType: 'image', Tags: [{ Key: 'qcs:env', Value: 'prod' }] }],
      'FailedOperation.TagKeyReserved',
      'TagSpecification.0.Tags.0.Key',
      ['reserved'],
    ],
    [
      'an empty value',
      [{ ResourceType: 'image', Tags: [{ Key: 'env', Value: '' }] }],
      'FailedOperation.IllegalTagValue',
      'TagSpecification.0.Tags.0.Value',
      ['A tag value is required'],
    ],
    [
      'the tags of another resource type',
      [{ ResourceType: 'instance', Tags: [{ Key: 'env', Value: 'prod' }] }],
      'InvalidParameterValue',
      'TagSpecification.0.ResourceType',
      ['This action tags resources of type "image", not "instance".'],
    ],
    [
      '11 entries',
      Array.from({ length: 11 }, () => ({ ResourceType: 'image', Tags: [] })),
      'InvalidParameterValue.LimitExceeded',
      'TagSpecification',
      ['accepts at most 10 items'],
    ],
    [
      '150,000 nulls, refused by size before an item is read',
      Array.from({ length: 150_000 }, () => null),
      'InvalidParameterValue.LimitExceeded',
      'TagSpecification',
      ['accepts at most 10 items'],
    ],
  ])('CreateImage refuses %s', (_what, specs, code, field, parts) => {
    expectFieldViolation(refusal(create(specs)), code, field, ...parts);
  });

  it('RunInstances tags instances, not images', () => {
    const v = refusal(run([{ ResourceType: 'image', Tags: tags(1) }]), runInstancesRequestSchema);
    expectFieldViolation(v, 'InvalidParameterValue', 'TagSpecification.0.ResourceType', '"instance", not "image"');
  });
});
