// The standalone mock API server under test: built into a temporary folder together with the load
// test's kit (kit.ts: the rules and the demo world, as the server runs them), started on a free
// loopback port with instant long operations, and always stopped.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { log } from './config.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let serverProcess = null;
let buildDir = null;

/** Builds the server and the kit in one go; returns the server's entry file and the loaded kit. */
export async function buildServer() {
  buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cvm-load-test-'));
  log(`building the mock API server into ${buildDir}`);
  await build({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.server.config.ts'),
    logLevel: 'warn',
    build: { outDir: buildDir, rollupOptions: { input: { kit: path.join(ROOT, 'scripts/load-test/kit.ts') } } },
  });
  const entry = path.join(buildDir, 'server-main.js');
  if (!fs.existsSync(entry)) throw new Error(`the build did not produce ${entry}`);
  const kit = await import(pathToFileURL(path.join(buildDir, 'kit.js')).href);
  return { entry, kit };
}

/**
 * Starts the server on a free port of 127.0.0.1; resolves with its port and the credentials it
 * prints for each of `accounts`.
 */
export function startServer(entry, accounts) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], {
      cwd: ROOT,
      env: {
        ...process.env,
        MOCK_API_PORT: '0',
        MOCK_API_HOST: '127.0.0.1',
        MOCK_API_DURATION_SCALE: '0',
        MOCK_API_LOG: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    serverProcess = child;
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start within 30 s:\n${out}`)), 30_000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => process.stderr.write(`[server] ${chunk}`));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (serverProcess === child) serverProcess = null;
      reject(new Error(`the server exited (code ${code}, signal ${signal}) before it was ready:\n${out}`));
    });
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /^Mock CVM API listening on http:\/\/([^/\s]+):(\d+)\//m.exec(out);
      const credentials = [...out.matchAll(/(\d{12}) \(.*?\): SecretId (\S+)\s+SecretKey (\S+)/g)];
      if (!url || credentials.length < accounts.length) return;
      clearTimeout(timer);
      if (url[1] !== '127.0.0.1') return reject(new Error(`the server listens on ${url[1]}, not on loopback`));
      const keys = Object.fromEntries(
        credentials.map(([, account, secretId, secretKey]) => [account, { secretId, secretKey }]),
      );
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({ port: Number(url[2]), keys });
    });
  });
}

/** Stops the server (SIGTERM, then SIGKILL after 5 s) and removes the build. */
export async function stopServer() {
  const child = serverProcess;
  serverProcess = null;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
  if (buildDir) {
    fs.rmSync(buildDir, { recursive: true, force: true });
    buildDir = null;
  }
}
