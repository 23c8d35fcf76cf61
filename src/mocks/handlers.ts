import { http } from 'msw';
import { CVM_API_PATH } from '../rules/protocol.ts';
import { answer } from './answer.ts';
import type { Backend } from './backend.ts';

export { answer };

/** The MSW request handlers in front of a backend: the same for the service worker and msw/node. */
export function cvmHandlers(backend: Backend) {
  const resolve = ({ request }: { request: Request }) => answer(backend, request);
  return [http.post(CVM_API_PATH, resolve), http.post(CVM_API_PATH.replace(/\/$/, ''), resolve)];
}
