// The standalone HTTP host of the mock backend: Tencent Cloud API 3.0 over node:http, signed with TC3
// (and, for the signing proxy, STS GetCallerIdentity).
// `POST /` (and `/api/cvm/`) with a JSON body and X-TC-* headers, exactly what the official SDKs send.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { quote } from '../rules/text.ts';
import { renderMessage } from '../rules/messages/render.ts';
import type { Backend, CvmEnvelope } from './backend.ts';
import { bodyFromQuery, type Bounded } from './request-bounds.ts';
import { verifyTc3 } from './tc3.ts';

export const BODY_LIMIT_BYTES = 1024 * 1024;
/** The request line and headers, a GET's query string included: API 3.0 takes GET requests of up to 32 KB. */
export const HEADER_LIMIT_BYTES = 32 * 1024;
/** A request must arrive whole within this time (a body that trickles in is cut off); headers within half of it. */
export const REQUEST_TIMEOUT_MS = 10_000;
/** Past this much discarded body the connection is closed instead of drained. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;
const API_PATHS = new Set(['/', '/api/cvm', '/api/cvm/']);

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

export interface MockApiServerOptions {
  backend: Backend;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** The time signatures are checked against, Unix seconds (defaults to the system time, not the backend's clock). */
  nowSeconds?: () => number;
  /** Defaults to REQUEST_TIMEOUT_MS. */
  requestTimeoutMs?: number;
}

export interface MockApiServer {
  listen(): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

function errorEnvelope(code: string, message: string): CvmEnvelope {
  return { Response: { Error: { Code: code, Message: message }, RequestId: randomUUID() } };
}

/** STS, beside CVM, answers GetCallerIdentity: which account a key belongs to. */
export const STS_VERSION = '2018-08-13';

/**
 * STS GetCallerIdentity for a demo key, with the fields Tencent Cloud's documentation gives its
 * answer (a root account's key: every ID is the account's own). A convenience for the local
 * signing proxy, which asks it once at start to name the account in the console's header.
 */
export function callerIdentity(accountId: string): CvmEnvelope {
  return {
    Response: {
      Arn: `qcs::cam::uin/${accountId}:uin/${accountId}`,
      AccountId: accountId,
      UserId: accountId,
      PrincipalId: accountId,
      Type: 'CAMUser',
      RequestId: randomUUID(),
    },
  };
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? null : first.trim();
}

function lowercaseHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

function corsHeaders(req: IncomingMessage): Record<string, string> {
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

function readBody(req: IncomingMessage): Promise<BodyResult> {
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
      if (size > BODY_LIMIT_BYTES) {
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
function requestTarget(target: string): { path: string; query: string } | undefined {
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
function boundedBody(method: string, action: string | null, query: string, raw: string): Bounded<string> {
  return method === 'GET' && raw.trim() === '' ? bodyFromQuery(action, query) : { ok: true, value: raw };
}

// ---- The server -----------------------------------------------------------------------------------

export function createMockApiServer(opts: MockApiServerOptions): MockApiServer {
  const { backend } = opts;
  const host = opts.host ?? '127.0.0.1';
  const nowSeconds = opts.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const log = process.env.MOCK_API_LOG === '1';

  function send(req: IncomingMessage, res: ServerResponse, status: number, envelope: CvmEnvelope | null): void {
    if (res.headersSent || res.destroyed) return;
    const headers: Record<string, string> = { ...corsHeaders(req) };
    const traceId = header(req, 'x-tc-traceid');
    if (traceId) headers['X-TC-TraceId'] = traceId;
    if (envelope === null) {
      res.writeHead(status, headers);
      res.end();
    } else {
      const payload = JSON.stringify(envelope);
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = String(Buffer.byteLength(payload));
      res.writeHead(status, headers);
      res.end(payload);
    }
    if (log) {
      const error = envelope?.Response.Error as { Code?: string } | undefined;
      console.log(
        `[mock-api] ${req.method ?? '?'} ${req.url ?? '?'} ${header(req, 'x-tc-action') ?? '-'} -> ${status}${
          error?.Code ? ` ${error.Code}` : envelope ? ' OK' : ''
        }`,
      );
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? '').toUpperCase();
    if (method === 'OPTIONS') return send(req, res, 204, null);
    const target = requestTarget(req.url ?? '');
    if (!target || !API_PATHS.has(target.path)) {
      req.resume();
      return send(
        req,
        res,
        404,
        errorEnvelope(
          'ResourceNotFound',
          `Nothing is served at ${quote(target?.path ?? req.url ?? '')}; send API 3.0 requests to / or /api/cvm/.`,
        ),
      );
    }
    if (method !== 'GET' && method !== 'POST') {
      req.resume();
      return send(
        req,
        res,
        200,
        errorEnvelope(
          'UnsupportedProtocol',
          `HTTP method ${quote(method) || '(none)'} is not supported; use POST (or GET).`,
        ),
      );
    }

    const read = await readBody(req);
    if (!read.ok) {
      if (!read.tooLarge) return; // the client is gone, or was told it timed out
      send(
        req,
        res,
        200,
        errorEnvelope('InvalidParameter', 'The request body exceeds 1 MiB; send at most 1048576 bytes.'),
      );
      if (!read.drained) req.socket.destroy();
      return;
    }
    const action = header(req, 'x-tc-action');
    const auth = verifyTc3({
      method,
      path: target.path,
      query: target.query,
      headers: lowercaseHeaders(req),
      body: read.body,
      nowSeconds: nowSeconds(),
    });
    if (!auth.ok) return send(req, res, 200, errorEnvelope(auth.code, auth.message));

    const body = boundedBody(method, action, target.query, read.body);
    if (!body.ok) return send(req, res, 200, errorEnvelope(body.violation.code, renderMessage(body.violation)));
    if (action === 'GetCallerIdentity' && header(req, 'x-tc-version') === STS_VERSION)
      return send(req, res, 200, callerIdentity(auth.accountId));
    const envelope = backend.handle({
      action,
      version: header(req, 'x-tc-version'),
      region: header(req, 'x-tc-region'),
      language: header(req, 'x-tc-language'),
      accountId: auth.accountId,
      body: body.value,
    });
    send(req, res, 200, envelope);
  }

  const requestTimeout = opts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const server: Server = createServer(
    {
      maxHeaderSize: HEADER_LIMIT_BYTES,
      requestTimeout,
      headersTimeout: Math.ceil(requestTimeout / 2),
      // How often Node looks for requests past those timeouts (30 s by default).
      connectionsCheckingInterval: Math.min(1000, Math.ceil(requestTimeout / 4)),
    },
    (req, res) => {
      handle(req, res).catch((e: unknown) => {
        if (log) console.error('[mock-api] internal error', e);
        try {
          send(
            req,
            res,
            200,
            errorEnvelope('InternalError', `An internal error occurred: ${e instanceof Error ? e.message : String(e)}`),
          );
        } catch {
          res.destroy();
        }
      });
    },
  );
  // What Node's HTTP parser refuses (garbage, headers over the limit, a request that timed out)
  // is answered on the raw socket, still with an API error envelope.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || socket.bytesWritten > 0) return void socket.destroy();
    const [status, reason, envelope] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? ([
            431,
            'Request Header Fields Too Large',
            errorEnvelope(
              'RequestSizeLimitExceeded',
              `The request line and headers exceed ${HEADER_LIMIT_BYTES / 1024} KiB; send the parameters as a JSON body with POST.`,
            ),
          ] as const)
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? ([
              408,
              'Request Timeout',
              errorEnvelope(
                'InvalidParameter',
                `The request did not arrive whole within ${requestTimeout / 1000} s; send the headers and body at once.`,
              ),
            ] as const)
          : ([400, 'Bad Request', errorEnvelope('InvalidParameter', 'The request is not valid HTTP/1.1.')] as const);
    const payload = JSON.stringify(envelope);
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\nConnection: close\r\n\r\n${payload}`,
    );
  });

  return {
    listen() {
      return new Promise((resolve, reject) => {
        const onError = (e: Error) => reject(e);
        server.once('error', onError);
        server.listen(opts.port ?? 0, host, () => {
          server.off('error', onError);
          server.on('error', (e) => {
            if (log) console.error('[mock-api] server error', e);
          });
          const port = (server.address() as AddressInfo).port;
          const shownHost = host.includes(':') ? `[${host}]` : host;
          resolve({ port, url: `http://${shownHost}:${port}/` });
        });
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
