// The benchmark's settings (environment variables, see scripts/bench.mjs), paths, budgets and the
// selectors its clocks stop at.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromePath } from '../chromium.mjs';
import { positiveInt } from '../env.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT = path.join(ROOT, 'dist-bench');
export const RESULTS = path.join(ROOT, 'bench', 'results', 'latest.json');
export const CHROME_PATH = chromePath();
export const RUNS = positiveInt('BENCH_RUNS', 11);
export const REPS = positiveInt('BENCH_REPS', 12);
export const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
export const PORT = positiveInt('BENCH_PORT', 4191);
export const BENCH_IMAGES = 5000;
export const CPU_RATES = [1, 4];
/**
 * The console's languages, each loaded cold as a browser asking for it would (Playwright's locale:
 * navigator.languages): the first is the main figure, every one is held to the same budgets.
 */
export const LANGUAGES = ['en-US', 'zh-CN'];

export const FIRST_ROW = '#images-panel tbody th[scope="row"]';
export const CONSOLE_SELECTORS = { first: FIRST_ROW, shell: '.app-header' };
export const BASELINE_SELECTORS = { first: 'h1' };

export const BUDGETS = {
  firstRowRatioCpu4: 2.0, // at most, x the baseline
  jsCssGzipKB: 300, // at most, kB (1 kB = 1000 bytes, as Vite prints sizes)
  searchKeystrokeMs: 50, // at most, median
  tabSwitchMs: 100, // at most, median
  lighthouse: { performance: 95, accessibility: 100, bestPractices: 100 }, // at least
};

export const log = (...args) => console.log('bench:', ...args);
