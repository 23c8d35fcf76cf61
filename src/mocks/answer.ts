import { ACCOUNT_HEADER, DEFAULT_ACCOUNT_ID } from '../rules/common.ts';
import type { Backend } from './backend.ts';

/** Answer one API request (an HTTP request, as the client sends it) with the backend. */
export async function answer(backend: Backend, request: Request): Promise<Response> {
  const h = request.headers;
  const envelope = backend.handle({
    action: h.get('X-TC-Action'),
    version: h.get('X-TC-Version'),
    region: h.get('X-TC-Region'),
    language: h.get('X-TC-Language'),
    accountId: h.get(ACCOUNT_HEADER) ?? DEFAULT_ACCOUNT_ID,
    body: await request.text(),
  });
  return new Response(JSON.stringify(envelope), { headers: { 'Content-Type': 'application/json' } });
}
