import type { ParsedRequestOf, Action } from '../../rules/actions.ts';
import type { Language } from '../../rules/regions.ts';
import type { Durations } from '../backend.ts';
import type { StoreData } from '../store.ts';

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
