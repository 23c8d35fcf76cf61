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

/**
 * The tag service (tag 2018-08-13), beside CVM on the same endpoint: CVM has no action that edits
 * an image's tags, so the console calls the tag service's (src/rules/tag-service.ts) in its version.
 */
export const TAG_API_VERSION = '2018-08-13';
const TAG_SERVICE_ACTIONS: readonly string[] = ['ModifyResourceTags'];

/** Every API version the backend answers. */
export const apiVersions: readonly string[] = [API_VERSION, TAG_API_VERSION];

/** The service an action belongs to, as a TC3 credential scope names it: CVM, or the tag service. */
export function serviceOf(action: string): 'cvm' | 'tag' {
  return TAG_SERVICE_ACTIONS.includes(action) ? 'tag' : 'cvm';
}

/** The X-TC-Version an action is called with: its service's. */
export function versionOf(action: string): string {
  return serviceOf(action) === 'tag' ? TAG_API_VERSION : API_VERSION;
}

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
