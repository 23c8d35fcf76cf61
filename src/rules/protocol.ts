// How the console and the backends talk: the API version, the path, the signed-in account header.

/** The API version every request carries in `X-TC-Version`. */
export const API_VERSION = '2017-03-12';

/** Path of the API in the browser (the standalone server also answers at `/`). */
export const CVM_API_PATH = '/api/cvm/';
/**
 * The browser console is signed in without keys: it names its account in this header, and the
 * embedded backend trusts it. The standalone server ignores it and requires TC3 signatures.
 */
export const ACCOUNT_HEADER = 'X-Mock-Account';

/** STS, beside CVM, answers GetCallerIdentity (which account a key belongs to) in this version. */
export const STS_VERSION = '2018-08-13';

/** What the API answers: always `{ Response: {...} }`, with `Error` on failure, and a RequestId. */
export interface Envelope {
  Response: Record<string, unknown> & { RequestId: string };
}

/** An error answer, as every host writes it (with a request ID of its own unless one is given). */
export function errorEnvelope(
  code: string,
  message: string,
  requestId: string = globalThis.crypto.randomUUID(),
): Envelope {
  return { Response: { Error: { Code: code, Message: message }, RequestId: requestId } };
}
