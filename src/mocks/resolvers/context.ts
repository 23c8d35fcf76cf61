import type { Action, ParsedRequestOf, ResultOf } from '../../rules/actions.ts';
import type { Violation } from '../../rules/violation.ts';
import type { ImageType } from '../../rules/images.ts';
import type { Language } from '../../rules/messages/params.ts';
import type { StoreDraft } from '../draft.ts';
import type { StoreView } from '../store.ts';

/** How long long operations take, in ms. The demo uses seconds; tests set the clock instead. */
export interface Durations {
  create: number;
  import: number;
  sync: number;
  export: number;
  launch: number;
}

export interface ResolverContext {
  accountId: string;
  region: string;
  language: Language;
  now: number;
  /** The data with this action's changes so far (draft.data). */
  data: StoreView;
  /** Where a mutation writes: it replaces the store only if the whole action succeeds. */
  draft: StoreDraft;
  durations: Durations;
  /** The image types DescribeImages lists (the strict contract has no marketplace listings). */
  listedTypes: readonly ImageType[];
}

/** Answers one action: what it returns is the action's response (src/rules/actions.ts) minus the RequestId. */
export type Resolver<A extends Action> = (req: ParsedRequestOf<A>, ctx: ResolverContext) => ResultOf<A>;

/** The fields of R that T does not have. */
type Extra<R, T> = { [K in Exclude<keyof R, keyof T>]: never };

/**
 * Declare the resolver of `action`. Its answer must be the action's response exactly: a missing or
 * mistyped field fails typecheck, and so does a field the contract does not have (which a plain
 * `Resolver<A>` annotation would let through).
 */
export function resolver<A extends Action, R extends ResultOf<A>>(
  _action: A,
  answer: (req: ParsedRequestOf<A>, ctx: ResolverContext) => R & Extra<R, ResultOf<A>>,
): Resolver<A> {
  return answer;
}

/** A refused request: the backend answers it as the API error of its violation. */
export class ApiFailure extends Error {
  constructor(readonly violation: Violation) {
    super(violation.code);
  }
}

/** Throw the API error for a broken rule; resolvers use it so that nothing after it runs. */
export function fail(v: Violation | undefined): void {
  if (v) throw new ApiFailure(v);
}
