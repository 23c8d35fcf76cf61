// Calls to the signing proxy as the console makes them, and the mock API in this process with its
// request log, for the API tests.
import { request } from 'node:http';
import { vi } from 'vitest';
import { versionOf, type Envelope } from '../rules/protocol.ts';
import { CONSOLE_TOKEN_HEADER } from '../proxy/call-contract.ts';
import { startServer, type RunningServer } from './api-server.ts';

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Every answer the proxy gave in this test file: none may show a secret. */
export const answers: HttpAnswer[] = [];

/** A request with full control of the headers (Host included), which fetch does not give. */
export function http(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string; host?: string },
): Promise<HttpAnswer> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: options.host ?? '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers,
        agent: false,
        timeout: 15_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => {
          const answer = { status: res.statusCode ?? 0, headers: res.headers, text };
          answers.push(answer);
          done(answer);
        });
      },
    );
    req.on('error', fail);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.end(options.body);
  });
}

/** The token in the page the proxy serves. */
export async function pageToken(port: number): Promise<string> {
  const page = await http(port, { headers: { Host: `127.0.0.1:${port}` } });
  const token = /data-token="([^"]+)"/.exec(page.text)?.[1];
  if (!token) throw new Error(`no token in the page:\n${page.text}`);
  return token;
}

export interface CallOptions {
  token?: string | null;
  headers?: Record<string, string | undefined>;
  region?: string;
  method?: string;
}

/** A call as the console makes it: same origin, the token, JSON, the X-TC-* headers. */
export async function consoleCall(
  port: number,
  token: string,
  action: string,
  params: unknown = {},
  options: CallOptions = {},
): Promise<HttpAnswer & { json: Envelope }> {
  const headers: Record<string, string | undefined> = {
    Host: `127.0.0.1:${port}`,
    Origin: `http://127.0.0.1:${port}`,
    'Sec-Fetch-Site': 'same-origin',
    'Content-Type': 'application/json',
    'X-TC-Action': action,
    // The action's own service's version, as the console sends it.
    'X-TC-Version': versionOf(action),
    'X-TC-Region': options.region ?? 'ap-guangzhou',
    'X-TC-Language': 'en-US',
    [CONSOLE_TOKEN_HEADER]: options.token === null ? undefined : (options.token ?? token),
    ...options.headers,
  };
  const sent = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const answer = await http(port, {
    method: options.method ?? 'POST',
    path: '/api/cvm/',
    headers: sent,
    body: JSON.stringify(params),
  });
  return { ...answer, json: JSON.parse(answer.text) as Envelope };
}

export interface WatchedMock extends RunningServer {
  /** `[mock-api] …` lines: one per request the mock answered (MOCK_API_LOG=1). */
  log: string[];
  /** The envelopes the mock's backend answered, in order. */
  envelopes: Envelope[];
}

/** The mock API in this process, with its request log and its answers kept for the assertions. */
export async function startWatchedMock(): Promise<WatchedMock> {
  vi.stubEnv('MOCK_API_LOG', '1');
  const log: string[] = [];
  const print = console.log;
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (line.startsWith('[mock-api]')) log.push(line);
    else print(...args);
  });
  const srv = await startServer();
  const envelopes: Envelope[] = [];
  const handle = srv.backend.handle.bind(srv.backend);
  srv.backend.handle = (call) => {
    const envelope = handle(call);
    envelopes.push(envelope);
    return envelope;
  };
  return { ...srv, log, envelopes };
}
