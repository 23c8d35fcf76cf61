// Test helpers for the images page against the real resolvers: mount its custom tab, find a row or the
// image names in the table, open a dialog from the toolbar or a row, read the toasts.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { expect, onTestFinished } from 'vitest';
import { ImagesPage } from '../features/images/ImagesPage.tsx';
import type { ChosenLocale } from '../ui/i18n/locale.ts';
import { renderAt } from './render.tsx';
import { routes } from '../features/paths.ts';

/** The lists and detail queries poll every second while something is in progress; give them a few polls. */
export const POLLS = { timeout: 8000 };

/** The images page at `/images?<query>`, with `beside` (e.g. the operations panel) mounted before it, in `locale`. */
export function renderImagesPage(query: string, beside?: ReactNode, locale?: ChosenLocale) {
  return renderAt(
    beside ? (
      <>
        {beside}
        <ImagesPage />
      </>
    ) : (
      <ImagesPage />
    ),
    { url: `${routes.images}?${query}`, path: routes.images, locale },
  );
}

/** The images page at its custom tab in `region`. */
export function renderCustomImages(region = 'ap-guangzhou', beside?: ReactNode) {
  return renderImagesPage(new URLSearchParams({ region, tab: 'custom' }).toString(), beside);
}

/** The link in a row header: the image's name (class "name") or its ID. */
export const ROW_LINK = 'tbody th[scope="row"] a';

/** The table row of the image with this name. */
export async function row(name: string) {
  await screen.findByText(name, { selector: ROW_LINK });
  const found = screen.getAllByRole('row').find((r) => within(r).queryByText(name, { selector: ROW_LINK }));
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

/** Image names in table order, as the row headers show them: of `grid`, or of the whole page. */
export function names(grid?: HTMLElement) {
  return (grid ? within(grid) : screen)
    .queryAllByText(() => true, { selector: `${ROW_LINK}.name` })
    .map((a) => a.textContent);
}

/**
 * Records `read()` now, then each time a batch of DOM changes leaves its answer changed, as it lands:
 * what each frame would paint, whatever the test's own waiting lets through in between.
 */
export function recordFrames<T>(read: () => T) {
  const shown: T[] = [read()];
  const observer = new MutationObserver(() => {
    const now = read();
    if (JSON.stringify(now) !== JSON.stringify(shown.at(-1))) shown.push(now);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const stop = () => observer.disconnect();
  onTestFinished(stop);
  return { shown, stop };
}

/** Gives the window another height or scroll offset for the running test; undone after it. */
export function windowAt(property: 'innerHeight' | 'scrollY', value: number) {
  const before = window[property];
  Object.defineProperty(window, property, { value, configurable: true });
  onTestFinished(() => {
    Object.defineProperty(window, property, { value: before, configurable: true });
  });
}

/** The tab panel, which says while its list is being fetched (aria-busy). */
export const panel = () => screen.getByRole('tabpanel');

/** The table of the open tab, once its rows (or its empty state) are in. */
export async function table() {
  const grid = await screen.findByRole('table');
  await waitFor(() => expect(panel()).toHaveAttribute('aria-busy', 'false'));
  return grid;
}

/** The table's column headers, as read (without the sort arrows). */
export function headers(grid: HTMLElement) {
  return within(grid)
    .getAllByRole('columnheader')
    .map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim());
}

/** The cell of a row under the column header with this label. */
export function cellOf(tr: HTMLElement, grid: HTMLElement, column: string) {
  const header = within(grid)
    .getAllByRole('columnheader')
    .find((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim() === column) as HTMLTableCellElement | undefined;
  if (!header) throw new Error(`no column ${column}`);
  return (tr as HTMLTableRowElement).cells[header.cellIndex]!;
}

/** The toasts: the page's last live region (dialogs have their own "still working" status line). */
export const toasts = () => screen.getAllByRole('status').at(-1)!;

/** Click a toolbar button once the quota is shown, and return the dialog it opens. */
export async function openFromToolbar(user: UserEvent, button: string, dialog: string) {
  await screen.findByRole('meter', { name: 'Custom image quota' });
  await user.click(screen.getByRole('button', { name: button }));
  return screen.findByRole('dialog', { name: dialog });
}

/** A row's "More actions" menu, opened if it is not yet (its items are menuitems, named by their label). */
export async function rowMenu(user: UserEvent, tr: HTMLElement) {
  const open = within(tr).queryByRole('menu');
  if (open) return open;
  await user.click(within(tr).getByRole('button', { name: 'More actions' }));
  return within(tr).getByRole('menu', { name: 'More actions' });
}

/** An action of a row's "More actions" menu. */
export async function rowAction(user: UserEvent, tr: HTMLElement, action: string) {
  return within(await rowMenu(user, tr)).getByRole('menuitem', { name: action });
}

/** Choose an action of the image's row ("More actions"), and return the dialog it opens. */
export async function openFromRow(user: UserEvent, image: string, action: string, dialog: string) {
  await user.click(await rowAction(user, await row(image), action));
  return screen.findByRole('dialog', { name: dialog });
}

/** Tick the rows of these images (once the first one is shown), click a toolbar button, and return its dialog. */
export async function openForSelected(user: UserEvent, images: string[], button: string, dialog: string) {
  await row(images[0]!);
  for (const image of images) await user.click(screen.getByRole('checkbox', { name: `Select ${image}` }));
  await user.click(screen.getByRole('button', { name: button }));
  return screen.findByRole('dialog', { name: dialog });
}
