import { ACCOUNT_HEADER } from '../rules/protocol.ts';
import { DEFAULT_ACCOUNT_ID } from '../rules/accounts.ts';
import type { Backend } from './backend.ts';

/** Answer one API call with the backend: the `{ Response }` envelope, as JSON text. */
function answerCall(backend: Backend, header: (name: string) => string | null, body: string): string {
  const envelope = backend.handle({
    action: header('X-TC-Action'),
    version: header('X-TC-Version'),
    region: header('X-TC-Region'),
    language: header('X-TC-Language'),
    accountId: header(ACCOUNT_HEADER) ?? DEFAULT_ACCOUNT_ID,
    body,
  });
  return JSON.stringify(envelope);
}

/**
 * Answer one call made in the page (its headers by name and its JSON body), without HTTP
 * objects: it settles in microtasks, so an answer asked for before React renders is ready when
 * it does.
 */
export function answerInPage(backend: Backend, headers: Record<string, string>, body: string): Promise<string> {
  return Promise.resolve(answerCall(backend, (name) => headers[name] ?? null, body));
}

/** Answer one API request (an HTTP request, as MSW hands it over) with the backend. */
export async function answer(backend: Backend, request: Request): Promise<Response> {
  const text = answerCall(backend, (name) => request.headers.get(name), await request.text());
  return new Response(text, { headers: { 'Content-Type': 'application/json' } });
}
