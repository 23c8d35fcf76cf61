import { ACCOUNT_HEADER, DEFAULT_ACCOUNT_ID } from '../rules/common.ts';
import type { Backend } from './backend.ts';

/** One API call as the client sends it: its headers (by name) and its JSON body. */
export type HeaderOf = (name: string) => string | null;

/** Answer one API call with the backend: the `{ Response }` envelope, as JSON text. */
export function answerCall(backend: Backend, header: HeaderOf, body: string): string {
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

/** Answer one API request (an HTTP request, as MSW hands it over) with the backend. */
export async function answer(backend: Backend, request: Request): Promise<Response> {
  const text = answerCall(backend, (name) => request.headers.get(name), await request.text());
  return new Response(text, { headers: { 'Content-Type': 'application/json' } });
}
