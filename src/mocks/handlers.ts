import { http } from 'msw';
import { ACCOUNT_HEADER, CVM_API_PATH, DEFAULT_ACCOUNT_ID } from '../rules/common.ts';
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

/** The MSW request handlers in front of a backend: the same for the service worker and msw/node. */
export function cvmHandlers(backend: Backend) {
  const resolve = ({ request }: { request: Request }) => answer(backend, request);
  return [http.post(CVM_API_PATH, resolve), http.post(CVM_API_PATH.replace(/\/$/, ''), resolve)];
}
