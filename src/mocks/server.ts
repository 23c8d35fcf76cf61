// The standalone HTTP host of the mock backend: Tencent Cloud API 3.0 over node:http, signed with TC3.
// `POST /` (and `/api/cvm/`) with a JSON body and X-TC-* headers, exactly what the official SDKs send.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAction, requestSchemas } from '../rules/actions.ts';
import type { Backend, CvmEnvelope } from './backend.ts';
import { verifyTc3 } from './tc3.ts';

export const BODY_LIMIT_BYTES = 1024 * 1024;
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
}

export interface MockApiServer {
  listen(): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

function errorEnvelope(code: string, message: string): CvmEnvelope {
  return { Response: { Error: { Code: code, Message: message }, RequestId: randomUUID() } };
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

type BodyResult = { ok: true; body: string } | { ok: false; tooLarge: true; drained: boolean };

function readBody(req: IncomingMessage): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
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
    req.on('error', reject);
  });
}

// ---- GET: API 3.0 also accepts the parameters flattened into the query string -------------------
// (`Filters.0.Name=image-type&Filters.0.Values.0=PUBLIC_IMAGE&Limit=10`). Every value arrives as a
// string; the action's own request schema says which ones are numbers or booleans.

const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

function unflatten(params: URLSearchParams): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of params) {
    const parts = key.split('.');
    if (parts.some((p) => p === '' || UNSAFE_KEYS.has(p))) continue;
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, i) => {
      const container = node as Record<string, unknown>;
      if (i === parts.length - 1) {
        container[part] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
      let child = container[part];
      if (child === null || typeof child !== 'object') {
        child = nextIsIndex ? [] : {};
        container[part] = child;
      }
      node = child as Record<string, unknown> | unknown[];
    });
  }
  return root;
}

interface ZodLike {
  _zod: { def: Record<string, unknown> & { type: string } };
}

function coerceBySchema(schema: ZodLike | undefined, value: unknown, depth = 0): unknown {
  if (!schema || depth > 32) return value;
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return coerceBySchema(def.innerType as ZodLike, value, depth + 1);
    case 'pipe':
      return coerceBySchema(def.in as ZodLike, value, depth + 1);
    case 'lazy':
      return coerceBySchema((def.getter as () => ZodLike)(), value, depth + 1);
    case 'number':
      return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'array':
      return Array.isArray(value) ? value.map((v) => coerceBySchema(def.element as ZodLike, v, depth + 1)) : value;
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const shape = def.shape as Record<string, ZodLike>;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value))
        out[k] = Object.hasOwn(shape, k) ? coerceBySchema(shape[k], v, depth + 1) : v;
      return out;
    }
    default:
      return value;
  }
}

function bodyFromQuery(action: string | null, query: string): string {
  const params = unflatten(new URLSearchParams(query));
  const schema = action && isAction(action) ? (requestSchemas[action] as unknown as ZodLike) : undefined;
  return JSON.stringify(coerceBySchema(schema, params));
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
    const url = new URL(req.url ?? '/', 'http://mock.invalid');
    if (method === 'OPTIONS') return send(req, res, 204, null);
    if (!API_PATHS.has(url.pathname)) {
      req.resume();
      return send(
        req,
        res,
        404,
        errorEnvelope(
          'ResourceNotFound',
          `Nothing is served at ${url.pathname}; send API 3.0 requests to / or /api/cvm/.`,
        ),
      );
    }
    if (method !== 'GET' && method !== 'POST') {
      req.resume();
      return send(
        req,
        res,
        200,
        errorEnvelope('UnsupportedProtocol', `HTTP method ${method || '(none)'} is not supported; use POST (or GET).`),
      );
    }

    const read = await readBody(req);
    if (!read.ok) {
      send(
        req,
        res,
        200,
        errorEnvelope('InvalidParameter', 'The request body exceeds 1 MiB; send at most 1048576 bytes.'),
      );
      if (!read.drained) req.socket.destroy();
      return;
    }
    const query = url.search.slice(1);
    const action = header(req, 'x-tc-action');
    const auth = verifyTc3({
      method,
      path: url.pathname,
      query,
      headers: lowercaseHeaders(req),
      body: read.body,
      nowSeconds: nowSeconds(),
    });
    if (!auth.ok) return send(req, res, 200, errorEnvelope(auth.code, auth.message));

    const envelope = backend.handle({
      action,
      version: header(req, 'x-tc-version'),
      region: header(req, 'x-tc-region'),
      language: header(req, 'x-tc-language'),
      accountId: auth.accountId,
      body: method === 'GET' && read.body.trim() === '' ? bodyFromQuery(action, query) : read.body,
    });
    send(req, res, 200, envelope);
  }

  const server: Server = createServer((req, res) => {
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
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
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
