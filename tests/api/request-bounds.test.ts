// The host's request bounds (src/rules/limits.ts) against every request schema: every valid
// request fits them, so the host never refuses what an action accepts.
import { describe, expect, it } from 'vitest';
import { REQUEST_ARRAY_MAX, REQUEST_DEPTH_MAX } from '../../src/rules/limits.ts';
import { arrayParameters, parameterName } from '../../src/test/schema-arrays.ts';

const arrays = arrayParameters();

describe('the request bounds hold every valid request', () => {
  it('finds the array parameters of the actions', () => {
    expect(arrays.map((a) => `${a.action} ${parameterName(a.path)}`)).toEqual(
      expect.arrayContaining([
        'DescribeImages ImageIds',
        'DescribeImages Filters',
        'DescribeImages Filters.0.Values',
        'CreateImage TagSpecification.0.Tags',
        'SyncImages DestinationRegions',
        'RunInstances SecurityGroupIds',
      ]),
    );
  });

  it('every array parameter has a hard maxLength, checked before zod walks its items', () => {
    expect(arrays.filter((a) => a.max === undefined).map((a) => `${a.action} ${parameterName(a.path)}`)).toEqual([]);
  });

  it(`no array parameter accepts more than REQUEST_ARRAY_MAX (${REQUEST_ARRAY_MAX}) items, and one accepts that many`, () => {
    for (const a of arrays.filter((a) => a.max !== undefined))
      expect(a.max, `${a.action} ${parameterName(a.path)}`).toBeLessThanOrEqual(REQUEST_ARRAY_MAX);
    expect(Math.max(...arrays.map((a) => a.max ?? 0))).toBe(REQUEST_ARRAY_MAX);
  });

  it(`no valid request nests deeper than REQUEST_DEPTH_MAX (${REQUEST_DEPTH_MAX}) levels`, () => {
    // An array's elements sit one level below it; an element that is an object, one more.
    for (const a of arrays)
      expect(a.level + 2, `${a.action} ${parameterName(a.path)}`).toBeLessThanOrEqual(REQUEST_DEPTH_MAX);
  });
});
