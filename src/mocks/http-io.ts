// The HTTP plumbing of the standalone host: a request's target, headers and body read within their
// limits, CORS, and the answer on the raw socket to what Node's HTTP parser refuses.
import type { IncomingMessage } from 'node:http';
import { REQUEST_BODY_MAX_BYTES } from '../rules/limits.ts';
import { errorEnvelope } from '../rules/protocol.ts';
import { bodyFromQuery, type Bounded } from './request-bounds.ts';

/** The request line and headers, a GET's query string included: API 3.0 takes GET requests of up to 32 KB. */
export const HEADER_LIMIT_BYTES = 32 * 1024;
/** Past this much discarded body the connection is closed instead of drained. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

const CORS_ALLOW_HEADERS = [
  'authorization',
  'content-type',
  'x-tc-action',
  'x-tc-version',
  'x-tc-region',
  'x-tc-language',
  'x-tc-timestamp',
  'x-tc-token',
  'x-tc-requestclient',
  'x-tc-traceid',
  'x-tc-account',
];

export function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? null : first.trim();
}

export function lowercaseHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const requested = (header(req, 'access-control-request-headers') ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => /^x-tc-[a-z0-9-]+$/.test(h));
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': [...new Set([...CORS_ALLOW_HEADERS, ...requested])].join(', '),
    'Access-Control-Expose-Headers': 'x-tc-traceid',
    'Access-Control-Max-Age': '86400',
  };
}

type BodyResult =
  { ok: true; body: string } | { ok: false; tooLarge: true; drained: boolean } | { ok: false; tooLarge: false };

export function readBody(req: IncomingMessage): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) {
        if (size > DRAIN_LIMIT_BYTES) {
          req.removeAllListeners('data');
          req.pause();
          resolve({ ok: false, tooLarge: true, drained: false });
        }
        return;
      }
      if (size > REQUEST_BODY_MAX_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(
        tooLarge
          ? { ok: false, tooLarge: true, drained: true }
          : { ok: true, body: Buffer.concat(chunks).toString('utf8') },
      ),
    );
    // The client went away, or the request timed out (answered by the clientError handler).
    req.on('error', () => resolve({ ok: false, tooLarge: false }));
    req.on('close', () => {
      if (!req.complete) resolve({ ok: false, tooLarge: false });
    });
  });
}

/**
 * The path and query of a request target, read without URL normalisation (`//` is not a URL
 * relative to anything). Absolute-form targets (`http://host/path`, as sent through a proxy)
 * are accepted as HTTP/1.1 requires; anything else has no path.
 */
export function requestTarget(target: string): { path: string; query: string } | undefined {
  let rest = target;
  if (!rest.startsWith('/')) {
    const absolute = /^https?:\/\/[^/?#]*(.*)$/i.exec(rest);
    if (!absolute) return undefined;
    rest = absolute[1]!.startsWith('/') ? absolute[1]! : `/${absolute[1]!}`;
  }
  const q = rest.indexOf('?');
  return q === -1 ? { path: rest, query: '' } : { path: rest.slice(0, q), query: rest.slice(q + 1) };
}

/**
 * The body the backend reads: a GET's query string decoded into JSON within the request bounds; a
 * POST's body as sent (the backend checks its shape, as it does for every host).
 */
export function boundedBody(method: string, action: string | null, query: string, raw: string): Bounded<string> {
  return method === 'GET' && raw.trim() === '' ? bodyFromQuery(action, query) : { ok: true, value: raw };
}

/**
 * What Node's HTTP parser refused (garbage, headers over the limit, a request that timed out), as
 * the raw response the socket is ended with: still an API error envelope.
 */
export function clientErrorResponse(err: NodeJS.ErrnoException, requestTimeoutMs: number): string {
  const [status, reason, code, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          'RequestSizeLimitExceeded',
          `The request line and headers exceed ${HEADER_LIMIT_BYTES / 1024} KiB; send the parameters as a JSON body with POST.`,
        ]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [
            408,
            'Request Timeout',
            'InvalidParameter',
            `The request did not arrive whole within ${requestTimeoutMs / 1000} s; send the headers and body at once.`,
          ]
        : [400, 'Bad Request', 'InvalidParameter', 'The request is not valid HTTP/1.1.'];
  const payload = JSON.stringify(errorEnvelope(code, message));
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\nConnection: close\r\n\r\n${payload}`;
}
