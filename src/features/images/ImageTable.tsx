import { memo, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { type Image, type ImageOrderField } from '../../rules/images.ts';
import { feeLabel } from '../../rules/pricing.ts';
import { DateTime, useT } from '../../ui/i18n/I18n.tsx';
import type { UiKey } from '../../ui/i18n/params.ts';
import type { Translate } from '../../ui/i18n/translator.ts';
import { afterNextPaint } from '../../ui/after-paint.ts';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { CopyId } from './CopyId.tsx';
import { ImageActions } from './ImageActions.tsx';
import type { ImageDialog } from './image-dialogs.ts';
import type { TabKey } from './image-view.ts';
import { architectureKeys, stateKeys } from '../image-labels.ts';
import { FavouriteToggle } from '../picks/FavouriteToggle.tsx';
import { sourceLabel } from './labels.ts';
import { imagePath } from '../paths.ts';
import { FamilyAndTags, FamilyName, TagChips } from './ImageFacts.tsx';

/** A column a person can show or hide ("Columns"); the name and the actions always show. */
export interface Column {
  id: string;
  label: UiKey;
  sort?: ImageOrderField;
  /** A priority fact: shown at tablet width and on a phone's card; the others on wide screens only. */
  priority?: true;
  /** Hidden until a person shows it with "Columns" (the table would be too wide at 1440 px with it). */
  hiddenUnlessShown?: true;
  cell: (image: Image, region: string, t: Translate) => ReactNode;
}

// Names and figures the API gives are data, not text to translate (translate="no").
const os: Column = {
  id: 'os',
  label: 'field.os',
  sort: 'OsName',
  priority: true,
  cell: (i, _r, t) => <span translate="no">{t.format.osName(i.OsName)}</span>,
};
const arch: Column = { id: 'arch', label: 'field.arch', cell: (i, _r, t) => t(architectureKeys[i.Architecture]) };
const size: Column = {
  id: 'size',
  label: 'field.size',
  sort: 'ImageSize',
  cell: (i, _r, t) => t.format.gigabytes(i.ImageSize),
};
// Prices are the rules' (src/rules/pricing.ts), in the person's language and the region's currency.
const fee = (id: string, label: UiKey): Column => ({
  id,
  label,
  priority: true,
  cell: (i, region, t) => <span className="fee">{feeLabel(i, region, t.language)}</span>,
});

export function StateCell({ image }: { image: Image }) {
  const t = useT();
  const label = t(stateKeys[image.ImageState]);
  const busy = image.ImageState === 'CREATING' || image.ImageState === 'IMPORTING' || image.ImageState === 'SYNCING';
  // The source of copies still being made is busy too: say where it is being copied, and how far.
  const copies = image.CopyingTo ?? [];
  return (
    <span className={`state state-${image.ImageState.toLowerCase()}`}>
      <span className="state-label">{label}</span>
      {busy && (
        <ProgressBar
          label={t('state.progress', { state: label, name: image.ImageName })}
          value={image.SyncPercent ?? undefined}
        />
      )}
      {copies.length > 0 && (
        <>
          <span className="state-copying">{t('state.copyingTo', { count: copies.length })}</span>
          <ProgressBar
            label={t('state.copyingProgress', {
              name: image.ImageName,
              regions: t.format.list(copies.map((c) => t.region(c.Region))),
            })}
            value={Math.min(...copies.map((c) => c.SyncPercent))}
          />
        </>
      )}
      {image.FailureReason && <span className="state-reason">{failureReason(image.FailureReason, t)}</span>}
    </span>
  );
}

/** The reasons an image import fails with, by the error code the import documents (the reason begins with it). */
const failureKeys = {
  InvalidUrl: 'state.failure.InvalidUrl',
  InvalidFormatSize: 'state.failure.InvalidFormatSize',
  VirtioNotInstall: 'state.failure.VirtioNotInstall',
  PartitionNotPresent: 'state.failure.PartitionNotPresent',
  CloudInitNotInstalled: 'state.failure.CloudInitNotInstalled',
  RootPartitionNotFound: 'state.failure.RootPartitionNotFound',
} as const satisfies Record<string, UiKey>;

/**
 * A failed image's reason (the mock's FailureReason, "VirtioNotInstall: …"): one whose code is known
 * said in the page's language with the code kept; any other as given.
 */
function failureReason(reason: string, t: Translate): string {
  const code = /^([A-Za-z]+): /.exec(reason)?.[1];
  return code && Object.hasOwn(failureKeys, code) ? t(failureKeys[code as keyof typeof failureKeys]) : reason;
}

// An image's family and tags; a phone's card says them under the name instead (FamilyAndTags).
const family: Column = { id: 'family', label: 'field.family', cell: (i) => <FamilyName image={i} /> };
const tags = (filterable: boolean): Column => ({
  id: 'tags',
  label: 'field.tags',
  cell: (i) => <TagChips tags={i.Tags} filterable={filterable} />,
});

/** The columns of each tab after the name, in order. */
export const columns: Record<TabKey, readonly Column[]> = {
  public: [os, arch, size, fee('fee', 'field.fee')],
  custom: [
    { id: 'state', label: 'field.state', priority: true, cell: (i) => <StateCell image={i} /> },
    // One's own images are told apart by state and age; their system is in the name more often than not.
    { ...os, priority: undefined },
    arch,
    size,
    { id: 'source', label: 'field.source', cell: (i, _r, t) => sourceLabel(t, i) },
    {
      id: 'sharedWith',
      label: 'field.sharedWith',
      cell: (i, _r, t) =>
        i.SharedAccountCount === 0 ? t('sharedWith.none') : t('sharedWith.count', { count: i.SharedAccountCount }),
    },
    // Ten columns already fill 1440 px: a person who names families and tags shows these two.
    { ...family, hiddenUnlessShown: true },
    { ...tags(true), hiddenUnlessShown: true },
    {
      id: 'created',
      label: 'field.created',
      sort: 'CreatedTime',
      priority: true,
      cell: (i) => <DateTime iso={i.CreatedTime} />,
    },
  ],
  shared: [
    {
      id: 'owner',
      label: 'field.ownerAccount',
      priority: true,
      cell: (i) => <code>{i.ImageCreator}</code>,
    },
    os,
    arch,
    size,
    // The owner's families and tags: read, not filtered by (the tag filter is the custom list's).
    family,
    tags(false),
  ],
  marketplace: [
    {
      id: 'vendor',
      label: 'field.vendor',
      priority: true,
      cell: (i) => <span translate="no">{i.MarketInfo?.Vendor}</span>,
    },
    {
      id: 'software',
      label: 'field.software',
      cell: (i) => (
        <ul className="inline-list" translate="no">
          {i.MarketInfo?.Software.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ),
    },
    { ...os, priority: undefined },
    arch,
    fee('price', 'field.price'),
    {
      id: 'review',
      label: 'field.review',
      cell: (i, _r, t) =>
        i.MarketInfo?.Audited ? (
          <span className="badge badge-ok">{t('market.audited')}</span>
        ) : (
          <span className="badge">{t('market.notAudited')}</span>
        ),
    },
  ],
};

/** The columns of each tab hidden until a person shows them. */
const unlessShown = (tab: TabKey) => columns[tab].filter((c) => c.hiddenUnlessShown).map((c) => c.id);
export const hiddenUnlessShown: Record<TabKey, readonly string[]> = {
  public: unlessShown('public'),
  custom: unlessShown('custom'),
  shared: unlessShown('shared'),
  marketplace: unlessShown('marketplace'),
};

/** The custom list grouped by family: the groups' names in order, and the image each family stands for. */
export interface FamilyGroups {
  /** Image ID by family: the image DescribeImageFromFamily answers for it (the latest), once known. */
  latest: ReadonlyMap<string, string>;
}

interface Props {
  tab: TabKey;
  region: string;
  rows: Image[];
  loading: boolean;
  sort: ImageOrderField | undefined;
  order: 'ASC' | 'DESC';
  onSort: (field: ImageOrderField, order: 'ASC' | 'DESC') => void;
  caption: string;
  emptyText: string;
  /** IDs of the columns a person chose to hide ("Columns"). */
  hidden: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  onSelect: (next: ReadonlySet<string>) => void;
  onOpen: (dialog: ImageDialog) => void;
  /** Grouped by image family (the custom list's "Group by family"): the rows of the page, group by group. */
  groups?: FamilyGroups;
}

/**
 * The images of a tab: a table on wide screens, its priority columns at tablet width, and a card
 * per image on a phone (images.css), each with one primary action and the rest under "More actions".
 */
export const ImageTable = memo(function ImageTable(props: Props) {
  const t = useT();
  const {
    tab,
    region,
    rows,
    loading,
    sort,
    order,
    onSort,
    caption,
    emptyText,
    hidden,
    selected,
    onSelect,
    onOpen,
    groups,
  } = props;
  // The rows in the order they show: grouped, family by family.
  const grouped = useMemo(
    () => (groups && !loading && rows.length > 0 ? familyGroups(rows) : undefined),
    [groups, loading, rows],
  );
  const ordered = useMemo(() => grouped?.flatMap((group) => group.images) ?? rows, [grouped, rows]);
  const scrollBox = useRef<HTMLDivElement>(null);
  const now = useRowsNow(ordered, scrollBox);
  const cols = columns[tab].filter((col) => !hidden.has(col.id));
  const selectable = tab === 'custom';
  const allSelected = selectable && rows.length > 0 && rows.every((r) => selected.has(r.ImageId));
  const colCount = cols.length + 2 + (selectable ? 1 : 0);
  const sortHeader = (label: UiKey, field: ImageOrderField) => {
    const sorted = sort === field;
    return (
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(field, sorted && order === 'ASC' ? 'DESC' : 'ASC')}
      >
        {t(label)}
        <span aria-hidden="true" className="sort-icon">
          {sorted ? (order === 'ASC' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    );
  };
  const ariaSort = (field: ImageOrderField | undefined) =>
    field && sort === field ? (order === 'ASC' ? 'ascending' : 'descending') : undefined;

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };

  const renderRow = (image: Image, latest = false) => (
    <tr key={image.ImageId} className={selected.has(image.ImageId) ? 'selected' : undefined}>
      {selectable && (
        <td className="select-cell">
          <input
            type="checkbox"
            aria-label={t('images.select', { name: image.ImageName })}
            checked={selected.has(image.ImageId)}
            onChange={() => toggle(image.ImageId)}
          />
        </td>
      )}
      <th scope="row" className="name-cell">
        <span className="name-line">
          <a className="name" id={`image-${image.ImageId}-name`} href={imagePath(image.ImageId, region)} translate="no">
            {image.ImageName}
          </a>
          <FavouriteToggle imageId={image.ImageId} region={region} describedBy={`image-${image.ImageId}-name`} />
        </span>
        <span className="id-line">
          <code className="id">{image.ImageId}</code>
          <CopyId id={image.ImageId} />
        </span>
        {latest && <span className="badge badge-ok">{t('images.latestInFamily')}</span>}
        {image.ImageDeprecated && <span className="badge">{t('image.deprecated')}</span>}
        <FamilyAndTags image={image} filterable={tab === 'custom'} />
      </th>
      {cols.map((col) => (
        <td key={col.id} className={columnClass(col)} data-label={t(col.label)}>
          {col.cell(image, region, t)}
        </td>
      ))}
      <td className="actions-cell">
        <ImageActions image={image} region={region} onOpen={onOpen} layout="row" />
      </td>
    </tr>
  );

  return (
    <div className="image-table-wrap" ref={scrollBox}>
      <table className="data-table card-table image-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {selectable && (
              <td className="select-cell">
                <input
                  type="checkbox"
                  aria-label={t('images.selectAll')}
                  checked={allSelected}
                  disabled={rows.length === 0}
                  onChange={() => onSelect(allSelected ? new Set() : new Set(rows.map((r) => r.ImageId)))}
                />
              </td>
            )}
            <th scope="col" aria-sort={ariaSort('ImageName')}>
              {sortHeader('field.nameAndId', 'ImageName')}
            </th>
            {cols.map((col) => (
              <th key={col.id} scope="col" className={columnClass(col)} aria-sort={ariaSort(col.sort)}>
                {col.sort ? sortHeader(col.label, col.sort) : t(col.label)}
              </th>
            ))}
            <th scope="col" className="actions-head">
              {t('field.actions')}
            </th>
          </tr>
        </thead>
        {groups && grouped ? (
          // Each group counts all its images, while only the first `now` rows of the page render.
          grouped
            .filter(({ start }) => start < now)
            .map(({ family, images, start }) => (
              <tbody key={family ?? ''} className="family-group">
                <tr className="group-row">
                  <th scope="rowgroup" colSpan={colCount}>
                    {family === undefined ? t('images.noFamily') : <span translate="no">{family}</span>}{' '}
                    <span className="group-count">{t('images.groupCount', { count: images.length })}</span>
                  </th>
                </tr>
                {images
                  .slice(0, now - start)
                  .map((image) =>
                    renderRow(image, family !== undefined && groups.latest.get(family) === image.ImageId),
                  )}
              </tbody>
            ))
        ) : (
          <tbody>
            {loading ? (
              Array.from({ length: 5 }, (_, i) => (
                <tr key={i} className="skeleton-row" aria-hidden="true">
                  <td colSpan={colCount}>
                    <span className="skeleton" />
                  </td>
                </tr>
              ))
            ) : rows.length === 0 ? (
              <tr className="empty-row">
                <td colSpan={colCount} className="empty-cell">
                  {emptyText}
                </td>
              </tr>
            ) : (
              rows.slice(0, now).map((image) => renderRow(image))
            )}
          </tbody>
        )}
      </table>
    </div>
  );
});

/** A row of the images table is this tall at 1280 px and wider, and the first starts about this far down. */
const ROW_PX = 64;
const FIRST_ROW_TOP_PX = 380;

/**
 * How many of `rows` (in the order they show) to render now. A new set of rows (the first load,
 * another page, tab, region or search) renders only the rows a first screen can show, and the rest
 * once that frame has been painted: the rows in view are rendered, laid out and painted without
 * waiting for the ones below the fold (on the first load, style, layout and paint before them about
 * 290 -> 190 ms at CPU 4x in English, 415 -> 340 ms in Chinese; a tab switch at 5,000 images, input
 * to paint, 333 -> 205 ms at the 75th percentile, another region 275 -> 173 ms).
 *
 * Only rows that were not there before wait: when a row the second step would render was in the
 * rows before (the same list updated, refreshed or re-sorted, a new image at its top), every row
 * renders at once, so none goes from under a person's focus, a screen reader's place or a dialog
 * that must give the focus back to its row. The first screen counts from where the page and the
 * table's box are scrolled, so a person scrolled down to the pager keeps the rows they see. With
 * one row more than fit below FIRST_ROW_TOP_PX, the count holds for a first row 316 px or more down
 * the page (337 px on a 1920 px wide screen, 427 px at 1280 px; a phone's cards are taller).
 */
function useRowsNow(rows: readonly Image[], scrollBox: RefObject<HTMLElement | null>): number {
  const [set, setSet] = useState<{ rows: readonly Image[]; count: number }>({ rows: [], count: 0 });
  let now = set;
  if (set.rows !== rows) {
    // Set while rendering, and used at once: the render React discards for it builds no more rows.
    const scrolled = window.scrollY + (scrollBox.current?.scrollTop ?? 0);
    const firstScreen = Math.max(1, Math.ceil((window.innerHeight + scrolled - FIRST_ROW_TOP_PX) / ROW_PX) + 1);
    const before = new Set(set.rows.map((image) => image.ImageId));
    const waits = rows.slice(firstScreen);
    now = { rows, count: waits.some((image) => before.has(image.ImageId)) ? rows.length : firstScreen };
    setSet(now);
  }
  const waiting = now.count < rows.length;
  useEffect(() => {
    if (!waiting) return;
    let mounted = true;
    void afterNextPaint().then(() => {
      if (mounted) setSet((current) => (current.rows === rows ? { rows, count: rows.length } : current));
    });
    return () => {
      mounted = false;
    };
  }, [waiting, rows]);
  return Math.min(now.count, rows.length);
}

/**
 * The rows of a page grouped by family: the families by name, then the images without one; each
 * group's rows in the page's order (the sort applies within groups), and where in the table its
 * first row is (`start`, counting rows only).
 */
function familyGroups(rows: readonly Image[]): { family: string | undefined; images: Image[]; start: number }[] {
  const byFamily = new Map<string | undefined, Image[]>();
  for (const image of rows) {
    const family = image.ImageFamily || undefined;
    byFamily.set(family, [...(byFamily.get(family) ?? []), image]);
  }
  let start = 0;
  return [...byFamily.keys()]
    .sort((a, b) => (a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map((family) => {
      const images = byFamily.get(family)!;
      start += images.length;
      return { family, images, start: start - images.length };
    });
}

/** Wide screens show every chosen column; narrower ones only the priority facts (images.css). */
function columnClass(col: Column): string | undefined {
  return col.priority ? undefined : 'col-extra';
}
