import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from '../router.tsx';
import { imageKeys, imageQueries, type ImageListParams } from '../../api/image-queries.ts';
import { isKnownRegion } from '../../rules/regions.ts';
import { searchTextViolation } from '../../rules/describe.ts';
import type { Image, ImageOrderField } from '../../rules/images.ts';
import { afterNextPaint } from '../../ui/after-paint.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useT, useTitle } from '../../ui/i18n/I18n.tsx';
import { PageButtons } from '../../ui/PageButtons.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { useAccount } from '../account/use-account.ts';
import { useRegion } from '../regions/use-region.ts';
import { CustomToolbar } from './CustomToolbar.tsx';
import { columns, hiddenUnlessShown, ImageTable, type FamilyGroups } from './ImageTable.tsx';
import { Corrections, InPageNote, UnlistedMarketplace } from './ListNotes.tsx';
import { SearchBox } from './SearchBox.tsx';
import { ColumnsChooser, RefreshButton } from './TableTools.tsx';
import {
  listParams,
  PAGE_SIZES,
  platforms,
  tabs,
  useCorrections,
  useHiddenColumns,
  useImageView,
  useSourceTabs,
  useTextFollowingUrl,
  type TabKey,
} from './image-view.ts';
import type { ImageDialog } from './image-dialogs.ts';
import { architectureKeys } from '../image-labels.ts';

const loadDialogs = () => import('./ImageDialogs.tsx');
const ImageDialogs = lazy(loadDialogs);

const emptyKeys = {
  public: 'images.empty.public',
  custom: 'images.empty.custom',
  shared: 'images.empty.shared',
  marketplace: 'images.empty.marketplace',
} as const satisfies Record<TabKey, string>;

export function ImagesPage() {
  const t = useT();
  useTitle(t('images.heading'));
  const account = useAccount();
  const [region] = useRegion();
  const [view, setView] = useImageView();
  const [dialog, setDialog] = useState<ImageDialog | null>(null);
  const listKey = `${account}:${region}:${view.tab}`;
  // Selection belongs to one list: another tab, region or account starts with none.
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string> }>({ key: '', ids: new Set() });
  const selected = useMemo(() => (selection.key === listKey ? selection.ids : new Set<string>()), [selection, listKey]);
  const setSelected = useCallback((ids: ReadonlySet<string>) => setSelection({ key: listKey, ids }), [listKey]);
  const [hidden, setShown] = useHiddenColumns(view.tab, hiddenUnlessShown[view.tab]);
  const corrections = useCorrections();
  const queryClient = useQueryClient();
  const regionName = t.region(region);

  const query = useQuery(imageQueries.list(listParams(view, account, region)));
  // The tabs' counts are asked once the first rows are in, and answered once those are painted:
  // the embedded backend answers in the page, each count a pass over the region's images, and
  // answered at once they ran between the rows' commit and their paint.
  const counts = useQueries({
    queries: tabs.map((tab) => ({
      ...imageQueries.count(account, region, tab.type, afterNextPaint),
      enabled: query.isSuccess,
    })),
  });
  const sourceTabs = useSourceTabs();
  const countedTabs = sourceTabs.map((tab, i) => {
    const count = counts[i]?.data;
    return typeof count === 'number'
      ? {
          ...tab,
          badge: (
            <span className="tab-count" aria-hidden="true">
              {t.format.number(count)}
            </span>
          ),
          description: t('images.tabCount', { count }),
        }
      : tab;
  });
  const tabLabel = sourceTabs.find((tab) => tab.key === view.tab)!.label;
  // The dialogs' code and words are fetched once a list that opens them (the custom tab's: the other
  // tabs' rows only launch) is shown and the page is idle, so the first dialog opens at once, the
  // first rows do not wait for it, and a person who only browses never downloads it.
  const shown = query.isSuccess && view.tab === 'custom';
  useEffect(() => {
    if (!shown || !('requestIdleCallback' in window)) return;
    const id = requestIdleCallback(
      () => {
        void loadDialogs();
        void t.need('dialogs');
      },
      { timeout: 5000 },
    );
    return () => cancelIdleCallback(id);
  }, [shown, t]);
  const total = query.data?.TotalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / view.size));
  // The next page is read once this one is shown and the page idle (TanStack Query's pattern for
  // paginated lists), so "Next page" shows its rows at once: fresh for the queries' stale time.
  const nextPage = query.isSuccess && !query.isPlaceholderData && view.page < pages ? view.page + 1 : 0;
  const nextList = nextPage ? JSON.stringify(listParams({ ...view, page: nextPage }, account, region)) : '';
  useEffect(() => {
    if (!nextList || !('requestIdleCallback' in window)) return;
    const params = JSON.parse(nextList) as ImageListParams;
    const id = requestIdleCallback(() => void queryClient.prefetchQuery(imageQueries.list(params)), { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }, [nextList, queryClient]);
  const filtered = Boolean(view.q || view.os || view.arch || view.tag);

  // An address that names what is not there is corrected in place, and the page says what it changed.
  const [params] = useSearchParams();
  const givenRegion = params.get('region');
  const pastTheEnd = query.isSuccess && !query.isPlaceholderData && view.page > pages;
  useEffect(() => {
    if (givenRegion && !isKnownRegion(givenRegion))
      setView(
        { page: view.page },
        { replace: true, corrected: [{ kind: 'region', given: givenRegion, shown: region }], region },
      );
    else if (pastTheEnd)
      setView(
        { page: pages },
        { replace: true, corrected: [...corrections, { kind: 'page', given: view.page, pages }] },
      );
  }, [givenRegion, pastTheEnd, pages, region, view.page, setView, corrections]);

  const onSort = useCallback((sort: ImageOrderField, order: 'ASC' | 'DESC') => setView({ sort, order }), [setView]);
  const rows: Image[] = useMemo(() => query.data?.ImageSet ?? [], [query.data]);
  // Grouped, each family's latest image is the one DescribeImageFromFamily answers (the rule of
  // src/rules/families.ts), whatever the search hides and on whichever page it is.
  const families = useQuery({ ...imageQueries.families(account, region), enabled: view.grouped });
  const groups: FamilyGroups | undefined = useMemo(
    () =>
      view.grouped
        ? {
            latest: new Map(
              (families.data ?? []).flatMap(({ family, image }) => (image ? [[family, image.ImageId] as const] : [])),
            ),
          }
        : undefined,
    [view.grouped, families.data],
  );

  return (
    <section aria-labelledby="images-heading">
      <div className="page-title">
        <h1 id="images-heading">{t('images.heading')}</h1>
        <p className="lead">{t('images.lead', { region: t.regionName(region) })}</p>
      </div>
      <Tabs
        label={t('images.sources')}
        idPrefix="images"
        tabs={countedTabs}
        selected={view.tab}
        onSelect={(key) => setView({ tab: key, sort: undefined })}
      />
      <div
        id="images-panel"
        role="tabpanel"
        aria-labelledby={`images-tab-${view.tab}`}
        aria-busy={query.isFetching}
        className="tab-panel"
      >
        {view.tab === 'shared' && (
          <div className="notice notice-warning" role="note">
            <strong>{t('images.sharedNotice.title')}</strong> {t('images.sharedNotice.text')}
          </div>
        )}
        {view.tab === 'marketplace' && !query.data?.unlisted && (
          <p className="notice notice-info" role="note">
            {t('images.marketNotice')}
          </p>
        )}
        {view.tab === 'custom' && (
          <CustomToolbar region={region} selected={rows.filter((i) => selected.has(i.ImageId))} onOpen={setDialog} />
        )}
        <Toolbar key={view.tab} />
        <Corrections corrections={corrections} />
        <div className="table-tools">
          <RefreshButton
            updatedAt={query.dataUpdatedAt}
            onRefresh={() => void queryClient.invalidateQueries({ queryKey: imageKeys.region(account, region) })}
          />
          <ColumnsChooser columns={columns[view.tab]} hidden={hidden} onChange={setShown} />
        </div>
        {query.isError ? (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data?.unlisted ? (
          <UnlistedMarketplace />
        ) : (
          <>
            <InPageNote list={query.data} />
            <ImageTable
              tab={view.tab}
              region={region}
              rows={rows}
              loading={query.isPending}
              sort={view.sort}
              order={view.order}
              onSort={onSort}
              caption={t('images.caption', { tab: tabLabel, region: regionName })}
              selected={selected}
              onSelect={setSelected}
              onOpen={setDialog}
              hidden={hidden}
              groups={groups}
              emptyText={
                filtered
                  ? t('images.empty.filtered', { tab: view.tab, region: regionName })
                  : t(emptyKeys[view.tab], { region: regionName })
              }
            />
            <nav className="pager" aria-label={t('pager.label')}>
              <label className="field-inline">
                <span>{t('pager.rowsPerPage')}</span>
                <select value={view.size} onChange={(e) => setView({ size: Number(e.target.value) })}>
                  {PAGE_SIZES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
              <PageButtons page={view.page} pages={pages} onPage={(page) => setView({ page })}>
                <span aria-live="polite">{t('pager.summary', { page: Math.min(view.page, pages), pages, total })}</span>
              </PageButtons>
            </nav>
          </>
        )}
      </div>
      {dialog && (
        <Suspense fallback={null}>
          <ImageDialogs
            dialog={dialog}
            region={region}
            onClose={() => setDialog(null)}
            onDone={() => {
              setDialog(null);
              setSelected(new Set());
            }}
          />
        </Suspense>
      )}
    </section>
  );
}

/**
 * Search box and filters. Every keystroke searches (the server answers in milliseconds); a new
 * search is a history entry, and the keystrokes that refine it replace it.
 */
function Toolbar() {
  const t = useT();
  const [view, setView] = useImageView();
  const [text, setText] = useTextFollowingUrl(view.q);
  const [tagText, setTagText] = useTextFollowingUrl(view.tag);
  const filterByTag = (next: string) => {
    setTagText(next);
    setView({ tag: next.trim() }, { replace: view.tag !== '' && next.trim() !== '' });
  };
  // A search longer than the API takes is not asked for: the box says why (SearchBox).
  const search = (next: string) => {
    setText(next);
    if (searchTextViolation(next.trim())) return;
    setView({ q: next.trim() }, { replace: view.q !== '' && next.trim() !== '' });
  };

  return (
    <div className="toolbar" role="search">
      <SearchBox id="image-search" value={text} onChange={search} placeholder={t('images.searchPlaceholder')} />
      <div className="field-inline">
        <label htmlFor="os-filter">{t('field.os')}</label>
        <select id="os-filter" value={view.os} onChange={(e) => setView({ os: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {platforms.map((p) => (
            <option key={p} value={p} translate="no">
              {p}
            </option>
          ))}
        </select>
      </div>
      <div className="field-inline">
        <label htmlFor="arch-filter">{t('field.arch')}</label>
        <select id="arch-filter" value={view.arch} onChange={(e) => setView({ arch: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {Object.entries(architectureKeys).map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </div>
      {view.tab === 'custom' && (
        <div className="field-inline">
          <label htmlFor="tag-filter">{t('images.tagFilter')}</label>
          <input
            id="tag-filter"
            type="search"
            placeholder={t('images.tagFilterHint')}
            value={tagText}
            onChange={(e) => filterByTag(e.target.value)}
          />
        </div>
      )}
      {view.tab === 'custom' && (
        <div className="field-inline">
          <input
            type="checkbox"
            id="group-by-family"
            checked={view.grouped}
            onChange={(e) => setView({ grouped: e.target.checked })}
          />
          <label htmlFor="group-by-family">{t('images.groupByFamily')}</label>
        </div>
      )}
      {(view.q || view.os || view.arch || view.tag) && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setText('');
            setTagText('');
            setView({ q: '', os: '', arch: '', tag: '' });
          }}
        >
          {t('images.clearFilters')}
        </button>
      )}
    </div>
  );
}
