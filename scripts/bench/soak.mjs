// Memory (bench/README.md, "Memory"): a scripted session of use on the console, in a loop, for
// BENCH_SOAK_MINUTES; the JS heap after a forced GC after the first page and after every loop.
import { CONSOLE_SELECTORS, SOAK_MINUTES, log } from './config.mjs';
import { pageWait } from './cold-loads.mjs';
import { observeFirst } from './in-page.mjs';
import { round } from './stats.mjs';

const WAIT = { timeout: 30_000 };

/** One loop of use, in English, from the custom tab in Guangzhou back to it. */
async function session(page) {
  const panel = page.locator('#images-panel');
  // A locator, not page.waitForSelector: that returns an element handle, which keeps the element
  // (and, through React's properties on it, its whole detached tree) alive until disposed; one per
  // wait made the soak's heap grow by the bench's own doing.
  const idle = () => page.locator('#images-panel[aria-busy="false"]').waitFor(WAIT);
  const row = (name) => panel.locator('tbody tr').filter({ has: page.getByRole('link', { name, exact: true }) });
  const rowAction = async (name, action) => {
    await row(name).getByRole('button', { name: 'More actions', exact: true }).click();
    await row(name).getByRole('menu').getByRole('menuitem', { name: action, exact: true }).click();
  };
  const dialog = (name) => page.getByRole('dialog', { name });
  const closeWithEscape = async (name) => {
    await dialog(name).waitFor(WAIT);
    await page.keyboard.press('Escape');
    await dialog(name).waitFor({ state: 'detached', ...WAIT });
  };
  const tab = async (name) => {
    await page.getByRole('tab', { name, exact: true }).click();
    await page.getByRole('tab', { name, exact: true, selected: true }).waitFor(WAIT);
    await idle();
  };

  // Back to the demo data as it started, so that what the loop adds (shares, copies, instances)
  // does not pile up: the heap is compared from one loop to the next.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('menuitem', { name: 'Reset demo data' }).click();
  await dialog('Reset demo data?').getByRole('button', { name: 'Reset demo data' }).click();
  await dialog('Reset demo data?').waitFor({ state: 'detached', ...WAIT });
  await idle();

  // Browse the tabs, and search.
  for (const name of ['Public images', 'Shared images', 'Marketplace images', 'Custom images']) await tab(name);
  const box = page.getByRole('searchbox', { name: 'Search images' });
  await box.fill('redis');
  await row('redis-cache-debian12').waitFor(WAIT);
  await box.fill('');
  await row('web-server-centos79').waitFor(WAIT);
  await idle();

  // Open and close the dialogs.
  for (const [action, name] of [
    ['Edit', 'Edit image'],
    ['Delete', 'Delete image'],
  ]) {
    await rowAction('redis-cache-debian12', action);
    await closeWithEscape(name);
  }
  for (const name of ['Create custom image', 'Import image']) {
    await page.getByRole('button', { name, exact: true }).click();
    await closeWithEscape(name);
  }

  // Share with another demo account, then copy to Shanghai.
  await rowAction('redis-cache-debian12', 'Share');
  const share = dialog('Share image');
  await share.getByLabel('Account IDs to share with').fill('100000000002');
  await share.getByRole('button', { name: 'Share', exact: true }).click();
  await share.getByRole('checkbox', { name: /100000000002/ }).waitFor(WAIT);
  await share.getByRole('button', { name: 'Done', exact: true }).click();
  await share.waitFor({ state: 'detached', ...WAIT });
  await rowAction('k8s-node-opencloudos9', 'Copy');
  const copy = dialog('Copy image');
  await copy.getByRole('checkbox', { name: 'Shanghai (ap-shanghai)', exact: true }).check();
  await copy.getByRole('button', { name: 'Copy to 1 region' }).click();
  await copy.waitFor({ state: 'detached', ...WAIT });

  // Launch an instance through the wizard, then back to the images.
  await row('web-server-centos79').getByRole('link', { name: 'Launch instance' }).click();
  await page.getByRole('button', { name: 'Next: Review' }).click();
  await page.getByRole('table', { name: 'Price breakdown' }).waitFor(WAIT);
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Instances' }).waitFor(WAIT);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Images', exact: true }).click();
  await idle();
  await tab('Custom images');

  // Another account and back; the other language and back.
  const account = page.getByLabel('Account');
  for (const id of ['100000000002', '100000000001']) {
    await account.selectOption(id);
    await idle();
  }
  const language = page.getByLabel(/^(Language|语言)$/);
  for (const lang of ['zh-CN', 'en']) {
    await language.selectOption(lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang, WAIT);
    await idle();
  }
  await row('web-server-centos79').waitFor(WAIT);
}

/**
 * The heap (MB, after a forced GC) after the first page, then after each loop of `session` until
 * SOAK_MINUTES have passed, with the loop's end time (s from the soak's start).
 */
export async function soak(browser, baseUrl) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(observeFirst, CONSOLE_SELECTORS);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const heapMB = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return round(usedSize / 1e6, 2);
    };
    await page.goto(`${baseUrl}/images?tab=custom`, { waitUntil: 'commit' });
    await pageWait(page, () => window.__benchReady, 60_000, 'the first page of the soak');
    await page.locator('#images-panel[aria-busy="false"]').waitFor(WAIT);
    await page.waitForTimeout(500);
    const firstPageMB = await heapMB();
    const start = Date.now();
    const samples = [];
    // A loop that fails (a control not found in time on a loaded machine) ends the soak, and its
    // budgets are then not judged; the rest of the run keeps its figures.
    let error = null;
    try {
      while (Date.now() - start < SOAK_MINUTES * 60_000) {
        await session(page);
        samples.push({ atS: round((Date.now() - start) / 1000, 0), heapMB: await heapMB() });
      }
    } catch (e) {
      error = `loop ${samples.length + 1} failed: ${e instanceof Error ? e.message.split('\n')[0] : e}`;
      log(`soak: ${error}`);
    }
    log(
      `soak: ${samples.length} loops in ${round((Date.now() - start) / 60_000, 1)} min, heap ${firstPageMB} MB after the first page, ${samples.at(-1)?.heapMB ?? 'n/a'} MB at the end`,
    );
    return { minutes: SOAK_MINUTES, firstPageMB, samples, error };
  } finally {
    await context.close();
  }
}
