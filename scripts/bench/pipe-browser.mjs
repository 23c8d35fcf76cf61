// A Chromium driven over the DevTools protocol on a pipe, without Playwright, for the timed cold
// loads and warm starts (cold-loads.mjs). Why: Playwright enables the protocol's Runtime domain on
// every page it opens, and with it V8 records a detailed stack trace, with source positions, for
// every Error constructed. React DOM constructs one while its module is evaluated (the "Suspense
// Exception" sentinel), so under Playwright V8 parses the whole chunk that holds React a second time
// (V8.CollectSourcePositions, ~150 ms of the console's first load traced at CPU 4x): a cost no
// visitor pays, since nobody visits with DevTools attached, and one that grows with the size of the
// chunk, so it weighed more on the console than on the blank pages. Measured on the console's
// chunk (its evaluation timed in the page, CPU 1x): 15 ms with nothing attached or with this
// driver, 41-58 ms once Runtime.enable was sent. This driver sends only what the loads need
// (Target, Emulation, Page, Performance and Runtime.evaluate, none of which enables that
// recording).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROME_ARGS } from '../chromium.mjs';
import { CHROME_PATH } from './config.mjs';

/** Playwright's own launch switches that bear on timing, so both drivers run the same browser. */
const TIMING_ARGS = [
  '--headless',
  '--disable-field-trial-config',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-back-forward-cache',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--force-color-profile=srgb',
  '--metrics-recording-only',
  '--password-store=basic',
  '--use-mock-keychain',
];

/**
 * Launches Chromium with `--remote-debugging-pipe` (messages are JSON, each ended by a NUL byte, on
 * file descriptors 3, to the browser, and 4, from it). Returns { send, close, userAgent,
 * sent }: `send` resolves with a command's result or rejects with its error; `sent` lists the
 * methods sent, in order.
 */
export async function launchPipeBrowser() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pipe-'));
  const args = [...TIMING_ARGS, ...CHROME_ARGS, `--user-data-dir=${userDataDir}`, '--remote-debugging-pipe'];
  // As root (these machines' containers), Chromium needs its sandbox off, as Playwright does there.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const child = spawn(CHROME_PATH, [...args, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const [toBrowser, fromBrowser] = [child.stdio[3], child.stdio[4]];
  let nextId = 0;
  const pending = new Map();
  let buffered = '';
  fromBrowser.on('data', (chunk) => {
    const parts = (buffered + chunk.toString('utf8')).split('\0');
    buffered = parts.pop();
    for (const part of parts) {
      const message = JSON.parse(part);
      const waiting = message.id !== undefined && pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
    }
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  void exited.then(() => {
    for (const { reject, method } of pending.values()) reject(new Error(`${method}: the browser exited`));
    pending.clear();
  });
  const sent = [];
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      sent.push(method);
      const id = ++nextId;
      pending.set(id, { resolve, reject, method });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
    });
  const { userAgent } = await send('Browser.getVersion');
  return {
    send,
    userAgent,
    sent,
    async close() {
      await send('Browser.close').catch(() => undefined);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Evaluates `expression` in the page of `sessionId` and awaits the promise it yields. Before the
 * navigation has committed, the expression runs in the page being left (where it yields
 * undefined) or its context is destroyed under it: both are retried, every 20 ms.
 */
export async function evaluateWhenThere(browser, sessionId, expression, ms, what) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const r = await browser
      .send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId)
      .catch(() => null);
    if (r && !r.exceptionDetails && r.result.value !== undefined) return r.result.value;
    if (r?.exceptionDetails && !/destroyed|not defined/i.test(JSON.stringify(r.exceptionDetails)))
      throw new Error(`${what}: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${what}: not seen within ${ms / 1000} s`);
}
