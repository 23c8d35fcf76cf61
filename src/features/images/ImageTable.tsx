import { memo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { type Image, type ImageOrderField } from '../../rules/images.ts';
import { feeLabel } from '../../rules/pricing.ts';
import { DateTime, useT } from '../../ui/i18n/I18n.tsx';
import type { UiKey } from '../../ui/i18n/params.ts';
import type { Translate } from '../../ui/i18n/translator.ts';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { ImageActions } from './ImageActions.tsx';
import type { ImageDialog } from './image-dialogs.ts';
import type { TabKey } from './image-view.ts';
import { architectureKeys, stateKeys } from '../image-labels.ts';
import { sourceLabel } from './labels.ts';
import { imagePath } from '../paths.ts';

interface Column {
  label: UiKey;
  sort?: ImageOrderField;
  cell: (image: Image, region: string, t: Translate) => ReactNode;
}

const nameColumn: Column = { label: 'field.nameAndId', sort: 'ImageName', cell: () => null };
// Names and figures the API gives are data, not text to translate (translate="no").
const os: Column = { label: 'field.os', sort: 'OsName', cell: (i) => <span translate="no">{i.OsName}</span> };
const arch: Column = { label: 'field.arch', cell: (i, _r, t) => t(architectureKeys[i.Architecture]) };
const size: Column = { label: 'field.size', sort: 'ImageSize', cell: (i, _r, t) => t.format.gigabytes(i.ImageSize) };
// Prices are the rules' (src/rules/pricing.ts), in the person's language and the region's currency.
const fee = (label: UiKey): Column => ({
  label,
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
      {image.FailureReason && <span className="state-reason">{image.FailureReason}</span>}
    </span>
  );
}

const columns: Record<TabKey, Column[]> = {
  public: [nameColumn, os, arch, size, fee('field.fee')],
  custom: [
    nameColumn,
    { label: 'field.state', cell: (i) => <StateCell image={i} /> },
    os,
    arch,
    size,
    { label: 'field.source', cell: (i, _r, t) => sourceLabel(t, i) },
    {
      label: 'field.sharedWith',
      cell: (i, _r, t) =>
        i.SharedAccountCount === 0 ? t('sharedWith.none') : t('sharedWith.count', { count: i.SharedAccountCount }),
    },
    { label: 'field.created', sort: 'CreatedTime', cell: (i) => <DateTime iso={i.CreatedTime} /> },
  ],
  shared: [nameColumn, { label: 'field.ownerAccount', cell: (i) => <code>{i.ImageCreator}</code> }, os, arch, size],
  marketplace: [
    nameColumn,
    { label: 'field.vendor', cell: (i) => <span translate="no">{i.MarketInfo?.Vendor}</span> },
    {
      label: 'field.software',
      cell: (i) => (
        <ul className="inline-list" translate="no">
          {i.MarketInfo?.Software.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ),
    },
    os,
    arch,
    fee('field.price'),
    {
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
  selected: ReadonlySet<string>;
  onSelect: (next: ReadonlySet<string>) => void;
  onOpen: (dialog: ImageDialog) => void;
}

export const ImageTable = memo(function ImageTable(props: Props) {
  const t = useT();
  const { tab, region, rows, loading, sort, order, onSort, caption, emptyText, selected, onSelect, onOpen } = props;
  const cols = columns[tab];
  const selectable = tab === 'custom';
  const allSelected = selectable && rows.length > 0 && rows.every((r) => selected.has(r.ImageId));
  const colCount = cols.length + 1 + (selectable ? 1 : 0);

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };

  return (
    <div className="table-wrap">
      <table className="data-table">
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
            {cols.map((col) => {
              const sorted = col.sort && sort === col.sort;
              return (
                <th
                  key={col.label}
                  scope="col"
                  aria-sort={sorted ? (order === 'ASC' ? 'ascending' : 'descending') : undefined}
                >
                  {col.sort ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => onSort(col.sort!, sorted && order === 'ASC' ? 'DESC' : 'ASC')}
                    >
                      {t(col.label)}
                      <span aria-hidden="true" className="sort-icon">
                        {sorted ? (order === 'ASC' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    t(col.label)
                  )}
                </th>
              );
            })}
            <th scope="col">{t('field.actions')}</th>
          </tr>
        </thead>
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
            <tr>
              <td colSpan={colCount} className="empty-cell">
                {emptyText}
              </td>
            </tr>
          ) : (
            rows.map((image) => (
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
                {cols.map((col, index) =>
                  index === 0 ? (
                    <th key={col.label} scope="row">
                      <Link className="name" to={imagePath(image.ImageId, region)} translate="no">
                        {image.ImageName}
                      </Link>
                      <code className="id">{image.ImageId}</code>
                      {image.ImageDeprecated && <span className="badge">{t('image.deprecated')}</span>}
                    </th>
                  ) : (
                    <td key={col.label}>{col.cell(image, region, t)}</td>
                  ),
                )}
                <td className="actions-cell">
                  <ImageActions image={image} region={region} onOpen={onOpen} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
});
