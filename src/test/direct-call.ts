// One API call answered by a backend the caller holds, directly: no HTTP, no msw. For the tests of
// the store and of the verdicts, and the edit-cost bench (which must not start msw).
import { DEFAULT_ACCOUNT_ID } from '../rules/accounts.ts';
import { versionOf } from '../rules/protocol.ts';
import type { Backend } from '../mocks/backend.ts';

export interface ApiError {
  Code: string;
  Message: string;
}

/** The `Response` object of the envelope: the action's fields, or `Error`, plus `RequestId`. */
export type ApiResponse = Record<string, unknown> & { RequestId: string; Error?: ApiError };

/** Where a call is made: X-TC-Region (default ap-guangzhou) and the signed-in account (default the first demo account). */
export interface Where {
  region?: string;
  account?: string;
}

/** The `Response` of one action, answered by `backend` itself. */
export function directCall(backend: Backend, action: string, params: unknown, where: Where = {}): ApiResponse {
  return backend.handle({
    action,
    version: versionOf(action),
    region: where.region ?? 'ap-guangzhou',
    language: null,
    accountId: where.account ?? DEFAULT_ACCOUNT_ID,
    body: JSON.stringify(params),
  }).Response as ApiResponse;
}
