// The benchmark's settings (environment variables, see scripts/bench.mjs), paths, budgets and the
// selectors its clocks stop at.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromePath } from '../chromium.mjs';
import { positiveInt, positiveNumber } from '../env.mjs';

// (Not `new URL('../..', import.meta.url)`: under Vitest's jsdom, URL is jsdom's and resolves it to http:.)
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = path.join(ROOT, 'dist-bench');
export const RESULTS = path.join(ROOT, 'bench', 'results', 'latest.json');
export const CHROME_PATH = chromePath();
/** BENCH_QUICK=1: fewer loads and repetitions, a 1-minute soak, no Lighthouse, CPU 4x only; for iterating. */
export const QUICK = process.env.BENCH_QUICK === '1';
export const RUNS = positiveInt('BENCH_RUNS', QUICK ? 5 : 11);
export const REPS = positiveInt('BENCH_REPS', QUICK ? 6 : 12);
export const SOAK_MINUTES = positiveNumber('BENCH_SOAK_MINUTES', QUICK ? 1 : 10);
/** The whole set runs this many times (builds once); each budget is then judged on the median of the runs. */
export const REPEAT = positiveInt('BENCH_REPEAT', 1);
/** The bench's parts, in the order they run; BENCH_ONLY picks some of them (comma-separated), default all. */
export const PARTS = ['cold', 'interactions', 'soak', 'lighthouse'];
export function onlyParts(raw = process.env.BENCH_ONLY) {
  if (raw === undefined || raw.trim() === '') return new Set(PARTS);
  const asked = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const unknown = asked.filter((p) => !PARTS.includes(p));
  if (unknown.length || !asked.length)
    throw new Error(`BENCH_ONLY=${raw}: expected some of ${PARTS.join(', ')} (comma-separated)`);
  return new Set(asked);
}
export const ONLY = onlyParts();
export const LIGHTHOUSE = ONLY.has('lighthouse') && !QUICK && process.env.BENCH_LIGHTHOUSE !== '0';
export const PORT = positiveInt('BENCH_PORT', 4191);
export const BENCH_IMAGES = 5000;
/** The cold loads' CPU rates: the budgets are at 4x; 1x is reported beside them (not in quick mode). */
export const CPU_RATES = QUICK ? [4] : [1, 4];
/** Interactions and warm starts run at this rate (CDP Emulation.setCPUThrottlingRate), as issue 17 asks. */
export const BUDGET_CPU = 4;
/**
 * The console's languages, each loaded cold as a browser asking for it would (Playwright's locale:
 * navigator.languages): the first is the main figure, every one is held to the same budgets.
 */
export const LANGUAGES = ['en-US', 'zh-CN'];

export const FIRST_ROW = '#images-panel tbody th[scope="row"]';
export const CONSOLE_SELECTORS = { first: FIRST_ROW, shell: '.app-header' };
export const BASELINE_SELECTORS = { first: 'h1' };

/** Issue 17's budgets. */
export const BUDGETS = {
  firstRowRatio: 1.5, // at most, median, x the blank page built with Vite's defaults, CPU 4x
  firstRowRatioP90: 1.7, // at most, 90th percentile, same
  warmStartRatio: 1.2, // at most, median, x the blank page's own second visit, CPU 4x
  interactionP75Ms: 100, // at most, input to next paint, CPU 4x
  interactionMaxMs: 200, // at most, same
  jsCssGzipKB: 200, // at most, kB (1 kB = 1000 bytes, as Vite prints sizes)
  heapRatio: 1.5, // at most, heap after the soak / after the first page (both after a forced GC)
  heapGrowthPct: 5, // at most, % from the soak's next-to-last minute to its last
  lighthouse: { performance: 98, accessibility: 100, bestPractices: 100 }, // at least
};

export const log = (...args) => console.log('bench:', ...args);
