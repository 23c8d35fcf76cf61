// Issue 13: the main pages in the pseudo-locale (English with every letter accented, every message in
// brackets and about 40 % longer: src/ui/i18n/locale.ts), at a desktop and a phone width. No text a
// person sees or hears may have skipped the catalogue (it would still be plain ASCII), and no text may
// be clipped or overlap its neighbours. Data (names, IDs, OS names: marked translate="no"), code, the
// API's own words (a failure's reason) and prices (src/rules/pricing.ts renders them in the rules'
// languages, which have no pseudo-locale) are not the UI's text.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './helpers.ts';

test.beforeEach(async ({ context }) => {
  // The pseudo-locale exists in production builds only behind this development flag.
  await context.addInitScript(() => localStorage.setItem('cvm-console:dev', '1'));
});

/** What is not the UI's own text, and may stay plain. */
const DATA = '[translate="no"], code, .fee, .state-reason';

/**
 * Text on the page that skipped the catalogue: visible text nodes (and the names of controls and
 * inputs' placeholders) with ASCII letters and not a single pseudo-locale letter or bracket.
 */
function untranslated(page: Page): Promise<string[]> {
  return page.evaluate((data) => {
    const pseudo = /[[\]\u00c0-\u024f]/;
    const plain = (text: string) => /[A-Za-z]/.test(text) && !pseudo.test(text);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      const text = node.textContent!.trim();
      if (!text || parent.closest(data) || parent.closest('script, style, noscript, option')) continue;
      if (!parent.checkVisibility() && !parent.closest('.visually-hidden')) continue;
      if (plain(text)) found.push(`"${text}" in <${parent.tagName.toLowerCase()} class="${parent.className}">`);
    }
    for (const select of document.querySelectorAll('select')) {
      const option = select.selectedOptions[0];
      if (option && !option.closest(data) && plain(option.text)) found.push(`selected option "${option.text}"`);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (el.closest(data)) continue;
      for (const name of ['aria-label', 'placeholder', 'title'])
        if (el.hasAttribute(name) && plain(el.getAttribute(name)!))
          found.push(`${name}="${el.getAttribute(name)}" on <${el.tagName.toLowerCase()}>`);
    }
    return found;
  }, DATA);
}

/**
 * Text that does not fit: an element that clips its content is narrower than it (scroll containers
 * such as the tables' are meant to scroll), two children of a flex or grid row overlap, or (where
 * `wholePage`) the page scrolls sideways. At 390 px the console is wider than the phone already in
 * English (the header's selectors, the instances table): the phone layout is a later issue's, so
 * there only the text itself is checked.
 */
function overflowing(page: Page, wholePage: boolean): Promise<string[]> {
  return page.evaluate((wholePage) => {
    const found: string[] = [];
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()} class="${el.className}">${(el.textContent ?? '').trim().slice(0, 40)}`;
    if (wholePage && document.documentElement.scrollWidth > window.innerWidth + 1)
      found.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px window`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!el.checkVisibility() || el.closest('.visually-hidden, [role="tooltip"]')) continue;
      const style = getComputedStyle(el);
      // A box for a screen reader only (a card table's column names on a phone): 1 px, clipped.
      const box = el.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1 && style.position === 'absolute') continue;
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1) found.push(`clipped: ${name(el)}`);
      if (style.display.includes('flex') || style.display.includes('grid')) {
        const boxes = [...el.children]
          .filter((c) => c.checkVisibility() && getComputedStyle(c).position !== 'absolute')
          .map((c) => ({ c, r: c.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.height > 0);
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!.r;
            const b = boxes[j]!.r;
            const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (x > 1 && y > 1) found.push(`overlap: ${name(boxes[i]!.c)} / ${name(boxes[j]!.c)}`);
          }
      }
    }
    return found;
  }, wholePage);
}

async function expectAllTranslatedAndFitting(page: Page, what: string) {
  expect(await untranslated(page), `text that skipped the catalogue on ${what}`).toEqual([]);
  const wide = page.viewportSize()!.width >= 1024;
  expect(await overflowing(page, wide), `text that does not fit on ${what}`).toEqual([]);
}

async function waitForRows(page: Page) {
  await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
  await expect(page.locator('#images-panel tbody tr').first()).toBeVisible();
}

for (const { width, height } of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('the images page, each tab and its dialogs', async ({ page }) => {
      await page.goto('/images?region=ap-guangzhou&lang=pseudo');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
      await expect(page.getByRole('heading', { level: 1, name: '[ÎÎɱààĝééš]' })).toBeVisible();
      await waitForRows(page);
      await expectAllTranslatedAndFitting(page, 'public images');
      const tabs = page.getByRole('tab');
      for (const [index, what] of ['custom images', 'shared images', 'marketplace images'].entries()) {
        await tabs.nth(index + 1).click();
        await expect(tabs.nth(index + 1)).toHaveAttribute('aria-selected', 'true');
        await waitForRows(page);
        await expectAllTranslatedAndFitting(page, what);
      }

      await tabs.nth(1).click();
      await waitForRows(page);
      for (const [index, what] of [
        [0, 'the create dialog'],
        [1, 'the import dialog'],
      ] as const) {
        await page.locator('.custom-toolbar button').nth(index).click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        await expectAllTranslatedAndFitting(page, what);
        await dialog.getByRole('button').first().click();
        await expect(dialog).toBeHidden();
      }
      const row = page.locator('#images-panel tbody tr').filter({ hasText: 'redis-cache-debian12' });
      for (const [index, what] of [
        [0, 'the share dialog'],
        [1, 'the copy dialog'],
      ] as const) {
        // The row's menu first (its button and items are named in the pseudo-locale's letters).
        await row.locator('.row-actions .menu-button').click();
        await expectAllTranslatedAndFitting(page, 'a row’s More actions menu');
        await row.getByRole('menuitem').nth(index).click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        await expectAllTranslatedAndFitting(page, what);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
      // On a phone the header's controls are behind its menu button.
      const headerToggle = page.locator('.header-toggle');
      if (await headerToggle.isVisible()) await headerToggle.click();
      await page.locator('.operations > button').click();
      await expectAllTranslatedAndFitting(page, 'the operations panel');
      await expectNoAxeViolations(page, 'the pseudo-locale');
    });

    test('an image’s page, the instances, the wizard and a wrong address', async ({ page }) => {
      await page.goto('/images?region=ap-guangzhou&tab=custom&lang=pseudo');
      await waitForRows(page);
      await page.locator('#images-panel tbody tr a.name').first().click();
      await expect(page.locator('dl.details')).toBeVisible();
      await expectAllTranslatedAndFitting(page, 'an image’s page');

      await page.locator('nav a').nth(1).click();
      await expect(page.locator('tbody tr').first()).toBeVisible();
      await expectAllTranslatedAndFitting(page, 'the instances');

      await page.goto('/instances/create?region=ap-guangzhou&lang=pseudo');
      await expect(page.locator('.steps')).toBeVisible();
      await expectAllTranslatedAndFitting(page, 'the wizard, step 1');
      await page.locator('input[name="zone"]:not(:disabled)').first().check();
      const next = page.locator('.wizard-actions button').last();
      await next.click();
      await page.locator('input[name="instance-type"]').first().check();
      await expectAllTranslatedAndFitting(page, 'the wizard, step 2');
      await next.click();
      await page.locator('input[name="image"]:not(:disabled)').first().check();
      await expectAllTranslatedAndFitting(page, 'the wizard, step 3');
      await next.click();
      await expect(page.locator('.form-grid')).toBeVisible();
      await expectAllTranslatedAndFitting(page, 'the wizard, step 4');
      await next.click();
      await expect(page.locator('table.price-table')).toBeVisible();
      await expectAllTranslatedAndFitting(page, 'the wizard, step 5');

      await page.goto('/no/such/page?lang=pseudo');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAllTranslatedAndFitting(page, 'a wrong address');
    });
  });
}

test('a string that skips the catalogue is found (the check can fail)', async ({ page }) => {
  await page.goto('/images?region=ap-guangzhou&lang=pseudo');
  await waitForRows(page);
  expect(await untranslated(page)).toEqual([]);
  await page.evaluate(() => {
    document.querySelector('h1')!.append(' Hard-coded');
    document.querySelector('.pager button')!.setAttribute('aria-label', 'Next');
  });
  expect(await untranslated(page)).toEqual(['"Hard-coded" in <h1 class="">', 'aria-label="Next" on <button>']);
});
