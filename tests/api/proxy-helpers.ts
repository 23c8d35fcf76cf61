// The signing proxy as `npm run serve -- --backend=tencentcloud` runs it: scripts/serve.mjs in a
// child process, with the build of src/proxy, in front of a mock API on loopback.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { vi } from 'vitest';
import type { CvmEnvelope } from '../../src/mocks/backend.ts';
import { CONSOLE_TOKEN_HEADER } from '../../src/proxy/call-contract.ts';
import { startServer, type RunningServer } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Builds dist-proxy/cvm-proxy.js, what serve.mjs loads for the tencentcloud backend. */
export async function buildProxy(): Promise<void> {
  await promisify(execFile)(NPX, ['vite', 'build', '--config', 'vite.proxy.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    timeout: 120_000,
  });
}

/** A directory holding an index.html shaped like the build's, for serve.mjs's DIST_DIR. */
export function fixtureDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'proxy-dist-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <title>CVM Image Console</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
  );
  return dir;
}

/** An empty home directory, or one with a `~/.tencentcloud/credentials` file of this content. */
export function fixtureHome(credentials?: string): string {
  const home = mkdtempSync(join(tmpdir(), 'proxy-home-'));
  if (credentials !== undefined) {
    mkdirSync(join(home, '.tencentcloud'));
    writeFileSync(join(home, '.tencentcloud', 'credentials'), credentials);
  }
  return home;
}

export interface RunningProxy {
  port: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

/** The environment of a child: nothing of this machine's credentials or proxies, only what is given. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '0', ...env };
}

function run(args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [resolve(ROOT, 'scripts/serve.mjs'), ...args], {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (text += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (text += d));
  return { child, output: () => text };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode);
    else child.once('exit', (code) => done(code));
  });
}

/** Starts serve.mjs and waits until it says where it listens (fails if it exits first). */
export async function startProxy(args: string[], env: Record<string, string>): Promise<RunningProxy> {
  const { child, output } = run(args, env);
  const port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the proxy did not start:\n${output()}`)), 20_000);
    const check = () => {
      const m = /Console ready at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output());
      if (m && output().includes('Account: ')) {
        clearTimeout(timer);
        done(Number(m[1]));
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the proxy exited with ${code}:\n${output()}`));
    });
  });
  return {
    port,
    output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited(child);
    },
  };
}

/** Runs serve.mjs to its end (a start that must fail): its exit code and output. */
export async function runToExit(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const { child, output } = run(args, env);
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await exited(child);
  clearTimeout(timer);
  return { code, output: output() };
}

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
): Promise<HttpAnswer & { json: CvmEnvelope }> {
  const headers: Record<string, string | undefined> = {
    Host: `127.0.0.1:${port}`,
    Origin: `http://127.0.0.1:${port}`,
    'Sec-Fetch-Site': 'same-origin',
    'Content-Type': 'application/json',
    'X-TC-Action': action,
    'X-TC-Version': '2017-03-12',
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
  return { ...answer, json: JSON.parse(answer.text) as CvmEnvelope };
}

export interface WatchedMock extends RunningServer {
  /** `[mock-api] …` lines: one per request the mock answered (MOCK_API_LOG=1). */
  log: string[];
  /** The envelopes the mock's backend answered, in order. */
  envelopes: CvmEnvelope[];
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
  const envelopes: CvmEnvelope[] = [];
  const handle = srv.backend.handle.bind(srv.backend);
  srv.backend.handle = (call) => {
    const envelope = handle(call);
    envelopes.push(envelope);
    return envelope;
  };
  return { ...srv, log, envelopes };
}
