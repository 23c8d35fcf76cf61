// Test helper: make the mock API refuse one call, whatever its action, as the real API would.
import { http, HttpResponse } from 'msw';
import { server } from '../mocks/node.ts';
import { CVM_API_PATH } from '../rules/protocol.ts';

/**
 * Answer the next API call with this error envelope (Code and Message, and any extension fields);
 * the calls after it go to the backend again.
 */
export function failNextCall(
  error: { Code: string; Message: string; [extension: string]: unknown },
  RequestId: string,
) {
  server.use(
    http.post(CVM_API_PATH, () => HttpResponse.json({ Response: { Error: error, RequestId } }), { once: true }),
  );
}
