import { z } from './zod.ts';
import { DESCRIBE_LIMIT_MAX, FILTER_VALUE_MAX_LENGTH, FILTER_VALUES_MAX, FILTERS_MAX, coded, quote } from './common.ts';

// What every Describe action shares: filters by name, and paging.

export const filterSchema = z.strictObject({
  Name: z.string(),
  Values: z.array(z.string().check(z.maxLength(FILTER_VALUE_MAX_LENGTH))),
});
export type Filter = z.infer<typeof filterSchema>;

/**
 * The Filters of a Describe action that supports the filters `names` (and, with `tagFilters`,
 * `tag:<key>` filters on a tag's value): at most FILTERS_MAX filters of FILTER_VALUES_MAX values.
 */
export function filtersSchema(names: readonly string[], options: { tagFilters?: boolean } = {}) {
  return z.array(filterSchema).check(
    z.superRefine((filters, ctx) => {
      if (filters.length > FILTERS_MAX) {
        ctx.addIssue({
          code: 'custom',
          message: `At most ${FILTERS_MAX} filters per request (got ${filters.length}).`,
          params: { code: 'InvalidParameterValue.LimitExceeded' },
        });
        return;
      }
      filters.forEach((f, i) => {
        if (!names.includes(f.Name) && !(options.tagFilters && f.Name.startsWith('tag:'))) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'Name'],
            message: `Unknown filter "${quote(f.Name)}"; supported filters: ${names.join(', ')}.`,
            params: { code: 'InvalidFilter' },
          });
        } else if (f.Values.length > FILTER_VALUES_MAX) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'Values'],
            message: `Filter "${f.Name}" takes at most ${FILTER_VALUES_MAX} values (got ${f.Values.length}).`,
            params: { code: 'InvalidFilterValue.LimitExceeded' },
          });
        } else if (f.Values.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'Values'],
            message: `Filter "${f.Name}" needs at least one value.`,
            params: { code: 'InvalidFilterValue.LimitExceeded' },
          });
        }
      });
    }),
  );
}

export const offsetSchema = coded(z.int(), (v) => v >= 0, 'InvalidParameterValue', 'Offset must be 0 or more.');
export const limitSchema = coded(
  z.int(),
  (v) => v >= 1 && v <= DESCRIBE_LIMIT_MAX,
  'InvalidParameterValue.InvalidParameterValueLimit',
  `Limit must be between 1 and ${DESCRIBE_LIMIT_MAX}.`,
);
