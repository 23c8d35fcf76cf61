// A Chromium driven over the DevTools protocol on a pipe, without Playwright, for the timed cold
// loads and warm starts (cold-loads.mjs). Why: Playwright enables the protocol's Runtime domain on
// every page it opens, and with it V8 records a detailed stack trace, with source positions, for
// every Error constructed. React DOM constructs one while its module is evaluated (the "Suspense
// Exception" sentinel), so under Playwright V8 parses the whole chunk that holds React a second time
// (V8.CollectSourcePositions: ~150 ms of the console's first load in a trace at CPU 4x), a cost that
// grows with the size of that chunk and that no visitor pays, since nobody visits with DevTools
// attached. Measured on the console's chunk (its evaluation timed in the page, CPU 1x): 15 ms with
// nothing attached or with this driver, 41-58 ms once Runtime.enable was sent. This driver sends
// only Browser.getVersion and Browser.close, Target, Emulation, Page, Performance and
// Runtime.evaluate, none of which turns that recording on.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROME_ARGS } from '../chromium.mjs';
import { CHROME_PATH } from './config.mjs';

/**
 * The switches Playwright (1.65) launches headless Chromium with that bear on a page's load, its
 * layout or its input, so that both drivers run the same browser (its scroll bars hidden, no paint
 * holding, no startup window, its sandbox off).
 */
const PLAYWRIGHT_ARGS = [
  '--headless',
  '--hide-scrollbars',
  '--mute-audio',
  '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
  '--no-sandbox',
  '--no-startup-window',
  '--allow-pre-commit-input',
  '--disable-features=PaintHolding,MediaRouter,OptimizationHints,DestroyProfileOnBrowserClose',
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

/** How long one protocol command may take before the run gives up on the browser. */
const COMMAND_MS = 60_000;

/**
 * Launches Chromium with `--remote-debugging-pipe` (messages are JSON, each ended by a NUL byte, on
 * file descriptors 3, to the browser, and 4, from it). Returns { send, close, userAgent, sent }:
 * `send(method, params, sessionId, ms)` resolves with a command's result, or rejects with its error,
 * when the browser has exited, or after `ms`; `sent` lists the methods sent, in order.
 */
export async function launchPipeBrowser() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pipe-'));
  const args = [...PLAYWRIGHT_ARGS, ...CHROME_ARGS, `--user-data-dir=${userDataDir}`, '--remote-debugging-pipe'];
  const child = spawn(CHROME_PATH, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  const [toBrowser, fromBrowser] = [child.stdio[3], child.stdio[4]];
  let gone = null; // why the browser can take no more commands, once it cannot
  const pending = new Map();
  const failAll = (error) => {
    gone ??= error;
    for (const { reject } of pending.values()) reject(gone);
    pending.clear();
  };
  child.once('error', (e) => failAll(new Error(`Chromium (${CHROME_PATH}) did not start: ${e.message}`)));
  child.once('exit', (code, signal) =>
    failAll(new Error(`Chromium exited (${code ?? signal})${stderr ? `: ${stderr.trim().slice(-500)}` : ''}`)),
  );
  toBrowser.on('error', (e) => failAll(new Error(`the pipe to Chromium broke: ${e.message}`)));
  let nextId = 0;
  let buffered = '';
  // Decoded as a stream, so that a character split between two chunks stays whole.
  fromBrowser.setEncoding('utf8').on('data', (chunk) => {
    const parts = (buffered + chunk).split('\0');
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
  const sent = [];
  const send = (method, params = {}, sessionId, ms = COMMAND_MS) => {
    if (gone) return Promise.reject(gone);
    sent.push(method);
    const id = ++nextId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method}: no answer within ${ms / 1000} s`));
      }, ms);
      const settle = (fn) => (value) => {
        clearTimeout(timer);
        fn(value);
      };
      pending.set(id, { resolve: settle(resolve), reject: settle(reject), method });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
    });
  };
  const close = async () => {
    if (!gone) await send('Browser.close', {}, undefined, 5000).catch(() => undefined);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const { userAgent } = await send('Browser.getVersion', {}, undefined, 30_000);
    return { send, close, userAgent, sent };
  } catch (e) {
    await close();
    throw e;
  }
}

/** The errors of an evaluation that ran, or was sent, while the page it ran in was being replaced. */
const LEFT_PAGE = /Execution context was destroyed|Cannot find context with specified id|Inspected target navigated/;

/**
 * Evaluates `expression` in the page of `sessionId`, awaits the promise it yields, and returns its
 * value; within `ms` in all, or it throws, saying `what` was not seen. Before the navigation has
 * committed, the expression runs in the page being left (where it yields undefined) or that page
 * goes from under it: both are tried again, every 20 ms. Any other error is thrown at once.
 */
export async function evaluateWhenThere(browser, sessionId, expression, ms, what) {
  const until = Date.now() + ms;
  for (;;) {
    const left = until - Date.now();
    if (left <= 0) throw new Error(`${what}: not seen within ${ms / 1000} s`);
    let r;
    try {
      r = await browser.send(
        'Runtime.evaluate',
        { expression, awaitPromise: true, returnByValue: true },
        sessionId,
        left,
      );
    } catch (e) {
      if (/no answer within/.test(e.message)) throw new Error(`${what}: not seen within ${ms / 1000} s`);
      if (!LEFT_PAGE.test(e.message)) throw e;
    }
    if (r?.exceptionDetails) {
      const text = r.exceptionDetails.exception?.description ?? r.exceptionDetails.text;
      if (!LEFT_PAGE.test(text)) throw new Error(`${what}: ${text}`);
    } else if (r && r.result.value !== undefined) return r.result.value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
