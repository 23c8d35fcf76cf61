// `npm run mock-api` for real: build src/mocks/server-main.ts with vite.server.config.ts, run the bundle with node.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSdkError, sdkClient } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = resolve(ROOT, 'dist-server/server-main.js');
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

let child: ChildProcess | undefined;
let port = 0;
let stdout = '';
let stderr = '';

function waitForListening(proc: ChildProcess): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${stdout}\n${stderr}`)), 15_000);
    proc.stdout!.setEncoding('utf8');
    proc.stderr!.setEncoding('utf8');
    proc.stdout!.on('data', (d: string) => {
      stdout += d;
      const m = /Mock CVM API listening on http:\/\/127\.0\.0\.1:(\d+)\/ \(also \/api\/cvm\/\)/.exec(stdout);
      if (m && stdout.includes('mock-secret-100000000003')) {
        clearTimeout(timer);
        resolvePort(Number(m[1]));
      }
    });
    proc.stderr!.on('data', (d: string) => (stderr += d));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${stdout}\n${stderr}`));
    });
  });
}

beforeAll(async () => {
  await promisify(execFile)(NPX, ['vite', 'build', '--config', 'vite.server.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    timeout: 120_000,
  });
  expect(existsSync(BUNDLE)).toBe(true);
  child = spawn(process.execPath, [BUNDLE], {
    cwd: ROOT,
    env: { ...process.env, MOCK_API_PORT: '0', MOCK_API_HOST: '127.0.0.1', MOCK_API_DURATION_SCALE: '0.01' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  port = await waitForListening(child);
}, 150_000);

afterAll(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('the built standalone server (dist-server/server-main.js)', () => {
  it('prints where it listens and the three demo credentials', () => {
    expect(port).toBeGreaterThan(0);
    for (const id of ['100000000001', '100000000002', '100000000003']) {
      expect(stdout).toContain(`AKIDMOCK${id}`);
      expect(stdout).toContain(`mock-secret-${id}`);
    }
  });

  it('answers DescribeRegions to the official SDK, at / and at /api/cvm/', async () => {
    expect((await sdkClient(port).DescribeRegions()).TotalCount).toBe(18);
    expect((await sdkClient(port, { path: '/api/cvm' }).DescribeRegions()).TotalCount).toBe(18);
    await expectSdkError(sdkClient(port, { secretKey: 'wrong' }).DescribeRegions(), 'AuthFailure.SignatureFailure');
  });

  it('scales long operations by MOCK_API_DURATION_SCALE (CreateImage is NORMAL within a second at 0.01)', async () => {
    const client = sdkClient(port);
    const instances = await client.DescribeInstances({ Limit: 100 });
    const instance = instances.InstanceSet!.find((i) => ['RUNNING', 'STOPPED'].includes(i.InstanceState ?? ''));
    expect(instance).toBeDefined();
    const { ImageId } = await client.CreateImage({
      InstanceId: instance!.InstanceId!,
      ImageName: 'built-server-check',
    });
    let state = '';
    for (let i = 0; i < 40 && state !== 'NORMAL'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = (await client.DescribeImages({ ImageIds: [ImageId!] })).ImageSet![0]!.ImageState!;
    }
    expect(state).toBe('NORMAL');
    await client.DeleteImages({ ImageIds: [ImageId!] });
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    child!.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
