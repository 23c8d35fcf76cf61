// Interactions at CPU 4x on the 5,000-image build (bench/README.md, "Interactions"): each clock runs
// in the page (in-page.mjs), from the input event to the next paint showing its result.
import { BENCH_IMAGES, BUDGET_CPU, CONSOLE_SELECTORS, REPS, log } from './config.mjs';
import { pageWait } from './cold-loads.mjs';
import { interactionHelpers, observeFirst } from './in-page.mjs';
import { medianFields } from './stats.mjs';

/** Arms the page-side clock, runs the action from Playwright; resolves to { ms, domMs, t0, t1, t2 } (page clock). */
async function timed(page, kind, args, trigger, action) {
  await page.evaluate(([k, a, t]) => window.__benchArm(k, a, t), [kind, args, trigger]);
  await action();
  return page.evaluate(() => window.__benchDone);
}

/** The dialogs opened from a row's "More actions" menu: the item, and the dialog's name. */
const ROW_DIALOGS = [
  ['share', 'Share', 'Share image'],
  ['copy', 'Copy', 'Copy image'],
  ['edit', 'Edit', 'Edit image'],
  ['delete', 'Delete', 'Delete image'],
];
/** The dialogs opened from the custom tab's toolbar (in Shanghai: Guangzhou's 5,000 images fill its quota). */
const TOOLBAR_DIALOGS = [
  ['createImage', 'Create custom image', 'Create custom image'],
  ['import', 'Import image', 'Import image'],
];

/**
 * Every interaction REPS times (the ones whose first time loads a chunk once more, that first
 * apart): `samples[name]` is a list of { ms, domMs }, `firsts[name]` the first time's.
 */
export async function measureInteractions(browser, baseUrl) {
  const context = await browser.newContext();
  const samples = {};
  const firsts = {};
  const keep = (name, t, first = false) => {
    const sample = { ms: t.ms, domMs: t.domMs };
    if (first) firsts[name] = sample;
    else (samples[name] ??= []).push(sample);
  };
  try {
    await context.addInitScript(observeFirst, CONSOLE_SELECTORS);
    await context.addInitScript(interactionHelpers);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: BUDGET_CPU });
    const panel = page.locator('#images-panel');
    const rows = panel.locator('tbody th[scope="row"]');
    // A locator: page.waitForSelector's element handles, never disposed, would keep every replaced panel alive.
    const idle = () => page.locator('#images-panel[aria-busy="false"] table').waitFor({ timeout: 30_000 });
    const settle = async () => {
      await idle();
      await page.waitForTimeout(150); // let effects, prefetches and GC finish between repetitions
    };
    const rowTexts = () => page.evaluate(() => window.__benchRowTexts());
    const open = async (path) => {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit' });
      const found = await pageWait(page, () => window.__benchReady, 60_000, `${path} at 5k`);
      await settle();
      return found;
    };

    const { paint: firstRowMs } = await open('/images?tab=custom');
    // "Page 1 of 251 · 5,008 images": the bench world plus the demo seed's own custom images.
    const summary = page.locator('.pager [aria-live]');
    const total = await summary.textContent();
    const totalCount = Number(/([\d,]+) images?/.exec(total ?? '')?.[1]?.replaceAll(',', '') ?? 0);
    if (totalCount < BENCH_IMAGES)
      throw new Error(`the custom tab shows ${totalCount} images, not ${BENCH_IMAGES}+: "${total}"`);

    // JS heap once the list is shown: as found, and after a forced GC (less noisy).
    const heap = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfterGc = await cdp.send('Runtime.getHeapUsage');

    // Tab switch with cached data: visit Public once (its first fetch is not measured), then
    // alternate. The clock stops when the other tab's rows show.
    const switchTo = async (key, label, count = true) => {
      const before = await rowTexts();
      const t = await timed(page, 'tab', { tab: key, before }, { type: 'click' }, () =>
        page.getByRole('tab', { name: label }).click(),
      );
      if (count) keep('tabSwitch', t);
      await settle();
    };
    await switchTo('public', 'Public images', false);
    await switchTo('custom', 'Custom images', false);
    for (let i = 0; i < REPS; i++) {
      await switchTo('public', 'Public images');
      await switchTo('custom', 'Custom images');
    }

    // A dialog: the clock runs from the click that opens it to its painted frame; Escape closes it.
    const dialog = async (name, title, click, first) => {
      const t = await timed(page, 'dialog', { name: title }, { type: 'click' }, click);
      keep(name, t, first);
      await page.keyboard.press('Escape');
      await page.waitForSelector('dialog[open]', { state: 'detached', timeout: 15_000 });
      await settle();
    };
    // From the first row's "More actions" menu (opened first, not timed).
    for (const [name, item, title] of ROW_DIALOGS) {
      for (let i = 0; i <= REPS; i++) {
        const row = panel.locator('tbody tr').first();
        await row.getByRole('button', { name: 'More actions', exact: true }).click();
        const menuItem = row.getByRole('menu').getByRole('menuitem', { name: item, exact: true });
        await menuItem.waitFor({ timeout: 15_000 });
        await dialog(name, title, () => menuItem.click(), i === 0);
      }
    }

    // Paging: "Next page", each page new to the query cache (so it comes from the backend).
    for (let i = 0; i < REPS; i++) {
      const before = await rowTexts();
      const now = (await summary.textContent()) ?? '';
      const next = now.replace(/\d+/, (n) => String(Number(n) + 1));
      const t = await timed(page, 'page', { summary: next, before }, { type: 'click' }, () =>
        page.getByRole('button', { name: 'Next page' }).click(),
      );
      keep('paging', t);
      await settle();
    }

    // Search: each repetition first fills the box with a new keyword "0XY" (XY = 10, 11, ...;
    // not timed) and waits, then types one digit. The keyword "0XYd" was never searched before
    // (a repeated one would come from the query cache, not from the backend), it matches bench
    // images (bench-…-0XYd…), and its first row (00XYd) differs from the one of "0XY" (000XY).
    // The clock starts at that digit's keydown and stops when every row contains "0XYd", painted.
    // Two warm-ups are not counted. Resource timing splits each one: keydown → request sent →
    // response received → rows in the DOM.
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
        keep('search', t);
        if (phases) searchPhases.push(phases);
      }
      await settle();
    }
    const searchRowsShown = await rows.count();

    // The wizard from an image, reached client-side from a row's "Launch instance" link: it lands
    // past the picker, on the settings step (issue 15); the browser's Back returns. The first
    // visit also loads the wizard's route chunk (reported apart).
    for (let i = 0; i <= REPS; i++) {
      const link = panel.locator('tbody tr').first().getByRole('link', { name: 'Launch instance' });
      keep('wizardFromImage', await timed(page, 'wizard', {}, { type: 'click' }, () => link.click()), i === 0);
      if (!page.url().includes('/instances/create')) throw new Error(`the wizard is not shown: ${page.url()}`);
      await page.waitForTimeout(150);
      await page.goBack();
      await rows.first().waitFor({ timeout: 15_000 });
      await settle();
    }

    // The wizard's steps: "Next: Review" and "Back" in turn, from the settings step it lands on.
    await panel.locator('tbody tr').first().getByRole('link', { name: 'Launch instance' }).click();
    await page.locator('.wizard h2', { hasText: 'Storage and settings' }).waitFor({ timeout: 15_000 });
    for (let i = 0; i <= REPS; i++) {
      const next = await timed(page, 'wizardStep', { step: 'Review' }, { type: 'click' }, () =>
        page.getByRole('button', { name: 'Next: Review' }).click(),
      );
      keep('wizardStep', next, i === 0);
      await page.waitForTimeout(150);
      const back = await timed(page, 'wizardStep', { step: 'Storage and settings' }, { type: 'click' }, () =>
        page.getByRole('button', { name: 'Back', exact: true }).click(),
      );
      keep('wizardStep', back);
      await page.waitForTimeout(150);
    }

    // The Region selector, on the custom tab, Guangzhou ↔ Shanghai; the first visit to Shanghai
    // (its first fetch) apart, then both cached.
    await open('/images?tab=custom');
    const region = page.getByLabel('Region');
    const switchRegion = async (to, first = false) => {
      const before = await rowTexts();
      const lead = await page.evaluate(() => window.__benchText('.page-title .lead'));
      const t = await timed(page, 'region', { before, lead }, { type: 'input' }, () => region.selectOption(to));
      keep('region', t, first);
      await settle();
    };
    await switchRegion('ap-shanghai', true);
    for (let i = 0; i < REPS; i++) {
      await switchRegion('ap-guangzhou');
      await switchRegion('ap-shanghai');
    }

    // The toolbar's dialogs, in Shanghai.
    for (const [name, button, title] of TOOLBAR_DIALOGS)
      for (let i = 0; i <= REPS; i++)
        await dialog(name, title, () => page.getByRole('button', { name: button, exact: true }).click(), i === 0);

    // The Language selector: English ↔ 简体中文; the first switch to Chinese loads its messages (apart).
    const language = page.getByLabel(/^(Language|语言)$/);
    const switchLanguage = async (value, lang, first = false) => {
      const tabBefore = await page.evaluate(() => window.__benchText('#images-tab-custom'));
      const t = await timed(page, 'language', { lang, tabBefore }, { type: 'input' }, () =>
        language.selectOption(value),
      );
      keep('language', t, first);
      await settle();
    };
    await switchLanguage('zh-CN', 'zh-CN', true);
    for (let i = 0; i < REPS; i++) {
      await switchLanguage('en', 'en');
      await switchLanguage('zh-CN', 'zh-CN');
    }

    return {
      cpuRate: BUDGET_CPU,
      firstRowMs,
      listTotal: total,
      heapMB: heap.usedSize / 1e6,
      heapAfterGcMB: heapAfterGc.usedSize / 1e6,
      searchPhases: searchPhases.length ? medianFields(searchPhases) : null,
      searchRowsShown,
      samples,
      firsts,
    };
  } finally {
    await context.close();
  }
}
