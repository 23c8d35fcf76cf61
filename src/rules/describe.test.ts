import { describe, expect, it } from 'vitest';
import { FILTER_VALUE_MAX_LENGTH, FILTER_VALUES_MAX, FILTERS_MAX, REQUEST_ARRAY_MAX } from './limits.ts';
import { parseRequest } from './violation.ts';
import { searchTextViolation } from './describe.ts';
import { describeImagesRequestSchema, imageFilterNames } from './images.ts';
import { describeInstancesRequestSchema, instanceFilterNames } from './instances.ts';
import { describeInstanceTypeConfigsRequestSchema, instanceTypeConfigFilterNames } from './instance-types.ts';
import { expectFieldViolation } from '../test/fixtures.ts';

// One filters schema for every Describe action: the same limits and messages, each action with its names.
const actions = [
  ['DescribeImages', describeImagesRequestSchema, imageFilterNames],
  ['DescribeInstances', describeInstancesRequestSchema, instanceFilterNames],
  ['DescribeInstanceTypeConfigs', describeInstanceTypeConfigsRequestSchema, instanceTypeConfigFilterNames],
] as const;

function refusal(schema: (typeof actions)[number][1], input: unknown) {
  const result = parseRequest(schema, input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return result.violation;
}

describe.each(actions)('the Filters of %s', (_action, schema, names) => {
  const name = names[0];

  it('accepts each of its filter names, up to the limits', () => {
    const filters = names.slice(0, FILTERS_MAX).map((Name) => ({ Name, Values: ['x'] }));
    expect(parseRequest(schema, { Filters: filters }).ok).toBe(true);
    const values = Array.from({ length: FILTER_VALUES_MAX }, () => 'v'.repeat(FILTER_VALUE_MAX_LENGTH));
    expect(parseRequest(schema, { Filters: [{ Name: name, Values: values }] }).ok).toBe(true);
  });

  it.each<[string, (n: string) => unknown, string, string | undefined, string[]]>([
    [
      'an unknown name, listing the supported ones',
      () => ({ Filters: [{ Name: 'colour', Values: ['blue'] }] }),
      'InvalidFilter',
      'Filters.0.Name',
      ['Unknown filter "colour"', `supported filters: ${names.join(', ')}.`],
    ],
    [
      `more than ${FILTERS_MAX} filters`,
      (n) => ({ Filters: Array.from({ length: FILTERS_MAX + 1 }, () => ({ Name: n, Values: ['x'] })) }),
      'InvalidParameterValue.LimitExceeded',
      'Filters',
      [`At most ${FILTERS_MAX} filters per request (got ${FILTERS_MAX + 1}).`],
    ],
    [
      `more than ${FILTER_VALUES_MAX} values`,
      (n) => ({ Filters: [{ Name: n, Values: ['1', '2', '3', '4', '5', '6'] }] }),
      'InvalidFilterValue.LimitExceeded',
      'Filters.0.Values',
      [`takes at most ${FILTER_VALUES_MAX} values (got 6)`],
    ],
    [
      'no values',
      (n) => ({ Filters: [{ Name: n, Values: [] }] }),
      'InvalidFilterValue.LimitExceeded',
      'Filters.0.Values',
      ['needs at least one value'],
    ],
    [
      `${REQUEST_ARRAY_MAX} filters: still the filters rule`,
      (n) => ({ Filters: Array.from({ length: REQUEST_ARRAY_MAX }, () => ({ Name: n, Values: ['x'] })) }),
      'InvalidParameterValue.LimitExceeded',
      'Filters',
      [`At most ${FILTERS_MAX} filters per request (got ${REQUEST_ARRAY_MAX}).`],
    ],
    [
      // Refused by its size before a single item is read: 70,000 empty filters used to overflow
      // the stack, zod spreading one issue per item.
      '70,000 empty filters, past the cap',
      () => ({ Filters: Array.from({ length: 70_000 }, () => ({})) }),
      'InvalidParameterValue.LimitExceeded',
      'Filters',
      [`The parameter \`Filters\` accepts at most ${REQUEST_ARRAY_MAX} items.`],
    ],
    [
      '200,000 null values, past the cap',
      (n) => ({ Filters: [{ Name: n, Values: Array.from({ length: 200_000 }, () => null) }] }),
      'InvalidParameterValue.LimitExceeded',
      'Filters.0.Values',
      [`The parameter \`Filters.0.Values\` accepts at most ${REQUEST_ARRAY_MAX} items.`],
    ],
    [
      `a value over ${FILTER_VALUE_MAX_LENGTH} characters`,
      (n) => ({ Filters: [{ Name: n, Values: ['v'.repeat(FILTER_VALUE_MAX_LENGTH + 1)] }] }),
      'InvalidParameterValue.TooLarge',
      'Filters.0.Values.0',
      [`at most ${FILTER_VALUE_MAX_LENGTH} characters`],
    ],
  ])('refuses %s', (_what, input, code, field, parts) => {
    expectFieldViolation(refusal(schema, input(name)), code, field, ...parts);
  });
});

describe('tag:<key> filters', () => {
  it('are images filters only', () => {
    const input = { Filters: [{ Name: 'tag:env', Values: ['prod'] }] };
    expect(parseRequest(describeImagesRequestSchema, input).ok).toBe(true);
    expect(refusal(describeInstancesRequestSchema, input).code).toBe('InvalidFilter');
    expect(refusal(describeInstanceTypeConfigsRequestSchema, input).code).toBe('InvalidFilter');
  });
});

describe('searchTextViolation', () => {
  it('lets a search of up to the filter value limit through, and the API takes it', () => {
    const text = 'x'.repeat(FILTER_VALUE_MAX_LENGTH);
    expect(searchTextViolation(text)).toBeUndefined();
    expect(parseRequest(describeImagesRequestSchema, { Filters: [{ Name: 'keyword', Values: [text] }] }).ok).toBe(true);
  });

  it('refuses a longer one in the search box’s words, where the API would refuse the filter value', () => {
    const text = 'x'.repeat(300);
    expectFieldViolation(
      searchTextViolation(text),
      'InvalidParameterValue.TooLarge',
      'Filters',
      'Search for at most 256 characters (this search has 300).',
    );
    expect(refusal(describeImagesRequestSchema, { Filters: [{ Name: 'keyword', Values: [text] }] }).code).toBe(
      'InvalidParameterValue.TooLarge',
    );
  });
});
