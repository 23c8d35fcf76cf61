// The tencentcloud backend of `npm start` / `npm run serve` (scripts/serve.mjs loads the build of
// this file, dist-proxy/cvm-proxy.js): the console's /api/cvm/ calls, checked, signed with the
// official SDK and sent to the real CVM endpoint (or CVM_ENDPOINT); the page's HTML, with the
// per-start token and the account in it. Nothing here sends a byte upstream before every check passed.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_BODY_MAX_BYTES } from '../rules/limits.ts';
import { CVM_API_PATH, errorEnvelope, type Envelope } from '../rules/protocol.ts';
import { readCall } from './call.ts';
import { resolveCredentials } from './credentials.ts';
import { forward, upstreamAgent, type Upstream } from './forward.ts';
import { callRefusal, hostRefusal, type Refusal } from './guard.ts';
import { callerIdentity } from './identity.ts';
import { endpointUrl, proxyOptions } from './options.ts';
import { servedBackendTag } from './page-contract.ts';
import { createSecrets } from './secrets.ts';

export { CredentialsMissing } from './credentials.ts';
export { OptionError } from './options.ts';

/** For log lines: what a request named, without control characters that could forge a line. */
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 80);
}

const API_PATHS = new Set([CVM_API_PATH, CVM_API_PATH.replace(/\/$/, '')]);

export interface CvmProxy {
  /** Lines for the start message: where calls go, as which account, from which credentials. */
  describe: string[];
  /** Answers a request whose Host is not the proxy's own with a refusal; true when it did. */
  refuseForeignHost(req: IncomingMessage, res: ServerResponse, pathname: string): boolean;
  isApiPath(pathname: string): boolean;
  handleApi(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** The console's HTML with the backend tag (token, account) at the end of its head. */
  pageHtml(html: string): string;
}

export interface StartOptions {
  env: NodeJS.ProcessEnv;
  /** Command-line arguments after the script name, other than --backend. */
  args: readonly string[];
  /** The port the server listens on (known once it listens). */
  port: () => number;
  log: (line: string) => void;
}

function send(res: ServerResponse, status: number, envelope: Envelope): void {
  const payload = JSON.stringify(envelope);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(status === 413 ? { Connection: 'close' } : {}),
  });
  res.end(payload);
}

/** The body as text; null once it exceeds the limit (the rest is not read: the connection closes). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= REQUEST_BODY_MAX_BYTES) return void chunks.push(chunk);
      req.removeAllListeners('data');
      req.pause();
      resolve(null);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Throws OptionError or CredentialsMissing, with a message for the person who started it. */
export async function startCvmProxy(options: StartOptions): Promise<CvmProxy> {
  const { port, log } = options;
  const settings = proxyOptions(options.env, options.args);
  const secrets = createSecrets();
  const credentials = await resolveCredentials(secrets, undefined, options.env);
  const upstream: Upstream = {
    endpoint: settings.endpoint,
    credential: credentials.credential,
    secrets,
    agent: upstreamAgent(settings.endpoint),
  };
  const identity = await callerIdentity(upstream, credentials.secretId);
  const token = randomBytes(32).toString('base64url');
  const where = endpointUrl(settings.endpoint);

  const describe = [
    `Backend: Tencent Cloud API at ${where}${settings.readOnly ? ', read-only (changes are refused here)' : ''}`,
    `Account: ${identity.label}, credentials from ${credentials.source}`,
  ];
  if (identity.refused)
    describe.push(
      `Warning: ${where} refused these credentials (${identity.refused.code}: ${identity.refused.message}). ` +
        'Every call will fail until they are fixed and the proxy restarted.',
    );

  function refuse(res: ServerResponse, what: string, refusal: Refusal): void {
    log(`[cvm-proxy] refused ${what}: ${refusal.code}`);
    send(res, refusal.status, errorEnvelope(refusal.code, refusal.message));
  }

  return {
    describe,
    refuseForeignHost(req, res, pathname) {
      const refusal = hostRefusal(req.headers, port());
      if (!refusal) return false;
      req.resume();
      if (API_PATHS.has(pathname)) refuse(res, `${req.method} ${pathname}`, refusal);
      else {
        log(`[cvm-proxy] refused ${req.method} ${printable(pathname)}: ${refusal.code}`);
        res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(`${refusal.message}\n`);
      }
      return true;
    },
    isApiPath: (pathname) => API_PATHS.has(pathname),
    async handleApi(req, res) {
      try {
        await answer(req, res);
      } catch (e) {
        log(`[cvm-proxy] internal error: ${secrets.scrub(e instanceof Error ? e.message : String(e))}`);
        if (!res.headersSent)
          send(res, 500, errorEnvelope('InternalError', 'The local proxy failed on this call; see its log.'));
        else res.destroy();
      }
    },
    pageHtml(html) {
      const tag = servedBackendTag({
        kind: 'tencentcloud',
        token,
        account: identity.label,
        accountId: identity.accountId,
        readOnly: settings.readOnly,
        endpoint: settings.endpoint.host,
      });
      return html.replace(/<\/head>/i, `  ${tag}\n  </head>`);
    },
  };

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? '').toUpperCase();
    const what = `${printable(method)} ${printable(String(req.headers['x-tc-action'] ?? '-'))}`;
    const checked = callRefusal(req.headers, method, port(), token);
    if (checked) {
      req.resume();
      return refuse(res, what, checked);
    }
    const body = await readBody(req);
    if (body === null)
      return refuse(res, what, {
        status: 413,
        code: 'InvalidParameter',
        message: `The request body exceeds ${REQUEST_BODY_MAX_BYTES} bytes.`,
      });
    const read = readCall(req.headers, body, settings.readOnly);
    if ('refusal' in read) return refuse(res, what, read.refusal);
    const started = Date.now();
    const { status, envelope, attempts } = await forward(read.call, upstream);
    const error = envelope.Response.Error as { Code?: string } | undefined;
    if (settings.logCalls || status !== 200)
      log(
        `[cvm-proxy] ${read.call.action} ${read.call.region ?? '-'} -> ${error?.Code ?? 'OK'} ${String(envelope.Response.RequestId)} ` +
          `(${Date.now() - started} ms${attempts > 1 ? `, ${attempts} attempts` : ''})`,
      );
    send(res, status, envelope);
  }
}
