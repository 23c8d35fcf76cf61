import { ACCOUNT_HEADER } from '../rules/protocol.ts';
import { DEFAULT_ACCOUNT_ID } from '../rules/accounts.ts';
import { loadMessages } from '../rules/messages/load.ts';
import { languageOf, type Backend } from './backend.ts';

/**
 * Answer one API call with the backend: the `{ Response }` envelope, as JSON text, once the messages of
 * the language asked for are loaded (a page holds its own language's only, until asked for another).
 */
async function answerCall(backend: Backend, header: (name: string) => string | null, body: string): Promise<string> {
  await loadMessages(languageOf(header('X-TC-Language')));
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
  return answerCall(backend, (name) => headers[name] ?? null, body);
}

/** Answer one API request (an HTTP request, as MSW hands it over) with the backend. */
export async function answer(backend: Backend, request: Request): Promise<Response> {
  const text = await answerCall(backend, (name) => request.headers.get(name), await request.text());
  return new Response(text, { headers: { 'Content-Type': 'application/json' } });
}
