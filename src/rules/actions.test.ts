import { describe, it, expect } from 'vitest';
import { isAction, mutatingActions, requestSchemas, type Action } from './actions.ts';
import { serviceOf, versionOf } from './protocol.ts';
import { parseRequest } from './violation.ts';
import { renderMessage } from './messages/render.ts';

/** The actions of DESIGN.md's API contract, in its order. */
const DESIGN_ACTIONS = [
  'DescribeRegions',
  'DescribeZones',
  'DescribeImages',
  'DescribeImageQuota',
  'DescribeImageFromFamily',
  'CreateImage',
  'ImportImage',
  'DescribeImportImageOs',
  'ModifyImageAttribute',
  'DeleteImages',
  'ModifyImageSharePermission',
  'DescribeImageSharePermission',
  'SyncImages',
  'ExportImages',
  'DescribeBuckets',
  'DescribeInstances',
  'DescribeInstanceTypeConfigs',
  'InquiryPriceRunInstances',
  'RunInstances',
  'ModifyResourceTags',
];

const MUTATING = [
  'CreateImage',
  'ImportImage',
  'ModifyImageAttribute',
  'DeleteImages',
  'ModifyImageSharePermission',
  'SyncImages',
  'ExportImages',
  'RunInstances',
  'ModifyResourceTags',
];

describe('requestSchemas', () => {
  it('holds exactly the actions of DESIGN.md', () => {
    expect(Object.keys(requestSchemas).sort()).toEqual([...DESIGN_ACTIONS].sort());
  });

  it.each(DESIGN_ACTIONS)('%s is an action with a strict request schema', (name) => {
    expect(isAction(name)).toBe(true);
    const result = parseRequest(requestSchemas[name as Action], { NotAParameter: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.violation.code).toMatch(/^(UnknownParameter|MissingParameter|InvalidParameterValue)$/);
  });

  it.each([
    'DescribeRegions',
    'DescribeZones',
    'DescribeImages',
    'DescribeImageQuota',
    'DescribeImageFromFamily',
    'DescribeImportImageOs',
    'DescribeInstances',
    'DescribeInstanceTypeConfigs',
  ] as Action[])('%s accepts an empty request and refuses an unknown parameter', (name) => {
    expect(parseRequest(requestSchemas[name], {}).ok).toBe(true);
    const result = parseRequest(requestSchemas[name], { NotAParameter: 1 });
    expect(result).toEqual({
      ok: false,
      violation: {
        code: 'UnknownParameter',
        key: 'param.unknown',
        params: { name: 'NotAParameter' },
        field: 'NotAParameter',
      },
    });
    if (!result.ok)
      expect(renderMessage(result.violation, 'en-US')).toBe(
        'The parameter `NotAParameter` is not recognized by this action.',
      );
  });
});

describe('isAction', () => {
  it.each([
    ['Foo', false],
    ['', false],
    ['describeImages', false],
    ['DescribeImages ', false],
    ['ProgramFpgaImage', false],
    ['toString', false],
    ['constructor', false],
    ['__proto__', false],
    ['hasOwnProperty', false],
    ['DescribeImages', true],
    ['DescribeImageFromFamily', true],
    ['RunInstances', true],
  ])('isAction(%j) is %s', (name, expected) => {
    expect(isAction(name)).toBe(expected);
  });
});

describe('versionOf', () => {
  it("calls the tag service's action with its version, and every other with CVM's", () => {
    expect(versionOf('ModifyResourceTags')).toBe('2018-08-13');
    expect(serviceOf('ModifyResourceTags')).toBe('tag');
    for (const action of Object.keys(requestSchemas) as Action[])
      if (action !== 'ModifyResourceTags') {
        expect(versionOf(action)).toBe('2017-03-12');
        expect(serviceOf(action)).toBe('cvm');
      }
  });
});

describe('mutatingActions', () => {
  it('are the actions that change the store', () => {
    expect([...mutatingActions].sort()).toEqual([...MUTATING].sort());
    expect(new Set(mutatingActions).size).toBe(mutatingActions.length);
  });

  it.each(DESIGN_ACTIONS)('%s is classified', (name) => {
    expect(mutatingActions.includes(name as Action)).toBe(MUTATING.includes(name));
    if (name.startsWith('Describe') || name.startsWith('Inquiry')) expect(mutatingActions).not.toContain(name);
  });
});
