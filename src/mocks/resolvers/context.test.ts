// The resolvers are typed by the contract in src/rules/actions.ts. The @ts-expect-error lines are part
// of the test: `tsc -b` fails if any of them compiles, that is, if a resolver could answer the wrong shape.
import { describe, expect, it } from 'vitest';
import { resolver, type ResolverContext } from './context.ts';

describe('resolver', () => {
  it('takes an answer of exactly the action’s response (an extra, mistyped or missing field fails typecheck)', () => {
    // @ts-expect-error a field DescribeImageQuota does not answer
    resolver('DescribeImageQuota', () => ({ ImageNumQuota: 10, Extra: 1 }));
    // @ts-expect-error ImageNumQuota is a number
    resolver('DescribeImageQuota', () => ({ ImageNumQuota: '10' }));
    // @ts-expect-error ImageSet is missing
    resolver('DescribeImages', () => ({ TotalCount: 0 }));
    // @ts-expect-error ModifyImageAttribute answers nothing but its RequestId
    resolver('ModifyImageAttribute', () => ({ ImageId: 'img-abcd1234' }));

    const quota = resolver('DescribeImageQuota', () => ({ ImageNumQuota: 10 }));
    expect(quota({}, {} as ResolverContext)).toEqual({ ImageNumQuota: 10 });
  });
});
