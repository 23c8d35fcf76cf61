// Interaction at scale: the 5,000-image build, /images?tab=custom, CPU 1x (bench/README.md,
// "Interaction at scale"). Each clock runs in the page (in-page.mjs).
import { BENCH_IMAGES, CONSOLE_SELECTORS, REPS, log } from './config.mjs';
import { pageWait } from './cold-loads.mjs';
import { interactionHelpers, observeFirst } from './in-page.mjs';
import { medianFields } from './stats.mjs';

/** Arms the page-side clock, runs the action from Playwright; resolves to { ms, t0, t1 } (page clock). */
async function timed(page, kind, args, trigger, action) {
  await page.evaluate(([k, a, t]) => window.__benchArm(k, a, t), [kind, args, trigger]);
  await action();
  return page.evaluate(() => window.__benchDone);
}

export async function measureInteractions(browser, baseUrl) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(observeFirst, CONSOLE_SELECTORS);
    await context.addInitScript(interactionHelpers);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const panel = page.locator('#images-panel');
    const rows = panel.locator('tbody th[scope="row"]');
    const idle = () => page.waitForSelector('#images-panel[aria-busy="false"] table', { timeout: 15_000 });
    const settle = async () => {
      await idle();
      await page.waitForTimeout(150); // let effects, prefetches and GC finish between repetitions
    };

    await page.goto(`${baseUrl}/images?tab=custom`, { waitUntil: 'commit' });
    const { first: firstRowMs } = await pageWait(page, () => window.__benchReady, 60_000, 'the custom tab at 5k');
    await settle();
    // "Page 1 of 251 · 5,008 images": the bench world plus the demo seed's own custom images.
    const total = await page.locator('.pager [aria-live]').textContent();
    const totalCount = Number(/([\d,]+) images?/.exec(total ?? '')?.[1]?.replaceAll(',', '') ?? 0);
    if (totalCount < BENCH_IMAGES)
      throw new Error(`the custom tab shows ${totalCount} images, not ${BENCH_IMAGES}+: "${total}"`);

    // JS heap once the list is shown: as found, and after a forced GC (less noisy).
    const heap = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfterGc = await cdp.send('Runtime.getHeapUsage');

    // Tab switch with cached data: visit Public once (its first fetch is not measured), then
    // alternate. The clock starts at the click event and stops when the other tab's rows show.
    const tabSamples = { public: [], custom: [] };
    const switchTo = async (key, label) => {
      const before = await page.evaluate(() => window.__benchRowTexts());
      const { ms } = await timed(page, 'tab', { tab: key, before }, { type: 'click' }, () =>
        page.getByRole('tab', { name: label }).click(),
      );
      await settle();
      return ms;
    };
    await switchTo('public', 'Public images');
    await switchTo('custom', 'Custom images');
    for (let i = 0; i < REPS; i++) {
      tabSamples.public.push(await switchTo('public', 'Public images'));
      tabSamples.custom.push(await switchTo('custom', 'Custom images'));
    }
    const tabSwitch = [...tabSamples.public, ...tabSamples.custom];

    // Share dialog, from the row's "More actions" menu (opened first, not timed): the clock runs from
    // the click on "Share". The first open also loads the dialogs' chunk (reported apart).
    const share = [];
    for (let i = 0; i <= REPS; i++) {
      const row = panel.locator('tbody tr').first();
      await row.getByRole('button', { name: 'More actions', exact: true }).click();
      const item = row.getByRole('menu').getByRole('menuitem', { name: 'Share', exact: true });
      await item.waitFor({ timeout: 15_000 });
      const { ms } = await timed(page, 'dialog', { name: 'Share image' }, { type: 'click' }, () => item.click());
      share.push(ms);
      await page.keyboard.press('Escape');
      await page.waitForSelector('dialog[open]', { state: 'detached', timeout: 15_000 });
      await settle();
    }

    // The wizard from an image, reached client-side from a row's "Launch instance" link: it lands
    // past the picker, on the settings step (issue 15); Back returns. The first visit also loads the
    // wizard's route chunk (reported apart).
    const wizard = [];
    for (let i = 0; i <= REPS; i++) {
      const link = panel.locator('tbody tr').first().getByRole('link', { name: 'Launch instance' });
      const { ms } = await timed(page, 'wizard', {}, { type: 'click' }, () => link.click());
      wizard.push(ms);
      if (!page.url().includes('/instances/create')) throw new Error(`the wizard is not shown: ${page.url()}`);
      await page.waitForTimeout(150);
      await page.goBack();
      await rows.first().waitFor({ timeout: 15_000 });
      await settle();
    }

    // Search: each repetition first fills the box with a new keyword "0XY" (XY = 10, 11, ...;
    // not timed) and waits, then types one digit. The keyword "0XYd" was never searched before
    // (a repeated one would come from the query cache, not from the backend), it matches bench
    // images (bench-…-0XYd…), and its first row (00XYd) differs from the one of "0XY" (000XY).
    // The clock starts at that digit's keydown and stops when every row contains "0XYd".
    // Two warm-ups are not counted. Resource timing splits each one: keydown → request sent →
    // response received → rows in the DOM.
    const search = [];
    const searchPhases = [];
    const box = page.getByRole('searchbox', { name: 'Search images' });
    if (REPS + 2 > 40) log('warning: more than 40 searches: keywords repeat, and repeats may come from the cache');
    for (let i = 0; i < REPS + 2; i++) {
      const prefix = `0${10 + (i % 40)}`;
      const key = String((i % 9) + 1);
      const query = prefix + key;
      await box.fill(prefix);
      await page.waitForFunction((p) => new URL(location.href).searchParams.get('q') === p, prefix);
      await settle();
      const before = await page.evaluate(() => {
        performance.clearResourceTimings();
        return window.__benchRowTexts();
      });
      const t = await timed(page, 'search', { query, before }, { type: 'keydown', key }, () =>
        page.keyboard.press(key),
      );
      const q = new URL(page.url()).searchParams.get('q');
      if (q !== query) throw new Error(`search: the URL has q=${q}, expected ${query}`);
      const phases = await page.evaluate(({ t0, t1 }) => {
        const api = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/') && e.startTime >= t0);
        const last = api.at(-1);
        return last
          ? {
              toRequestMs: last.startTime - t0,
              requestMs: last.responseEnd - last.startTime,
              toRowsMs: t1 - last.responseEnd,
              requests: api.length,
            }
          : null;
      }, t);
      if (i >= 2) {
        search.push(t.ms);
        if (phases) searchPhases.push(phases);
      }
      await settle();
    }
    const shown = await rows.count();

    return {
      firstRowMs,
      listTotal: total,
      heapMB: heap.usedSize / 1e6,
      heapAfterGcMB: heapAfterGc.usedSize / 1e6,
      searchPhases: searchPhases.length ? medianFields(searchPhases) : null,
      samples: { search, tabSwitch, tabToPublic: tabSamples.public, tabToCustom: tabSamples.custom, share, wizard },
      searchRowsShown: shown,
    };
  } finally {
    await context.close();
  }
}
