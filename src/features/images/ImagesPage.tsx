import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { imageQueries } from '../../api/image-queries.ts';
import { searchTextViolation } from '../../rules/describe.ts';
import { architectureLabels, type Image, type ImageOrderField } from '../../rules/images.ts';
import { renderMessage } from '../../rules/messages/render.ts';
import { findRegion } from '../../rules/regions.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { useAccount } from '../account/use-account.ts';
import { useRegion } from '../regions/use-region.ts';
import { CustomToolbar } from './CustomToolbar.tsx';
import { ImageTable } from './ImageTable.tsx';
import { InPageNote, UnlistedMarketplace } from './ListNotes.tsx';
import { listParams, PAGE_SIZES, platforms, tabs, useImageView, type TabKey } from './image-view.ts';
import type { ImageDialog } from './image-dialogs.ts';

const loadDialogs = () => import('./ImageDialogs.tsx');
const ImageDialogs = lazy(loadDialogs);

const emptyText: Record<TabKey, (region: string) => string> = {
  public: (r) => `No public images match in ${r}. Clear the search or filters.`,
  custom: (r) =>
    `You have no custom images in ${r}. Create one from an instance or import an image file to launch identical servers.`,
  shared: (r) =>
    `No images are shared with this account in ${r}. Ask the owner to share one with your account ID; shares work within one region.`,
  marketplace: (r) =>
    `No marketplace images match in ${r}. Clear the search or filters, or try a region in the Chinese mainland.`,
};

export function ImagesPage() {
  const account = useAccount();
  const [region] = useRegion();
  const [view, setView] = useImageView();
  const [dialog, setDialog] = useState<ImageDialog | null>(null);
  const listKey = `${account}:${region}:${view.tab}`;
  // Selection belongs to one list: another tab, region or account starts with none.
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string> }>({ key: '', ids: new Set() });
  const selected = useMemo(() => (selection.key === listKey ? selection.ids : new Set<string>()), [selection, listKey]);
  const setSelected = useCallback((ids: ReadonlySet<string>) => setSelection({ key: listKey, ids }), [listKey]);
  const tab = tabs.find((t) => t.key === view.tab)!;
  const regionInfo = findRegion(region);
  const regionName = regionInfo?.city ?? region;

  const query = useQuery(imageQueries.list(listParams(view, account, region)));
  // The dialogs' code is fetched once the list is shown and the page is idle, so the first
  // dialog opens at once and the first rows do not wait for it.
  const shown = query.isSuccess;
  useEffect(() => {
    if (!shown || !('requestIdleCallback' in window)) return;
    const id = requestIdleCallback(() => void loadDialogs(), { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }, [shown]);
  const total = query.data?.TotalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / view.size));
  const filtered = Boolean(view.q || view.os || view.arch);

  const onSort = useCallback((sort: ImageOrderField, order: 'ASC' | 'DESC') => setView({ sort, order }), [setView]);
  const rows: Image[] = useMemo(() => query.data?.ImageSet ?? [], [query.data]);

  return (
    <section aria-labelledby="images-heading">
      <div className="page-title">
        <h1 id="images-heading">Images</h1>
        <p className="lead">
          Images in {regionInfo?.name ?? region}. Choose a source, search by name or ID, and launch or manage an image.
        </p>
      </div>
      <Tabs
        label="Image sources"
        idPrefix="images"
        tabs={tabs}
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
            <strong>Shared images are not reviewed by the platform.</strong> Launch them only if they come from accounts
            you trust. You can launch a shared image, but not rename, copy, share or delete it.
          </div>
        )}
        {view.tab === 'marketplace' && !query.data?.unlisted && (
          <p className="notice notice-info" role="note">
            Marketplace images come from audited vendors with software pre-installed. A paid image is billed together
            with the instance.
          </p>
        )}
        {view.tab === 'custom' && (
          <CustomToolbar region={region} selected={rows.filter((i) => selected.has(i.ImageId))} onOpen={setDialog} />
        )}
        <Toolbar key={view.tab} />
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
              caption={`${tab.label} in ${regionName}`}
              selected={selected}
              onSelect={setSelected}
              onOpen={setDialog}
              emptyText={
                filtered
                  ? `No ${tab.label.toLowerCase()} in ${regionName} match your search or filters.`
                  : emptyText[view.tab](regionName)
              }
            />
            <nav className="pager" aria-label="Pages">
              <label className="field-inline">
                <span>Rows per page</span>
                <select value={view.size} onChange={(e) => setView({ size: Number(e.target.value) })}>
                  {PAGE_SIZES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="secondary"
                onClick={() => setView({ page: view.page - 1 })}
                disabled={view.page <= 1}
              >
                Previous page
              </button>
              <span aria-live="polite">
                Page {Math.min(view.page, pages)} of {pages} · {total} {total === 1 ? 'image' : 'images'}
              </span>
              <button
                type="button"
                className="secondary"
                onClick={() => setView({ page: view.page + 1 })}
                disabled={view.page >= pages}
              >
                Next page
              </button>
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
  const [view, setView] = useImageView();
  const [text, setText] = useState(view.q);
  const [shownQ, setShownQ] = useState(view.q);
  // Back and forward change the search in the URL: the box follows.
  if (view.q !== shownQ) {
    setShownQ(view.q);
    if (view.q !== text.trim()) setText(view.q);
  }
  // A search longer than the API takes is refused here, in the box's words, before any request.
  const tooLong = searchTextViolation(text.trim());
  const search = (next: string) => {
    setText(next);
    if (searchTextViolation(next.trim())) return;
    setView({ q: next.trim() }, { replace: view.q !== '' && next.trim() !== '' });
  };

  return (
    <div className="toolbar" role="search">
      <div className="field-inline search">
        <label htmlFor="image-search">Search images</label>
        <input
          id="image-search"
          type="search"
          placeholder="Name or ID, e.g. ubuntu or img-…"
          value={text}
          aria-invalid={tooLong ? true : undefined}
          aria-describedby={tooLong ? 'image-search-error' : undefined}
          onChange={(e) => search(e.target.value)}
        />
        {tooLong && (
          <p className="field-error" id="image-search-error">
            {renderMessage(tooLong)}
          </p>
        )}
      </div>
      <div className="field-inline">
        <label htmlFor="os-filter">Operating system</label>
        <select id="os-filter" value={view.os} onChange={(e) => setView({ os: e.target.value })}>
          <option value="">All</option>
          {platforms.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <div className="field-inline">
        <label htmlFor="arch-filter">Architecture</label>
        <select id="arch-filter" value={view.arch} onChange={(e) => setView({ arch: e.target.value })}>
          <option value="">All</option>
          {Object.entries(architectureLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {(view.q || view.os || view.arch) && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setText('');
            setView({ q: '', os: '', arch: '' });
          }}
        >
          Clear search and filters
        </button>
      )}
    </div>
  );
}
