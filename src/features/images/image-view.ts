import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
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
  sort: ImageOrderField | undefined;
  order: 'ASC' | 'DESC';
  page: number;
  size: number;
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
    sort,
    order: params.get('order') === 'desc' ? 'DESC' : 'ASC',
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

/**
 * The whole view of the images page lives in the URL (tab, search, filters, sort, page, size),
 * so that back/forward and shared links work. Changing anything but the page goes back to page 1.
 */
export function useImageView(): [ImageView, (change: Partial<ImageView>, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const view = parseView(params);
  const update = useCallback(
    (change: Partial<ImageView>, options?: { replace?: boolean }) => {
      setParams(
        (prev) => {
          const next = { ...parseView(prev), ...('page' in change ? {} : { page: 1 }), ...change };
          const out = new URLSearchParams();
          const region = prev.get('region');
          if (region) out.set('region', region);
          if (next.tab !== 'public') out.set('tab', next.tab);
          if (next.q) out.set('q', next.q);
          if (next.os) out.set('os', next.os);
          if (next.arch) out.set('arch', next.arch);
          if (next.sort) {
            out.set('sort', next.sort);
            if (next.order === 'DESC') out.set('order', 'desc');
          }
          if (next.page > 1) out.set('page', String(next.page));
          if (next.size !== DEFAULT_PAGE_SIZE) out.set('size', String(next.size));
          return out;
        },
        { replace: options?.replace },
      );
    },
    [setParams],
  );
  return [view, update];
}
