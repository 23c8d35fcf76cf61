// Cold loads of /images and of the two blank pages, interleaved, at each CPU rate, each followed at
// the budgets' rate by a warm start in the same context (bench/README.md, "First row" and "Warm
// start"), the console once per language; and what a cold load of each transfers ("JS+CSS gzip").
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { BASELINE_SELECTORS, BUDGET_CPU, CONSOLE_SELECTORS, CPU_RATES, LANGUAGES, RUNS, log } from './config.mjs';
import { loadBreakdown, observeFirst } from './in-page.mjs';
import { median, medianFields, round } from './stats.mjs';

/** Waits for a page-side promise, with a timeout (page.evaluate has none of its own). */
export function pageWait(page, fn, ms, what, arg) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not seen within ${ms / 1000} s`)), ms);
  });
  return Promise.race([page.evaluate(fn, arg), timeout]).finally(() => clearTimeout(timer));
}

/** One visit of `url` in a new page of `context`, CPU throttled before navigation; see coldLoad. */
async function visit(context, url, selectors, rate) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'commit' });
  await pageWait(page, () => window.__benchReady, 60_000, `${Object.values(selectors).join(', ')} on ${url}`);
  // The clock stopped once the element was painted; check that it is indeed visible.
  await page.locator(selectors.first).first().waitFor({ state: 'visible', timeout: 10_000 });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => round((metrics.find((m) => m.name === name)?.value ?? NaN) * 1000, 0);
  const breakdown = await page.evaluate(loadBreakdown);
  return {
    page,
    ms: breakdown.paint,
    breakdown,
    // Main-thread time of the page's renderer up to that point (all of it, not only the page's JS).
    busy: {
      taskMs: metric('TaskDuration'),
      scriptMs: metric('ScriptDuration'),
      layoutMs: metric('LayoutDuration'),
      styleMs: metric('RecalcStyleDuration'),
    },
  };
}

/**
 * One cold load in a fresh context (fresh profile: no service worker, no HTTP cache). Returns ms
 * from navigation start to `selectors.first` painted, a breakdown, the main thread's busy time,
 * and, when asked, the same-origin scripts, stylesheets and workers it fetched, and a warm start:
 * once the first page has settled (network idle, its service worker if any active), a second
 * visit in a new page of the same context, measured the same way.
 */
async function coldLoad(browser, url, selectors, rate, { collect = false, warm = false, locale = LANGUAGES[0] } = {}) {
  const context = await browser.newContext({ locale });
  try {
    await context.addInitScript(observeFirst, selectors);
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
    const cold = await visit(context, url, selectors, rate);
    const { page } = cold;
    if (collect || warm) {
      // Lazy chunks that the first screen asks for right after the row appears count too, and a
      // warm start has them in the cache.
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
      // The service worker's own script is fetched by the browser, not the page: ask for it; and
      // let it finish installing before the second visit. The console registers its worker only
      // once its first rows are shown and the page is idle, which at CPU 4x can come after the
      // network is idle: wait for it (navigator.serviceWorker.ready), or a warm visit would often
      // find no worker to control it, and the bytes would miss the worker's script.
      const sw = await pageWait(
        page,
        async (expected) => {
          if (!expected && !(await navigator.serviceWorker?.getRegistration())) return null;
          return (await navigator.serviceWorker.ready).active?.scriptURL ?? null;
        },
        30_000,
        `the service worker of ${url}`,
        selectors === CONSOLE_SELECTORS,
      );
      if (sw) fetched.add(new URL(sw).pathname);
    }
    let second = null;
    if (warm) {
      await page.close();
      const again = await visit(context, url, selectors, rate);
      second = { ms: again.ms, breakdown: again.breakdown, busy: again.busy };
    }
    return { ms: cold.ms, breakdown: cold.breakdown, busy: cold.busy, fetched: [...fetched], warm: second };
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

/** The samples of one page's loads at one CPU rate: cold, and warm where measured. */
function loadSamples(loads) {
  const warm = loads.map((l) => l.warm).filter(Boolean);
  return {
    ms: loads.map((l) => round(l.ms)),
    breakdown: medianFields(loads.map((l) => l.breakdown)),
    busy: medianFields(loads.map((l) => l.busy)),
    ...(warm.length && {
      warmMs: warm.map((l) => round(l.ms)),
      warmBreakdown: medianFields(warm.map((l) => l.breakdown)),
      // The share of warm visits a service worker controlled from their start (the median of the
      // 0s and 1s would say only which was the more common).
      warmControlled: warm.filter((l) => l.breakdown.swControlled).length / warm.length,
    }),
  };
}

/**
 * `samples.cpuN` holds, per page ('vite' and 'same', the two blank pages, and each language),
 * `{ ms, breakdown, busy }`, plus `warmMs` and `warmBreakdown` at the budgets' rate.
 */
export async function measureColdLoads(browser, urls, dirs) {
  const samples = {};
  const consoleUrl = `${urls.console}/images`;
  const blanks = [
    ['vite', urls.vite],
    ['same', urls.same],
  ];
  // One discarded load each first: the first launch warms the OS file cache and Chromium itself.
  for (const [, url] of blanks) await coldLoad(browser, url, BASELINE_SELECTORS, 1);
  for (const locale of LANGUAGES) await coldLoad(browser, consoleUrl, CONSOLE_SELECTORS, 1, { locale });
  for (const rate of CPU_RATES) {
    const warm = rate === BUDGET_CPU;
    const loads = Object.fromEntries([...blanks.map(([key]) => key), ...LANGUAGES].map((key) => [key, []]));
    // Interleaved, so that a burst of load on the machine hits every page alike; the pages take
    // turns in coming first (the load right after a blank page was seen to run slower).
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 ? [...blanks].reverse() : blanks;
      for (const [key, url] of order) loads[key].push(await coldLoad(browser, url, BASELINE_SELECTORS, rate, { warm }));
      for (const locale of i % 2 ? [...LANGUAGES].reverse() : LANGUAGES)
        loads[locale].push(await coldLoad(browser, consoleUrl, CONSOLE_SELECTORS, rate, { locale, warm }));
    }
    samples[`cpu${rate}`] = Object.fromEntries(Object.entries(loads).map(([key, l]) => [key, loadSamples(l)]));
    const s = samples[`cpu${rate}`];
    log(
      `cold loads at CPU ${rate}x (medians of ${RUNS}): ${Object.entries(s)
        .map(
          ([key, l]) =>
            `${key} ${median(l.ms).toFixed(0)} ms${l.warmMs ? ` (warm ${median(l.warmMs).toFixed(0)} ms)` : ''}`,
        )
        .join(', ')}`,
    );
  }
  // Transfer: one more cold load each, collecting what was fetched.
  const transfer = {};
  for (const locale of LANGUAGES) {
    const load = await coldLoad(browser, consoleUrl, CONSOLE_SELECTORS, 1, { collect: true, locale });
    transfer[locale] = transferred(dirs.console, load.fetched);
  }
  for (const [key, url] of blanks) {
    const load = await coldLoad(browser, url, BASELINE_SELECTORS, 1, { collect: true });
    transfer[key] = transferred(dirs[key], load.fetched);
  }
  return { samples, transfer };
}
