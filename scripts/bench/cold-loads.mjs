// Cold loads of /images and of the baseline, interleaved, at each CPU rate (bench/README.md, "First
// row"), and what a cold load of each transfers ("JS+CSS gzip").
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { BASELINE_SELECTORS, CONSOLE_SELECTORS, CPU_RATES, RUNS, log } from './config.mjs';
import { loadBreakdown, observeFirst } from './in-page.mjs';
import { median, medianFields, round } from './stats.mjs';

/** Waits for a page-side promise, with a timeout (page.evaluate has none of its own). */
export function pageWait(page, fn, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not seen within ${ms / 1000} s`)), ms);
  });
  return Promise.race([page.evaluate(fn), timeout]).finally(() => clearTimeout(timer));
}

/**
 * One cold load in a fresh context (fresh profile: no service worker, no HTTP cache), CPU
 * throttled before navigation. Returns ms from navigation start to `selectors.first` in the
 * DOM, a breakdown, the main thread's busy time, and, when asked, the same-origin scripts,
 * stylesheets and workers it fetched.
 */
async function coldLoad(browser, url, selectors, rate, { collect = false } = {}) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(observeFirst, selectors);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await cdp.send('Performance.enable');
    const fetched = new Set();
    if (collect) {
      // Context-level, so that requests made by the service worker are seen too.
      context.on('response', (response) => {
        const type = response.request().resourceType();
        const u = new URL(response.url());
        if (u.origin !== new URL(url).origin) return;
        if (['script', 'stylesheet'].includes(type) || /\.(m?js|css)$/.test(u.pathname)) fetched.add(u.pathname);
      });
    }
    await page.goto(url, { waitUntil: 'commit' });
    await pageWait(page, () => window.__benchReady, 60_000, `${Object.values(selectors).join(', ')} on ${url}`);
    // The clock stopped at DOM insertion; check that the element is indeed visible.
    await page.locator(selectors.first).first().waitFor({ state: 'visible', timeout: 10_000 });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => round((metrics.find((m) => m.name === name)?.value ?? NaN) * 1000, 0);
    const breakdown = await page.evaluate(loadBreakdown);
    if (collect) {
      // Lazy chunks that the first screen asks for right after the row appears count too.
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
      // The service worker's own script is fetched by the browser, not the page: ask for it.
      const sw = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker?.getRegistration();
        return (reg?.active ?? reg?.waiting ?? reg?.installing)?.scriptURL ?? null;
      });
      if (sw) fetched.add(new URL(sw).pathname);
    }
    return {
      ms: breakdown.first,
      breakdown,
      // Main-thread time of the page's renderer up to that point (all of it, not only the page's JS).
      busy: {
        taskMs: metric('TaskDuration'),
        scriptMs: metric('ScriptDuration'),
        layoutMs: metric('LayoutDuration'),
        styleMs: metric('RecalcStyleDuration'),
      },
      fetched: [...fetched],
    };
  } finally {
    await context.close();
  }
}

/** Gzip size (level 9, exactly what scripts/serve.mjs sends) of each fetched file in `dir`. */
function transferred(dir, pathnames) {
  const files = [];
  for (const p of pathnames) {
    const file = path.join(dir, decodeURIComponent(p));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) continue;
    const body = fs.readFileSync(file);
    files.push({ path: p, bytes: body.length, gzipBytes: zlib.gzipSync(body, { level: 9 }).length });
  }
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { files, gzipKB: files.reduce((s, f) => s + f.gzipBytes, 0) / 1000 };
}

export async function measureColdLoads(browser, urls, dirs) {
  const samples = {};
  const consoleUrl = `${urls.console}/images`;
  // One discarded pair first: the first launch warms the OS file cache and Chromium itself.
  await coldLoad(browser, urls.baseline, BASELINE_SELECTORS, 1);
  await coldLoad(browser, consoleUrl, CONSOLE_SELECTORS, 1);
  for (const rate of CPU_RATES) {
    const loads = { console: [], baseline: [] };
    // Interleaved, so that a burst of load on the machine hits both pages alike.
    for (let i = 0; i < RUNS; i++) {
      loads.baseline.push(await coldLoad(browser, urls.baseline, BASELINE_SELECTORS, rate));
      loads.console.push(await coldLoad(browser, consoleUrl, CONSOLE_SELECTORS, rate));
    }
    samples[`cpu${rate}`] = {
      console: loads.console.map((l) => round(l.ms)),
      baseline: loads.baseline.map((l) => round(l.ms)),
      consoleBreakdown: medianFields(loads.console.map((l) => l.breakdown)),
      consoleBusy: medianFields(loads.console.map((l) => l.busy)),
      baselineBusy: medianFields(loads.baseline.map((l) => l.busy)),
    };
    const s = samples[`cpu${rate}`];
    log(
      `cold loads at CPU ${rate}x: console ${median(s.console).toFixed(0)} ms, baseline ${median(s.baseline).toFixed(0)} ms (medians of ${RUNS})`,
    );
  }
  // Transfer: one more cold load each, collecting what was fetched.
  const consoleLoad = await coldLoad(browser, consoleUrl, CONSOLE_SELECTORS, 1, { collect: true });
  const baselineLoad = await coldLoad(browser, urls.baseline, BASELINE_SELECTORS, 1, { collect: true });
  return {
    samples,
    transfer: {
      console: transferred(dirs.console, consoleLoad.fetched),
      baseline: transferred(dirs.baseline, baselineLoad.fetched),
    },
  };
}
