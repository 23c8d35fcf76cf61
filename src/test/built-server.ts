// The built standalone server (`npm run mock-api`'s bundle) as a child process: for what only a
// separate process shows (its memory, its latency while attacked, its exit on a signal, its data
// file after a SIGKILL). tests/api/global-setup.ts builds the bundle once for every test file.
// (proxy-process.ts starts the same bundle with a clean environment, for the proxy's tests.)
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { mockApiPort, ROOT } from './proxy-process.ts';

export const BUNDLE = resolve(ROOT, 'dist-server/server-main.js');

export interface BuiltServer {
  child: ChildProcess;
  port: number;
  /** `127.0.0.1:<port>`. */
  host: string;
  /** Everything it printed so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  exited: Promise<number | null>;
  /** SIGKILL unless told, and wait for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Start the bundle on a free port of 127.0.0.1 with these environment variables; resolves once it has printed its credentials. */
export function startBuiltServer(env: Record<string, string> = {}): Promise<BuiltServer> {
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: ROOT,
    env: { ...process.env, MOCK_API_PORT: '0', MOCK_API_HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${stdout}\n${stderr}`));
    }, 15_000);
    child.stdout.on('data', (d: string) => {
      stdout += d;
      const port = mockApiPort(stdout);
      if (port !== undefined) {
        clearTimeout(timer);
        resolvePort({
          child,
          port,
          host: `127.0.0.1:${port}`,
          stdout: () => stdout,
          stderr: () => stderr,
          exited,
          stop(signal = 'SIGKILL') {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${stdout}\n${stderr}`));
    });
  });
}

/** Peak and current resident memory of a process, in MiB (Linux /proc). */
export async function memoryOf(pid: number): Promise<{ peakMiB: number; rssMiB: number }> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMiB: kib('VmHWM') / 1024, rssMiB: kib('VmRSS') / 1024 };
}
