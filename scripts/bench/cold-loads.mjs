// Cold loads of /images and of the baseline, interleaved, at each CPU rate (bench/README.md, "First
// row"), the console once per language, and what a cold load of each transfers ("JS+CSS gzip").
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { BASELINE_SELECTORS, CONSOLE_SELECTORS, CPU_RATES, LANGUAGES, RUNS, log } from './config.mjs';
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
async function coldLoad(browser, url, selectors, rate, { collect = false, locale = LANGUAGES[0] } = {}) {
  const context = await browser.newContext({ locale });
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

/** The samples of one page's loads at one CPU rate. */
function loadSamples(loads) {
  return {
    ms: loads.map((l) => round(l.ms)),
    breakdown: medianFields(loads.map((l) => l.breakdown)),
    busy: medianFields(loads.map((l) => l.busy)),
  };
}

/**
 * The first language's figures keep their names (`samples.cpuN.console`, `transfer.console`); every
 * language's are also under `languages[locale]`, in the same shape.
 */
export async function measureColdLoads(browser, urls, dirs) {
  const samples = {};
  const languages = Object.fromEntries(LANGUAGES.map((locale) => [locale, { samples: {} }]));
  const consoleUrl = `${urls.console}/images`;
  // One discarded load each first: the first launch warms the OS file cache and Chromium itself.
  await coldLoad(browser, urls.baseline, BASELINE_SELECTORS, 1);
  for (const locale of LANGUAGES) await coldLoad(browser, consoleUrl, CONSOLE_SELECTORS, 1, { locale });
  for (const rate of CPU_RATES) {
    const loads = { baseline: [], ...Object.fromEntries(LANGUAGES.map((locale) => [locale, []])) };
    // Interleaved, so that a burst of load on the machine hits every page alike; the languages take
    // turns in coming first after the baseline (the load right after it was seen to run slower).
    for (let i = 0; i < RUNS; i++) {
      loads.baseline.push(await coldLoad(browser, urls.baseline, BASELINE_SELECTORS, rate));
      for (const locale of i % 2 ? [...LANGUAGES].reverse() : LANGUAGES)
        loads[locale].push(await coldLoad(browser, consoleUrl, CONSOLE_SELECTORS, rate, { locale }));
    }
    const baseline = loadSamples(loads.baseline);
    for (const locale of LANGUAGES) {
      const own = loadSamples(loads[locale]);
      languages[locale].samples[`cpu${rate}`] = {
        console: own.ms,
        baseline: baseline.ms,
        consoleBreakdown: own.breakdown,
        consoleBusy: own.busy,
        baselineBusy: baseline.busy,
      };
      log(
        `cold loads at CPU ${rate}x, ${locale}: console ${median(own.ms).toFixed(0)} ms, baseline ${median(baseline.ms).toFixed(0)} ms (medians of ${RUNS})`,
      );
    }
    samples[`cpu${rate}`] = languages[LANGUAGES[0]].samples[`cpu${rate}`];
  }
  // Transfer: one more cold load each, collecting what was fetched.
  for (const locale of LANGUAGES) {
    const load = await coldLoad(browser, consoleUrl, CONSOLE_SELECTORS, 1, { collect: true, locale });
    languages[locale].transfer = transferred(dirs.console, load.fetched);
  }
  const baselineLoad = await coldLoad(browser, urls.baseline, BASELINE_SELECTORS, 1, { collect: true });
  return {
    samples,
    languages,
    transfer: {
      console: languages[LANGUAGES[0]].transfer,
      baseline: transferred(dirs.baseline, baselineLoad.fetched),
    },
  };
}
