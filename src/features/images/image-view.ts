import { useCallback, useMemo, useState } from 'react';
import { useLocation, useSearchParams } from '../router.tsx';
import type { ImageListParams } from '../../api/image-queries.ts';
import { getAccount } from '../../api/session.ts';
import { searchTextViolation } from '../../rules/describe.ts';
import { imageOrderFields, type ImageOrderField, type ImageType } from '../../rules/images.ts';
import { useT } from '../../ui/i18n/I18n.tsx';
import type { UiKey } from '../../ui/i18n/params.ts';
import type { TabItem } from '../../ui/Tabs.tsx';
import { regionFrom } from '../regions/use-region.ts';

/** The four sources of images, each a tab named by its message (`labelKey`). */
export const tabs = [
  { key: 'public', labelKey: 'images.tab.public', type: 'PUBLIC_IMAGE' },
  { key: 'custom', labelKey: 'images.tab.custom', type: 'PRIVATE_IMAGE' },
  { key: 'shared', labelKey: 'images.tab.shared', type: 'SHARED_IMAGE' },
  { key: 'marketplace', labelKey: 'images.tab.marketplace', type: 'MARKET_IMAGE' },
] as const satisfies readonly { key: string; labelKey: UiKey; type: ImageType }[];

/** The tabs as the Tabs component takes them, named in the person's language. */
export function useSourceTabs(): TabItem<TabKey>[] {
  const t = useT();
  return useMemo(() => tabs.map((tab) => ({ key: tab.key, label: t(tab.labelKey) })), [t]);
}

export type TabKey = (typeof tabs)[number]['key'];

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export const platforms = [
  'TencentOS',
  'OpenCloudOS',
  'CentOS',
  'Ubuntu',
  'Debian',
  'Rocky Linux',
  'AlmaLinux',
  'Windows',
];

export interface ImageView {
  tab: TabKey;
  q: string;
  os: string;
  arch: string;
  /** The custom list's tag filter: `env` or `env:prod` (README, "Addresses"). */
  tag: string;
  /** The custom list grouped by image family (`group=family`). */
  grouped: boolean;
  sort: ImageOrderField | undefined;
  order: 'ASC' | 'DESC';
  page: number;
  size: number;
}

/**
 * The order a tab lists in when the URL names none: a person's own images newest first (a new
 * image lands on page 1); the other tabs in the API's own order, which groups them by family.
 */
export function defaultOrder(tab: TabKey): Pick<ImageView, 'sort' | 'order'> {
  return tab === 'custom' ? { sort: 'CreatedTime', order: 'DESC' } : { sort: undefined, order: 'ASC' };
}

export function parseView(params: URLSearchParams): ImageView {
  const tab = tabs.find((t) => t.key === params.get('tab'))?.key ?? 'public';
  const sortParam = params.get('sort');
  const sort = imageOrderFields.find((f) => f === sortParam);
  const size = Number(params.get('size'));
  return {
    tab,
    q: params.get('q') ?? '',
    os: params.get('os') ?? '',
    arch: params.get('arch') ?? '',
    tag: tab === 'custom' ? (params.get('tag') ?? '').trim() : '',
    grouped: tab === 'custom' && params.get('group') === 'family',
    ...(sort ? { sort, order: params.get('order') === 'desc' ? 'DESC' : 'ASC' } : defaultOrder(tab)),
    page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The DescribeImages list a view shows. */
export function listParams(view: ImageView, account: string, region: string): ImageListParams {
  const type = tabs.find((t) => t.key === view.tab)!.type;
  return {
    account,
    region,
    type,
    // A search the API would refuse (too long: only a link can hold one) is not asked for; the box says why.
    keyword: view.q && !searchTextViolation(view.q) ? view.q : undefined,
    platform: view.os || undefined,
    tag: view.tag || undefined,
    architecture: view.arch || undefined,
    orderField: view.sort,
    order: view.order,
    offset: (view.page - 1) * view.size,
    limit: view.size,
  };
}

/** The list the images page at `/images<search>` shows first, for the signed-in account. */
export function firstListAt(search: string): ImageListParams {
  const params = new URLSearchParams(search);
  return listParams(parseView(params), getAccount(), regionFrom(params));
}

/** What the console changed in an address that named something that is not there, to say so. */
export type Correction =
  { kind: 'region'; given: string; shown: string } | { kind: 'page'; given: number; pages: number };

interface ViewState {
  corrected?: Correction[];
}

const none: Correction[] = [];

/** The corrections made to reach this address (kept in the history entry: gone on the next one). */
export function useCorrections(): Correction[] {
  return (useLocation().state as ViewState | null)?.corrected ?? none;
}

export interface ViewChangeOptions {
  replace?: boolean;
  /** The change corrects the address: said on the page until the next navigation. */
  corrected?: Correction[];
  /** The region to write instead of the address's own (a correction of a region that does not exist). */
  region?: string;
}

/**
 * The whole view of the images page lives in the URL (tab, search, filters, sort, page, size),
 * so that back/forward and shared links work. Changing anything but the page goes back to page 1.
 */
export function useImageView(): [ImageView, (change: Partial<ImageView>, options?: ViewChangeOptions) => void] {
  const [params, setParams] = useSearchParams();
  const view = parseView(params);
  const update = useCallback(
    (change: Partial<ImageView>, options?: ViewChangeOptions) => {
      setParams(
        (prev) => {
          const next = { ...parseView(prev), ...('page' in change ? {} : { page: 1 }), ...change };
          const out = new URLSearchParams();
          const region = options?.region ?? prev.get('region');
          if (region) out.set('region', region);
          if (next.tab !== 'public') out.set('tab', next.tab);
          if (next.q) out.set('q', next.q);
          if (next.os) out.set('os', next.os);
          if (next.arch) out.set('arch', next.arch);
          if (next.tag && next.tab === 'custom') out.set('tag', next.tag);
          if (next.grouped && next.tab === 'custom') out.set('group', 'family');
          // The tab's own order goes without saying; any other is written out, its direction too.
          const usual = defaultOrder(next.tab);
          if (next.sort && (next.sort !== usual.sort || next.order !== usual.order)) {
            out.set('sort', next.sort);
            if (next.order === 'DESC') out.set('order', 'desc');
          }
          if (next.page > 1) out.set('page', String(next.page));
          if (next.size !== DEFAULT_PAGE_SIZE) out.set('size', String(next.size));
          return out;
        },
        {
          replace: options?.replace,
          state: options?.corrected ? ({ corrected: options.corrected } satisfies ViewState) : undefined,
        },
      );
    },
    [setParams],
  );
  return [view, update];
}

/**
 * A text box that writes to the URL (a search, a filter) as it is typed, and follows the URL when
 * back or forward changes it; what is typed is kept while it means the same (spaces around it).
 */
export function useTextFollowingUrl(value: string): [string, (text: string) => void] {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value !== text.trim()) setText(value);
  }
  return [text, setText];
}

const COLUMNS_KEY = 'cvm-console:hidden-columns';

/** Per tab, the columns a person showed (true) or hid (false) with "Columns". */
type ColumnChoices = Partial<Record<TabKey, Record<string, boolean>>>;

/**
 * The columns shown and hidden per tab, as this browser remembers them; anything unreadable
 * chooses none. A tab's list of IDs (what an earlier console kept) hid those columns.
 */
function rememberedChoices(): ColumnChoices {
  let value: unknown;
  try {
    value = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? '{}');
  } catch {
    return {};
  }
  const choices: ColumnChoices = {};
  if (typeof value !== 'object' || value === null) return choices;
  for (const { key } of tabs) {
    const chosen: unknown = (value as Record<string, unknown>)[key];
    if (Array.isArray(chosen))
      choices[key] = Object.fromEntries(
        chosen.filter((id): id is string => typeof id === 'string').map((id) => [id, false]),
      );
    else if (typeof chosen === 'object' && chosen !== null)
      choices[key] = Object.fromEntries(
        Object.entries(chosen).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'),
      );
  }
  return choices;
}

/**
 * The columns hidden on a tab: those a person hid ("Columns"), and those hidden until shown
 * (`hiddenUnlessShown`), remembered in this browser (a preference, like the language: a value
 * that cannot be read chooses nothing), and a way to show or hide one.
 */
export function useHiddenColumns(
  tab: TabKey,
  hiddenUnlessShown: readonly string[],
): [ReadonlySet<string>, (id: string, shown: boolean) => void] {
  const [byTab, setByTab] = useState(rememberedChoices);
  const hidden = useMemo(() => {
    const chosen = byTab[tab] ?? {};
    const ids = new Set(hiddenUnlessShown.filter((id) => chosen[id] !== true));
    for (const [id, shown] of Object.entries(chosen)) if (!shown) ids.add(id);
    return ids;
  }, [byTab, tab, hiddenUnlessShown]);
  const setShown = useCallback(
    (id: string, shown: boolean) => {
      const next = { ...byTab, [tab]: { ...byTab[tab], [id]: shown } };
      setByTab(next);
      try {
        localStorage.setItem(COLUMNS_KEY, JSON.stringify(next));
      } catch {
        // not remembered, still hidden on this page
      }
    },
    [byTab, tab],
  );
  return [hidden, setShown];
}
