// Cold loads of /images and of the two blank pages, interleaved, at each CPU rate, each followed at
// the budgets' rate by a warm start in the same context (bench/README.md, "First row" and "Warm
// start"), the console once per language; and what a cold load of each transfers ("JS+CSS gzip").
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { BASELINE_SELECTORS, BUDGET_CPU, CONSOLE_SELECTORS, CPU_RATES, LANGUAGES, RUNS, log } from './config.mjs';
import { activeWorker, loadBreakdown, observeFirst, whenVisible } from './in-page.mjs';
import { evaluateWhenThere, launchPipeBrowser } from './pipe-browser.mjs';
import { median, medianFields, round } from './stats.mjs';

/** Waits for a page-side promise, with a timeout (page.evaluate has none of its own). */
export function pageWait(page, fn, ms, what, arg) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not seen within ${ms / 1000} s`)), ms);
  });
  return Promise.race([page.evaluate(fn, arg), timeout]).finally(() => clearTimeout(timer));
}

/** Playwright's default viewport, which every other part of the bench uses. */
const VIEWPORT = { width: 1280, height: 720 };

/**
 * One timed visit of `url` in a new page of browser context `contextId` of the pipe browser
 * (pipe-browser.mjs), CPU throttled before navigation, the language `locale` asked for as
 * Playwright's `locale` asks for it. Returns the page's target, ms from navigation start to
 * `selectors.first` painted, the load's breakdown and the main thread's busy time.
 */
export async function visit(browser, contextId, url, selectors, rate, locale) {
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank', browserContextId: contextId });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  const send = (method, params) => browser.send(method, params, sessionId);
  await send('Emulation.setDeviceMetricsOverride', { ...VIEWPORT, deviceScaleFactor: 1, mobile: false });
  await send('Emulation.setUserAgentOverride', { userAgent: browser.userAgent, acceptLanguage: locale });
  await send('Emulation.setLocaleOverride', { locale });
  await send('Emulation.setCPUThrottlingRate', { rate });
  await send('Performance.enable');
  await send('Page.enable'); // (the script below is not injected without it)
  await send('Page.addScriptToEvaluateOnNewDocument', { source: `(${observeFirst})(${JSON.stringify(selectors)})` });
  const { errorText } = await send('Page.navigate', { url });
  if (errorText) throw new Error(`${url}: ${errorText}`);
  const what = `${Object.values(selectors).join(', ')} on ${url}`;
  await evaluateWhenThere(browser, sessionId, 'window.__benchReady', 60_000, what);
  // The clock stopped once the element was painted; check that it is indeed visible, waiting for it
  // as Playwright did.
  await evaluateWhenThere(
    browser,
    sessionId,
    `(${whenVisible})(${JSON.stringify(selectors.first)})`,
    10_000,
    `${what} visible`,
  );
  const { metrics } = await send('Performance.getMetrics');
  const metric = (name) => round((metrics.find((m) => m.name === name)?.value ?? NaN) * 1000, 0);
  const breakdown = await evaluateWhenThere(browser, sessionId, `(${loadBreakdown})()`, 10_000, what);
  return {
    targetId,
    sessionId,
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
 * Once a first visit has shown its element: its service worker active (activeWorker), and then no
 * request finished for half a second (the page's resource timing entries; what the worker itself
 * fetches is not among them).
 */
async function settle(browser, sessionId, expectWorker) {
  await evaluateWhenThere(browser, sessionId, `(${activeWorker})(${expectWorker})`, 30_000, 'the service worker');
  let count = -1;
  for (let quiet = 0; quiet < 5;) {
    const now = await evaluateWhenThere(
      browser,
      sessionId,
      "performance.getEntriesByType('resource').length",
      5_000,
      'requests',
    );
    quiet = now === count ? quiet + 1 : 0;
    count = now;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * One cold load in a fresh browser context (fresh profile: no service worker, no HTTP cache) of the
 * pipe browser, and when asked a warm start: once the first page has settled, a second visit in a
 * new page of the same context, measured the same way (the service worker controls it from its
 * start, the HTTP cache is warm).
 */
export async function coldLoad(browser, url, selectors, rate, { warm = false, locale = LANGUAGES[0] } = {}) {
  const { browserContextId } = await browser.send('Target.createBrowserContext');
  try {
    const cold = await visit(browser, browserContextId, url, selectors, rate, locale);
    let second = null;
    if (warm) {
      await settle(browser, cold.sessionId, selectors === CONSOLE_SELECTORS);
      await browser.send('Target.closeTarget', { targetId: cold.targetId });
      const again = await visit(browser, browserContextId, url, selectors, rate, locale);
      second = { ms: again.ms, breakdown: again.breakdown, busy: again.busy };
    }
    return { ms: cold.ms, breakdown: cold.breakdown, busy: cold.busy, warm: second };
  } finally {
    await browser.send('Target.disposeBrowserContext', { browserContextId });
  }
}

/**
 * What a cold load fetches (untimed, so through Playwright, whose context sees the service worker's
 * requests too): the same-origin scripts, stylesheets and workers, until the network is idle and
 * the page's service worker, if any, is active (its own script is fetched by the browser, not the
 * page: ask for it).
 */
async function fetchedBy(browser, url, selectors, locale) {
  const context = await browser.newContext({ locale });
  try {
    const fetched = new Set();
    context.on('response', (response) => {
      const type = response.request().resourceType();
      const u = new URL(response.url());
      if (u.origin !== new URL(url).origin) return;
      if (['script', 'stylesheet'].includes(type) || /\.(m?js|css)$/.test(u.pathname)) fetched.add(u.pathname);
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(selectors.first).first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    const sw = await pageWait(
      page,
      activeWorker,
      30_000,
      `the service worker of ${url}`,
      selectors === CONSOLE_SELECTORS,
    );
    if (sw) fetched.add(new URL(sw).pathname);
    return [...fetched];
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
export async function measureColdLoads(playwrightBrowser, urls, dirs) {
  const browser = await launchPipeBrowser();
  try {
    return await timeAndWeigh(browser, playwrightBrowser, urls, dirs);
  } finally {
    await browser.close();
  }
}

async function timeAndWeigh(browser, playwrightBrowser, urls, dirs) {
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
    transfer[locale] = transferred(
      dirs.console,
      await fetchedBy(playwrightBrowser, consoleUrl, CONSOLE_SELECTORS, locale),
    );
  }
  for (const [key, url] of blanks) {
    transfer[key] = transferred(dirs[key], await fetchedBy(playwrightBrowser, url, BASELINE_SELECTORS, LANGUAGES[0]));
  }
  return { samples, transfer };
}
