// The console on the tencentcloud backend (a page served by the local signing proxy): what the
// header says about the backend and account, and the refusal the banner shows (Layout says both, in
// the person's language). Loaded only in that mode. Importing nothing of the first load's chunks,
// it adds no chunk to the embedded first load.
import type { QueryClient } from '@tanstack/react-query';
import type { ApiError } from '../api/client.ts';
import { PROXY_REFUSALS } from '../proxy/refusal-codes.ts';
import { servedBackend } from './served-backend.ts';

let refused: ApiError | null = null;
const listeners = new Set<() => void>();

function isAuthFailure(error: unknown): error is ApiError {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('AuthFailure');
}

/** The first AuthFailure an API call met: it does not go away without a restart and a reload. */
function note(error: unknown): void {
  if (refused || !isAuthFailure(error)) return;
  refused = error;
  for (const listener of listeners) listener();
}

/**
 * A service worker of the embedded backend left registered for this origin by an earlier start
 * goes. It answers nothing for a page that did not start it, and after a reload it no longer
 * controls the page.
 */
async function unregisterMockWorkers(): Promise<void> {
  const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
  const mock = registrations.filter((r) =>
    [r.active, r.waiting, r.installing].some((w) => w?.scriptURL.endsWith('/mockServiceWorker.js')),
  );
  await Promise.all(mock.map((r) => r.unregister()));
}

export function startProxyBackend(queryClient: QueryClient): void {
  void unregisterMockWorkers();
  for (const query of queryClient.getQueryCache().getAll()) note(query.state.error);
  queryClient.getQueryCache().subscribe((e) => {
    if (e.type === 'updated' && e.action.type === 'error') note(e.action.error);
  });
  queryClient.getMutationCache().subscribe((e) => {
    if (e.type === 'updated' && e.action.type === 'error') note(e.action.error);
  });
}

export function subscribeRefusal(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The call refused for its credentials or its token (the banner says so), else null. */
export function refusal(): ApiError | null {
  return refused;
}

/** Whether the local proxy itself refused the call (its token or its rules), not Tencent Cloud. */
export function refusedByProxy(error: ApiError): boolean {
  return (Object.values(PROXY_REFUSALS) as string[]).includes(error.code);
}

/** What the header says: which backend, which account. */
export const identity = servedBackend && {
  endpoint: servedBackend.endpoint,
  account: servedBackend.account,
  readOnly: servedBackend.readOnly ? ('yes' as const) : ('no' as const),
};
