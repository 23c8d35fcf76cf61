// The standalone HTTP host of the mock backend: Tencent Cloud API 3.0 over node:http, signed with TC3
// (and, for the signing proxy, STS GetCallerIdentity).
// `POST /` (and `/api/cvm/`) with a JSON body and X-TC-* headers, exactly what the official SDKs send.
// Here: where a request goes. How it is read (http-io.ts), who signed it (tc3.ts), what it answers (backend.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { REQUEST_BODY_MAX_BYTES } from '../rules/limits.ts';
import { quote } from '../rules/text.ts';
import { CVM_API_PATH, errorEnvelope, serviceOf, STS_VERSION, type Envelope } from '../rules/protocol.ts';
import '../rules/messages/every-language.ts';
import { renderMessage } from '../rules/messages/render.ts';
import { languageOf, type Backend } from './backend.ts';
import {
  HEADER_LIMIT_BYTES,
  boundedBody,
  clientErrorResponse,
  corsHeaders,
  header,
  lowercaseHeaders,
  readBody,
  requestTarget,
} from './http-io.ts';
import { callerIdentity } from './sts.ts';
import { verifyTc3 } from './tc3.ts';

/** A request must arrive whole within this time (a body that trickles in is cut off); headers within half of it. */
export const REQUEST_TIMEOUT_MS = 10_000;
const API_PATHS = new Set(['/', CVM_API_PATH, CVM_API_PATH.replace(/\/$/, '')]);

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

// ---- The server -----------------------------------------------------------------------------------

export function createMockApiServer(opts: MockApiServerOptions): MockApiServer {
  const { backend } = opts;
  const host = opts.host ?? '127.0.0.1';
  const nowSeconds = opts.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const log = process.env.MOCK_API_LOG === '1';

  function send(req: IncomingMessage, res: ServerResponse, status: number, envelope: Envelope | null): void {
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
          `Nothing is served at ${quote(target?.path ?? req.url ?? '')}; send API 3.0 requests to / or ${CVM_API_PATH}.`,
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
        errorEnvelope(
          'InvalidParameter',
          `The request body exceeds ${REQUEST_BODY_MAX_BYTES / 1024 / 1024} MiB; send at most ${REQUEST_BODY_MAX_BYTES} bytes.`,
        ),
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
      service: serviceOf(action ?? ''),
    });
    if (!auth.ok) return send(req, res, 200, errorEnvelope(auth.code, auth.message));

    const body = boundedBody(method, action, target.query, read.body);
    if (!body.ok) {
      const language = languageOf(header(req, 'x-tc-language'));
      return send(req, res, 200, errorEnvelope(body.violation.code, renderMessage(body.violation, language)));
    }
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
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || socket.bytesWritten > 0) return void socket.destroy();
    socket.end(clientErrorResponse(err, requestTimeout));
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
