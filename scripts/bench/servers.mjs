// Static servers for the builds: scripts/serve.mjs, with the product's headers and gzip.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './config.mjs';

/** Child processes we started; killed by PID at the end, also on error or Ctrl-C. */
const children = new Set();

export function serve(dir, port) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve.mjs')], {
      cwd: ROOT,
      env: { ...process.env, DIST_DIR: dir, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('ready at')) resolve(`http://127.0.0.1:${port}`);
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code, signal) => {
      children.delete(child);
      reject(
        new Error(`serve ${path.relative(ROOT, dir)} on port ${port} exited (${code ?? signal}): ${stderr.trim()}`),
      );
    });
  });
}

export async function stopServers() {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
          setTimeout(() => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          }, 3000).unref();
        }),
    ),
  );
}
