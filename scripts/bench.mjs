#!/usr/bin/env node
// npm run bench: measures the console against blank React pages and prints each figure against
// its budget (issue 17). It is a benchmark, not a test: a missed budget is printed as ✗ and the
// exit code stays 0; only a crash exits 1. See bench/README.md for what is measured; the parts
// live in scripts/bench/.
//
//   npm run bench                        the whole set once (about 17 minutes)
//   BENCH_QUICK=1 npm run bench          fewer loads and repetitions, 1-minute soak, no Lighthouse
//   BENCH_REPEAT=5 npm run bench         the whole set 5 times: per budget the median and min–max
//
// Env: BENCH_RUNS (cold loads per page and CPU rate, default 11, quick 5), BENCH_REPS (repetitions
// per interaction, default 12, quick 6), BENCH_SOAK_MINUTES (default 10, quick 1), BENCH_REPEAT
// (default 1), BENCH_QUICK=1, BENCH_LIGHTHOUSE=0 (skip Lighthouse), BENCH_PORT (first of four
// ports, default 4191), CHROME_PATH (default /usr/bin/chromium), BENCH_ONLY (some of cold,
// interactions, soak, lighthouse, comma-separated: only those parts run, and are built for; default
// all), e.g. BENCH_ONLY=interactions,soak npm run bench.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS } from './chromium.mjs';
import { buildAll } from './bench/build.mjs';
import { measureColdLoads } from './bench/cold-loads.mjs';
import {
  BENCH_IMAGES,
  BUDGET_CPU,
  CHROME_PATH,
  CPU_RATES,
  LIGHTHOUSE,
  ONLY,
  OUT,
  PORT,
  REPEAT,
  REPS,
  RESULTS,
  ROOT,
  RUNS,
  SOAK_MINUTES,
  log,
} from './bench/config.mjs';
import { measureInteractions } from './bench/interactions.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { runDetails, summarize, writeResults } from './bench/results.mjs';
import { serve, stopServers } from './bench/servers.mjs';
import { soak } from './bench/soak.mjs';
import { printTable } from './bench/table.mjs';

/** One run of the whole set, in its own browser. */
async function runOnce(urls, dirs) {
  const loadBefore = os.loadavg();
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  let measured;
  let chromiumVersion;
  try {
    chromiumVersion = `Chromium ${browser.version()}`;
    measured = { cold: null, interactions: null, soak: null, lighthouse: null };
    if (ONLY.has('cold')) {
      log(`${chromiumVersion}; ${RUNS} cold loads per page and CPU rate (${CPU_RATES.join('x, ')}x)`);
      measured.cold = await measureColdLoads(browser, urls, dirs);
    }
    if (ONLY.has('interactions')) {
      log(`interactions on ${BENCH_IMAGES} custom images (CPU ${BUDGET_CPU}x), ${REPS} repetitions each`);
      measured.interactions = await measureInteractions(browser, urls.console5k);
    }
    if (ONLY.has('soak')) {
      log(`soak: ${SOAK_MINUTES} min of scripted use (CPU 1x)`);
      measured.soak = await soak(browser, urls.console);
    }
  } finally {
    await browser.close();
  }
  if (LIGHTHOUSE) {
    log('Lighthouse (mobile preset) on /images...');
    measured.lighthouse = await runLighthouse(`${urls.console}/images`);
  }
  return { details: runDetails(measured, loadBefore), chromiumVersion };
}

async function main() {
  if (!fs.existsSync(CHROME_PATH)) throw new Error(`Chromium not found at ${CHROME_PATH} (set CHROME_PATH)`);
  if (ONLY.has('cold') && RUNS < 5)
    log(`warning: BENCH_RUNS=${RUNS}; the issue asks for at least 5 cold loads per page`);
  const started = Date.now();
  if (ONLY.size < 4) log(`only ${[...ONLY].join(', ')} (BENCH_ONLY)`);
  // What each part loads: cold loads all four builds, the interactions the 5k console, the soak and Lighthouse the console.
  const builds = new Set();
  if (ONLY.has('cold')) for (const b of ['console', 'vite', 'same']) builds.add(b);
  if (ONLY.has('interactions')) builds.add('console5k');
  if (ONLY.has('soak') || LIGHTHOUSE) builds.add('console');
  buildAll(builds);

  const dirs = {
    console: path.join(OUT, 'console'),
    console5k: path.join(OUT, 'console-5k'),
    vite: path.join(OUT, 'baseline-vite'),
    same: path.join(OUT, 'baseline'),
  };
  // Each build that was made, on its own port (PORT + 0..3, as before).
  const ports = { console: PORT, console5k: PORT + 1, vite: PORT + 2, same: PORT + 3 };
  const served = await Promise.all([...builds].map(async (b) => [b, await serve(dirs[b], ports[b])]));
  const urls = Object.fromEntries(served);
  for (const b of ['vite', 'same']) if (urls[b]) urls[b] += '/';

  const runs = [];
  let chromiumVersion;
  for (let i = 1; i <= REPEAT; i++) {
    if (REPEAT > 1) log(`run ${i} of ${REPEAT}`);
    const run = await runOnce(urls, dirs);
    runs.push(run.details);
    chromiumVersion = run.chromiumVersion;
    // Written after every run, so that a long BENCH_REPEAT leaves its figures so far if stopped.
    writeResults(summarize(runs, chromiumVersion));
  }
  await stopServers();

  const result = summarize(runs, chromiumVersion);
  writeResults(result);
  console.log('');
  printTable(result);
  log(
    `figures written to ${path.relative(ROOT, RESULTS)}${LIGHTHOUSE ? '; Lighthouse report in dist-bench/lighthouse-report.json' : ''}; ${((Date.now() - started) / 60_000).toFixed(1)} min in all`,
  );
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void stopServers().finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (error) {
  console.error('bench: failed:', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
} finally {
  await stopServers();
}
