// TC3-HMAC-SHA256 (Tencent Cloud API 3.0 signature v3), verified as its documentation builds it and as
// the official SDKs sign.
// Node only (node:crypto): the standalone mock server and the API tests use it, never the browser.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { accounts, isKnownAccount } from '../rules/accounts.ts';
import { versionOf } from '../rules/protocol.ts';
import { quote } from '../rules/text.ts';

export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';
/** How far X-TC-Timestamp may be from the server's time, in seconds. */
export const TC3_MAX_SKEW_SECONDS = 300;

const SECRET_ID_PREFIX = 'AKIDMOCK';
const SECRET_KEY_PREFIX = 'mock-secret-';

/** The demo credentials of an account: SecretId `AKIDMOCK<accountId>`, SecretKey `mock-secret-<accountId>`. */
export function demoCredential(accountId: string): { secretId: string; secretKey: string } {
  return { secretId: `${SECRET_ID_PREFIX}${accountId}`, secretKey: `${SECRET_KEY_PREFIX}${accountId}` };
}

/** Every demo account with its credentials (printed by `npm run mock-api`). */
export function demoCredentials(): { accountId: string; name: string; secretId: string; secretKey: string }[] {
  return accounts.map((a) => ({ accountId: a.accountId, name: a.name, ...demoCredential(a.accountId) }));
}

function accountOfSecretId(secretId: string): string | undefined {
  if (!secretId.startsWith(SECRET_ID_PREFIX)) return undefined;
  const accountId = secretId.slice(SECRET_ID_PREFIX.length);
  return isKnownAccount(accountId) ? accountId : undefined;
}

function sha256Hex(message: string): string {
  return createHash('sha256').update(message, 'utf8').digest('hex');
}

function hmac(key: string | Buffer, message: string): Buffer {
  return createHmac('sha256', key).update(message, 'utf8').digest();
}

/** `YYYY-MM-DD` (UTC) of a Unix time in seconds, as the SDKs put it in the credential scope. */
export function tc3Date(timestampSeconds: number): string {
  return new Date(timestampSeconds * 1000).toISOString().slice(0, 10);
}

interface CanonicalParts {
  method: string;
  path: string;
  query: string;
  /** `name:value\n` for each signed header, in SignedHeaders order. */
  canonicalHeaders: string;
  signedHeaders: string;
  /** The body's SHA-256, lowercase hex (`hashedPayload`). */
  hashedPayload: string;
}

/** HashedRequestPayload: the body's SHA-256, lowercase hex ('' for a GET). */
export function hashedPayload(body: string): string {
  return sha256Hex(body);
}

/** Step 1 of signature v3: the canonical request. */
export function canonicalRequest(p: CanonicalParts): string {
  return [p.method, p.path, p.query, p.canonicalHeaders, p.signedHeaders, p.hashedPayload].join('\n');
}

/** Step 2: the string to sign, for a credential scope `<date>/<service>/tc3_request`. */
export function stringToSign(timestamp: string, scope: string, canonical: string): string {
  return `${TC3_ALGORITHM}\n${timestamp}\n${scope}\n${sha256Hex(canonical)}`;
}

/** Step 3a: the derived key (the documentation's SecretSigning) of a SecretKey for a date and service. */
export function signingKey(secretKey: string, date: string, service: string): Buffer {
  return hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request');
}

/** Step 3b: the signature, lowercase hex. */
export function signatureOf(key: Buffer, toSign: string): string {
  return createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
}

export interface Tc3Request {
  method: string;
  /** The request path without the query string, e.g. `/` or `/api/cvm/`. */
  path: string;
  /** The raw query string without `?` ('' for a POST). */
  query: string;
  /** Request headers by lowercase name. */
  headers: Record<string, string | undefined>;
  /** The raw request body ('' for a GET). */
  body: string;
  /** The server's time, Unix seconds. */
  nowSeconds: number;
  /** The service the call is for, as the documentation names it in the scope (`cvm` unless told: `tag`). */
  service?: string;
}

export type Tc3Result = { ok: true; accountId: string } | { ok: false; code: string; message: string };

/** The account behind a SecretId and its derived key for a date and service; undefined for an unknown SecretId. */
export type Tc3Keys = (
  secretId: string,
  date: string,
  service: string,
) => { accountId: string; key: Buffer } | undefined;

/** The demo accounts' keys (SecretId `AKIDMOCK<accountId>`). */
export const demoKeys: Tc3Keys = (secretId, date, service) => {
  const accountId = accountOfSecretId(secretId);
  return accountId === undefined
    ? undefined
    : { accountId, key: signingKey(demoCredential(accountId).secretKey, date, service) };
};

function failure(code: string, message: string): Tc3Result {
  return { ok: false, code, message };
}

const AUTH_PATTERN =
  /^TC3-HMAC-SHA256\s+Credential=([^,\s]+)\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-fA-F]{64})\s*$/;
// The service may hold a `/`: the Node SDK names it after the endpoint it is given (`localhost:8787/api/cvm`).
const SCOPE_PATTERN = /^([^/]+)\/(\d{4}-\d{2}-\d{2})\/(.+)\/tc3_request$/;
const SIGNED_HEADER_PATTERN = /^[a-z0-9-]+$/;

/** The host without its port: the Node SDK signs `host:<hostname>` while sending `Host: <hostname>:<port>`. */
function withoutPort(host: string): string {
  return host.replace(/:\d+$/, '');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * The services a credential scope may name: the documented one (`cvm`, `tag` for the tag
 * service's action), as the Go and Python SDKs sign, or what the Node SDK derives from the endpoint it was given, the part before
 * its first dot (`127` for `127.0.0.1:8787`, `localhost:8787/api/cvm` for that endpoint).
 */
function acceptedServices(documented: string, host: string, path: string): string[] {
  const endpoint = path === '/' ? host : `${host}${path.replace(/\/$/, '')}`;
  return unique([documented, host.split('.')[0]!, endpoint.split('.')[0]!]);
}

/** A request signed right, for a service this endpoint is not (a key scoped to `cbs`), is refused as the API does. */
function scopedToThisEndpoint(
  service: string,
  documented: string,
  host: string,
  path: string,
  accountId: string,
): Tc3Result {
  const services = acceptedServices(documented, host, path);
  if (services.includes(service)) return { ok: true, accountId };
  return failure(
    'AuthFailure.InvalidAuthorization',
    `The credential scope's service "${quote(service)}" is not valid for this endpoint; sign for ${services.map((s) => `"${quote(s)}"`).join(' or ')}.`,
  );
}

/**
 * Check the `Authorization` header of an API 3.0 request. On success, the account the
 * SecretId belongs to. Failures carry the API's AuthFailure codes.
 */
export function verifyTc3(input: Tc3Request, keys: Tc3Keys = demoKeys): Tc3Result {
  const authorization = (input.headers['authorization'] ?? '').trim();
  if (authorization === '')
    return failure(
      'AuthFailure.InvalidAuthorization',
      'The request has no Authorization header; sign it with TC3-HMAC-SHA256 (API 3.0 signature v3).',
    );
  const match = AUTH_PATTERN.exec(authorization);
  if (!match)
    return failure(
      'AuthFailure.InvalidAuthorization',
      'The Authorization header is not of the form "TC3-HMAC-SHA256 Credential=<SecretId>/<date>/<service>/tc3_request, SignedHeaders=<headers>, Signature=<64 hex digits>".',
    );
  const [, credential, signedHeaderList, givenSignature] = match as unknown as [string, string, string, string];
  const scope = SCOPE_PATTERN.exec(credential);
  if (!scope)
    return failure(
      'AuthFailure.InvalidAuthorization',
      `The credential scope "${quote(credential)}" is not of the form <SecretId>/<YYYY-MM-DD>/<service>/tc3_request.`,
    );
  const [, secretId, date, service] = scope as unknown as [string, string, string, string];
  const signedHeaders = signedHeaderList.split(';');
  if (
    signedHeaders.some((h) => !SIGNED_HEADER_PATTERN.test(h)) ||
    !signedHeaders.includes('host') ||
    !signedHeaders.includes('content-type')
  )
    return failure(
      'AuthFailure.InvalidAuthorization',
      `SignedHeaders "${quote(signedHeaderList)}" must be lowercase header names separated by ";", content-type and host among them.`,
    );
  const hostHeader = (input.headers['host'] ?? '').trim();
  const timestampHeader = (input.headers['x-tc-timestamp'] ?? '').trim();
  const found = keys(secretId, date, service);
  if (!found) return failure('AuthFailure.SecretIdNotFound', `The SecretId ${quote(secretId)} does not exist.`);

  if (!/^\d{1,12}$/.test(timestampHeader))
    return failure(
      'AuthFailure.InvalidAuthorization',
      timestampHeader === ''
        ? 'The request is missing the X-TC-Timestamp header (Unix time in seconds).'
        : `X-TC-Timestamp "${quote(timestampHeader)}" is not a Unix time in seconds.`,
    );
  const timestamp = Number(timestampHeader);
  const skew = timestamp - input.nowSeconds;
  if (Math.abs(skew) > TC3_MAX_SKEW_SECONDS)
    return failure(
      'AuthFailure.SignatureExpire',
      `The signature has expired: X-TC-Timestamp ${timestamp} is ${Math.abs(skew)} s ${skew < 0 ? 'behind' : 'ahead of'} the server time ${input.nowSeconds}; the limit is ${TC3_MAX_SKEW_SECONDS} s.`,
    );
  if (date !== tc3Date(timestamp))
    return failure(
      'AuthFailure.SignatureFailure',
      `The credential date ${date} does not match X-TC-Timestamp ${timestamp} (UTC date ${tc3Date(timestamp)}).`,
    );

  const toSignFor = (canonical: string) => stringToSign(timestampHeader, `${date}/${service}/tc3_request`, canonical);
  const method = input.method.toUpperCase();
  const given = Buffer.from(givenSignature.toLowerCase(), 'utf8');
  const payload = hashedPayload(input.body);
  // The documentation builds the canonical headers with values lower-cased (its worked example
  // signs `x-tc-action:describeinstances`); the SDKs sign the values as sent. The SDKs also differ
  // in the canonical URI (`/` by the documentation, the URL's path by the Node SDK) and in the
  // host (with or without the port). Any of these renderings is accepted.
  for (const path of unique([input.path, '/'])) {
    for (const host of unique([hostHeader, withoutPort(hostHeader)])) {
      const asSent = signedHeaders.map(
        (name) => `${name}:${name === 'host' ? host : (input.headers[name] ?? '').trim()}\n`,
      );
      for (const canonicalHeaders of unique([asSent.join(''), asSent.join('').toLowerCase()])) {
        const canonical = canonicalRequest({
          method,
          path,
          query: input.query,
          canonicalHeaders,
          signedHeaders: signedHeaderList,
          hashedPayload: payload,
        });
        const expected = Buffer.from(signatureOf(found.key, toSignFor(canonical)), 'utf8');
        if (timingSafeEqual(expected, given))
          return scopedToThisEndpoint(service, input.service ?? 'cvm', hostHeader, input.path, found.accountId);
      }
    }
  }
  return failure(
    'AuthFailure.SignatureFailure',
    'The request signature does not match. Check the SecretKey and that the body, Content-Type and Host are sent exactly as signed.',
  );
}

export interface SignTc3Input {
  secretId: string;
  secretKey: string;
  action: string;
  /** Omitted (no X-TC-Region header) when null or undefined, as the SDKs do for region-less calls. */
  region?: string | null;
  /** The exact body that will be sent. */
  body: string;
  /** The Host header the request will carry, e.g. `127.0.0.1:8787`. */
  host: string;
  /** Unix seconds. */
  timestamp: number;
  /** X-TC-Version; defaults to the action's own service's (CVM's for a name no action has). */
  version?: string;
  language?: string;
  /** Credential-scope service; defaults to the host's first label, as the Node SDK does (`127` for 127.0.0.1). */
  service?: string;
  method?: 'POST' | 'GET';
  /** Canonical URI; defaults to `/`. */
  path?: string;
  query?: string;
  contentType?: string;
}

/** Sign a request as the official SDKs do: the headers to send (`Authorization`, `X-TC-*`, `Content-Type`, `Host`). */
export function signTc3(input: SignTc3Input): Record<string, string> {
  const method = input.method ?? 'POST';
  const contentType =
    input.contentType ?? (method === 'GET' ? 'application/x-www-form-urlencoded' : 'application/json');
  const service = input.service ?? (input.host.split('.')[0] || 'cvm');
  const date = tc3Date(input.timestamp);
  const timestamp = String(input.timestamp);
  const signedHeaders = 'content-type;host';
  const canonical = canonicalRequest({
    method,
    path: input.path ?? '/',
    query: input.query ?? '',
    canonicalHeaders: `content-type:${contentType}\nhost:${input.host}\n`,
    signedHeaders,
    hashedPayload: hashedPayload(method === 'GET' ? '' : input.body),
  });
  const sig = signatureOf(
    signingKey(input.secretKey, date, service),
    stringToSign(timestamp, `${date}/${service}/tc3_request`, canonical),
  );
  const headers: Record<string, string> = {
    Authorization: `${TC3_ALGORITHM} Credential=${input.secretId}/${date}/${service}/tc3_request, SignedHeaders=${signedHeaders}, Signature=${sig}`,
    'Content-Type': contentType,
    Host: input.host,
    'X-TC-Action': input.action,
    'X-TC-Version': input.version ?? versionOf(input.action),
    'X-TC-Timestamp': timestamp,
  };
  if (input.region != null) headers['X-TC-Region'] = input.region;
  if (input.language) headers['X-TC-Language'] = input.language;
  return headers;
}
