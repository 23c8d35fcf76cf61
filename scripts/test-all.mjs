#!/usr/bin/env node
// `npm test`: the whole gate, in order, stopping at the first failing step:
//   chromium -> typecheck -> lint -> unit (vitest) -> api (vitest.api.config.ts) -> load (scripts/load-test.mjs)
//   -> build -> e2e (playwright)
// Output of every step is streamed. At the end a table of step timings is printed, then exactly one
// line `N passed, N failed` (the sum over all test runners; a failed step without a report counts as
// 1 failed). Exit code is non-zero when anything failed. Dependency-free (node built-ins only).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CHROME } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const RESULTS = 'test-results';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** @type {{name: string, status: string, seconds: number, passed: number, failed: number}[]} */
const rows = [];
let stopped = false;
let interrupted = false;
let child = null;

const bold = process.stdout.isTTY ? (s) => `\x1b[1m${s}\x1b[0m` : (s) => s;

function log(msg) {
  process.stdout.write(`\n${bold(`[test-all] ${msg}`)}\n`);
}

/** Runs a command with inherited stdio; resolves to its exit code (signals map to 128+n, spawn errors to 127). */
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    process.stdout.write(`\n$ ${[cmd, ...args].join(' ')}\n`);
    const p = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child = p;
    p.on('error', (err) => {
      console.error(`[test-all] could not start ${cmd}: ${err.message}`);
      child = null;
      resolve(127);
    });
    p.on('close', (code, signal) => {
      child = null;
      resolve(code ?? (signal ? 128 + (signalNumber(signal) || 1) : 1));
    });
  });
}

function signalNumber(signal) {
  return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal];
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const counters = {
  vitest(json) {
    if (!json || typeof json.numPassedTests !== 'number') return null;
    return { passed: json.numPassedTests, failed: json.numFailedTests ?? 0 };
  },
  playwright(json) {
    const s = json?.stats;
    if (!s || typeof s.expected !== 'number') return null;
    return { passed: s.expected, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) };
  },
};

/**
 * Runs one step unless an earlier one failed, and records its row.
 * `fn` returns { code, report?: { file, kind } } or { skip: 'reason' }.
 */
async function step(name, fn) {
  if (stopped) {
    rows.push({ name, status: 'not run', seconds: 0, passed: 0, failed: 0 });
    return;
  }
  log(`step: ${name}`);
  const t0 = process.hrtime.bigint();
  let outcome;
  try {
    outcome = await fn();
  } catch (err) {
    console.error(`[test-all] ${name} crashed: ${err?.stack || err}`);
    outcome = { code: 1 };
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

  if (outcome.skip) {
    rows.push({ name, status: 'skipped', seconds, passed: 0, failed: 0, note: outcome.skip });
    return;
  }

  let passed = outcome.passed ?? 0;
  let failed = 0;
  if (outcome.report) {
    const counts = counters[outcome.report.kind](readJson(outcome.report.file));
    if (counts) {
      ({ passed, failed } = counts);
    } else {
      console.error(`[test-all] ${name}: no readable report at ${outcome.report.file}`);
      failed = 1;
    }
  }
  // A non-zero exit always counts as at least one failure (crash, no report, suite load error, ...).
  if (outcome.code !== 0 && failed === 0) failed = 1;
  const ok = outcome.code === 0 && failed === 0;
  rows.push({ name, status: ok ? 'ok' : `FAILED (exit ${outcome.code})`, seconds, passed, failed });
  if (!ok || interrupted) stopped = true;
}

// ---- steps ---------------------------------------------------------------------------------

async function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) {
      console.log(`Chromium: ${fromEnv} (CHROME_PATH)`);
      return { code: 0 };
    }
    console.error(`[test-all] CHROME_PATH=${fromEnv} does not exist; trying ${DEFAULT_CHROME}`);
  }
  if (!fs.existsSync(DEFAULT_CHROME) && typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log(`Chromium not found at ${DEFAULT_CHROME}; installing Debian's chromium package (running as root)`);
    const code = await run(
      'sh',
      [
        '-c',
        'apt-get -o DPkg::Lock::Timeout=600 update && ' +
          'DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y chromium',
      ],
      { DEBIAN_FRONTEND: 'noninteractive' },
    );
    if (code !== 0) console.error(`[test-all] apt-get failed (exit ${code})`);
  }
  if (!fs.existsSync(DEFAULT_CHROME)) {
    console.error(
      "Chromium not found: install Debian's chromium package (sudo apt-get install chromium) or set CHROME_PATH to a Chromium/Chrome binary",
    );
    return { code: 1 };
  }
  process.env.CHROME_PATH = DEFAULT_CHROME; // exported to every later step
  console.log(`Chromium: ${DEFAULT_CHROME}`);
  return { code: 0 };
}

async function vitestStep(extraArgs, reportName) {
  const file = path.join(RESULTS, reportName);
  fs.rmSync(file, { force: true }); // never count a stale report
  const code = await run(NPX, [
    'vitest',
    'run',
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  return { code, report: { file, kind: 'vitest' } };
}

async function e2eStep() {
  const file = path.join(RESULTS, 'e2e.json');
  fs.rmSync(file, { force: true });
  const code = await run(NPX, ['playwright', 'test'], { CI: '1' });
  return { code, report: { file, kind: 'playwright' } };
}

// ---- main ----------------------------------------------------------------------------------

process.on('SIGINT', () => {
  // The child (same process group) gets the SIGINT too; let it exit, then print the summary.
  interrupted = true;
});
process.on('SIGTERM', () => {
  interrupted = true;
  child?.kill('SIGTERM');
});

fs.mkdirSync(RESULTS, { recursive: true });
const started = process.hrtime.bigint();

await step('chromium', findChromium);
await step('typecheck', async () => ({ code: await run(NPX, ['tsc', '-b']) }));
await step('lint', async () => ({ code: await run(NPX, ['eslint', '.', '--max-warnings', '0']) }));
await step('unit', () => vitestStep([], 'unit.json'));
await step('api', () => vitestStep(['--config', 'vitest.api.config.ts'], 'api.json'));
// The bounded load test of the standalone server counts as one test: it passes when no request
// failed unexpectedly and every invariant held afterwards.
await step('load', async () => {
  const code = await run('node', ['scripts/load-test.mjs'], { LOAD_SECONDS: process.env.LOAD_SECONDS ?? '15' });
  return { code, passed: code === 0 ? 1 : 0 };
});
await step('build', async () => ({ code: await run(NPX, ['vite', 'build']) }));
await step('e2e', e2eStep);

const total = Number(process.hrtime.bigint() - started) / 1e9;
const passed = rows.reduce((n, r) => n + r.passed, 0);
const failed = rows.reduce((n, r) => n + r.failed, 0);

const table = [
  ['step', 'status', 'seconds', 'passed', 'failed'],
  ...rows.map((r) => [
    r.name,
    r.note ? `${r.status} (${r.note})` : r.status,
    r.seconds.toFixed(1),
    String(r.passed),
    String(r.failed),
  ]),
  ['total', '', total.toFixed(1), String(passed), String(failed)],
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
const fmt = (row) =>
  row
    .map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
    .join('  ')
    .trimEnd();

const anyStepFailed = rows.some((r) => r.status.startsWith('FAILED'));
process.stdout.write(
  `\n${fmt(table[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n` +
    table.slice(1).map(fmt).join('\n') +
    `\n\n${passed} passed, ${failed} failed\n`,
);
process.exitCode = failed > 0 || anyStepFailed || interrupted ? 1 : 0;
