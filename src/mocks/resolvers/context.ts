import type { ParsedRequestOf, Action } from '../../rules/actions.ts';
import type { Violation } from '../../rules/common.ts';
import type { Language } from '../../rules/regions.ts';
import type { StoreData } from '../store.ts';

/** How long long operations take, in ms. The demo uses seconds; tests set the clock instead. */
export interface Durations {
  create: number;
  import: number;
  sync: number;
  launch: number;
}

export interface ResolverContext {
  accountId: string;
  region: string;
  language: Language;
  now: number;
  /** For mutations a draft: it replaces the store only if the resolver returns. */
  data: StoreData;
  durations: Durations;
}

export type Resolver<A extends Action> = (req: ParsedRequestOf<A>, ctx: ResolverContext) => Record<string, unknown>;

/** A refused request: the backend answers it as the API error of its violation. */
export class ApiFailure extends Error {
  constructor(readonly violation: Violation) {
    super(violation.message);
  }
}

/** Throw the API error for a broken rule; resolvers use it so that nothing after it runs. */
export function fail(v: Violation | undefined): void {
  if (v) throw new ApiFailure(v);
}
