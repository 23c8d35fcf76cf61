import { z } from './zod.ts';
import {
  DESCRIBE_LIMIT_MAX,
  FILTER_VALUE_MAX_LENGTH,
  FILTER_VALUES_MAX,
  FILTERS_MAX,
  REQUEST_ARRAY_MAX,
} from './limits.ts';
import { coded, violation, violationIssue, type Violation } from './violation.ts';
import { quote } from './text.ts';

// What every Describe action shares: filters by name, and paging.

// Every array has a hard cap (REQUEST_ARRAY_MAX) checked before zod walks it: past the cap the
// generic "accepts at most N items" answers; up to it, the filter rules below say what is wrong.
export const filterSchema = z.strictObject({
  Name: z.string(),
  Values: z.array(z.string().check(z.maxLength(FILTER_VALUE_MAX_LENGTH))).check(z.maxLength(REQUEST_ARRAY_MAX)),
});
export type Filter = z.infer<typeof filterSchema>;

/**
 * The Filters of a Describe action that supports the filters `names` (and, with `tagFilters`,
 * `tag:<key>` filters on a tag's value): at most FILTERS_MAX filters of FILTER_VALUES_MAX values.
 */
const LIMIT = 'InvalidParameterValue.LimitExceeded';
const VALUES = 'InvalidFilterValue.LimitExceeded';

export function filtersSchema(names: readonly string[], options: { tagFilters?: boolean } = {}) {
  return z.array(filterSchema).check(
    z.maxLength(REQUEST_ARRAY_MAX),
    z.superRefine((filters, ctx) => {
      if (filters.length > FILTERS_MAX) {
        const count = filters.length;
        ctx.addIssue(violationIssue(violation(LIMIT, 'filters.tooMany', { max: FILTERS_MAX, count })));
        return;
      }
      filters.forEach((f, i) => {
        const name = quote(f.Name);
        if (!names.includes(f.Name) && !(options.tagFilters && f.Name.startsWith('tag:')))
          ctx.addIssue(
            violationIssue(violation('InvalidFilter', 'filters.unknown', { name, supported: names }), [i, 'Name']),
          );
        else if (f.Values.length > FILTER_VALUES_MAX)
          ctx.addIssue(
            violationIssue(
              violation(VALUES, 'filters.tooManyValues', { name, max: FILTER_VALUES_MAX, count: f.Values.length }),
              [i, 'Values'],
            ),
          );
        else if (f.Values.length === 0)
          ctx.addIssue(violationIssue(violation(VALUES, 'filters.noValues', { name }), [i, 'Values']));
      });
    }),
  );
}

export const offsetSchema = coded(z.int(), (v) => v >= 0, 'InvalidParameterValue', 'paging.offset', {});
export const limitSchema = coded(
  z.int(),
  (v) => v >= 1 && v <= DESCRIBE_LIMIT_MAX,
  'InvalidParameterValue.InvalidParameterValueLimit',
  'paging.limit',
  { max: DESCRIBE_LIMIT_MAX },
);

/**
 * Why a search box's text cannot be searched for: the API takes a filter value of at most
 * FILTER_VALUE_MAX_LENGTH characters (UTF-16 units, as the schema counts), so the box says so
 * before any request is made.
 */
export function searchTextViolation(text: string): Violation | undefined {
  if (text.length <= FILTER_VALUE_MAX_LENGTH) return undefined;
  return violation(
    'InvalidParameterValue.TooLarge',
    'search.tooLong',
    { max: FILTER_VALUE_MAX_LENGTH, length: text.length },
    'Filters',
  );
}
