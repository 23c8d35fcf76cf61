// The signing proxy as `npm run serve -- --backend=tencentcloud` runs it: scripts/serve.mjs in a
// child process, with the build of src/proxy; and the built mock API. Plain Node: the API tests
// (Vitest) and the browser tests (Playwright) both start them with these.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { accounts } from '../rules/accounts.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Builds with a Vite config: vite.proxy.config.ts (dist-proxy/, what serve.mjs loads for the
 * tencentcloud backend) or vite.server.config.ts (dist-server/, the standalone mock API). */
export async function build(config: 'vite.proxy.config.ts' | 'vite.server.config.ts'): Promise<void> {
  await promisify(execFile)(NPX, ['vite', 'build', '--config', config, '--logLevel', 'warn'], {
    cwd: ROOT,
    timeout: 120_000,
  });
}

const fixtures: string[] = [];

function fixtureDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  fixtures.push(dir);
  return dir;
}

/** Removes the directories fixtureDist and fixtureHome made. */
export function removeFixtures(): void {
  for (const dir of fixtures.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A directory holding an index.html shaped like the build's, for serve.mjs's DIST_DIR. */
export function fixtureDist(): string {
  const dir = fixtureDir('proxy-dist-');
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <title>CVM Image Console</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
  );
  return dir;
}

/** An empty home directory, or one with a `~/.tencentcloud/credentials` file of this content. */
export function fixtureHome(credentials?: string): string {
  const home = fixtureDir('proxy-home-');
  if (credentials !== undefined) {
    mkdirSync(join(home, '.tencentcloud'));
    writeFileSync(join(home, '.tencentcloud', 'credentials'), credentials);
  }
  return home;
}

export interface RunningProcess {
  port: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

/** The environment of a child: nothing of this machine's credentials or proxies, only what is given. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '0', ...env };
}

function run(
  args: string[],
  env: Record<string, string>,
  script = 'scripts/serve.mjs',
): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [resolve(ROOT, script), ...args], {
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

/** Starts a script and waits until its output says it is ready (fails if it exits first). */
async function startUntil(
  script: string,
  args: string[],
  env: Record<string, string>,
  ready: (output: string) => number | undefined,
): Promise<RunningProcess> {
  const { child, output } = run(args, env, script);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited(child);
  };
  const port = await new Promise<number>((done, fail) => {
    // A process that never says it is ready is stopped, not left behind.
    const timer = setTimeout(
      () => void stop().then(() => fail(new Error(`${script} did not start:\n${output()}`))),
      20_000,
    );
    const check = () => {
      const port = ready(output());
      if (port !== undefined) {
        clearTimeout(timer);
        done(port);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${script} exited with ${code}:\n${output()}`));
    });
  });
  return { port, output, stop };
}

/** Starts serve.mjs and waits until it says where it listens and as which account. */
export function startProxy(args: string[], env: Record<string, string>): Promise<RunningProcess> {
  return startUntil('scripts/serve.mjs', args, env, (output) => {
    const m = /Console ready at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
    return m && output.includes('Account: ') ? Number(m[1]) : undefined;
  });
}

/**
 * The port the built mock API (dist-server/server-main.js) printed once it listens and has printed
 * the demo credentials (the last of them, the third account's, ends its start message).
 */
export function mockApiPort(output: string): number | undefined {
  const m = /Mock CVM API listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
  return m && output.includes(`mock-secret-${accounts[2].accountId}`) ? Number(m[1]) : undefined;
}

/** Starts the built mock API and waits until it listens. */
export function startMockApi(env: Record<string, string>): Promise<RunningProcess> {
  return startUntil('dist-server/server-main.js', [], { MOCK_API_PORT: '0', ...env }, mockApiPort);
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
