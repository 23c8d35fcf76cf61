import { memo } from 'react';
import { Link } from 'react-router-dom';
import { architectureLabels, stateLabels, type Image, type ImageOrderField } from '../../rules/images.ts';
import { feeLabel } from '../../rules/pricing.ts';
import { regionLabel } from '../../rules/regions.ts';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { ImageActions } from './ImageActions.tsx';
import type { ImageDialog } from './image-dialogs.ts';
import type { TabKey } from './image-view.ts';
import { formatTime } from '../../ui/format-time.ts';
import { sourceLabel } from './labels.ts';
import { imagePath } from '../paths.ts';

interface Column {
  label: string;
  sort?: ImageOrderField;
  cell: (image: Image, region: string) => React.ReactNode;
}

const nameColumn: Column = { label: 'Name and ID', sort: 'ImageName', cell: () => null };
const os: Column = { label: 'Operating system', sort: 'OsName', cell: (i) => i.OsName };
const arch: Column = { label: 'Architecture', cell: (i) => architectureLabels[i.Architecture] };
const size: Column = { label: 'Size', sort: 'ImageSize', cell: (i) => `${i.ImageSize} GB` };

export function StateCell({ image }: { image: Image }) {
  const label = stateLabels[image.ImageState];
  const busy = image.ImageState === 'CREATING' || image.ImageState === 'IMPORTING' || image.ImageState === 'SYNCING';
  // The source of copies still being made is busy too: say where it is being copied, and how far.
  const copies = image.CopyingTo ?? [];
  return (
    <span className={`state state-${image.ImageState.toLowerCase()}`}>
      <span className="state-label">{label}</span>
      {busy && <ProgressBar label={`${label} ${image.ImageName}`} value={image.SyncPercent ?? undefined} />}
      {copies.length > 0 && (
        <>
          <span className="state-copying">
            Being copied to {copies.length} {copies.length === 1 ? 'region' : 'regions'}
          </span>
          <ProgressBar
            label={`Copying ${image.ImageName} to ${copies.map((c) => regionLabel(c.Region)).join(', ')}`}
            value={Math.min(...copies.map((c) => c.SyncPercent))}
          />
        </>
      )}
      {image.FailureReason && <span className="state-reason">{image.FailureReason}</span>}
    </span>
  );
}

const columns: Record<TabKey, Column[]> = {
  public: [nameColumn, os, arch, size, { label: 'Fee', cell: (i, region) => feeLabel(i, region) }],
  custom: [
    nameColumn,
    { label: 'State', cell: (i) => <StateCell image={i} /> },
    os,
    arch,
    size,
    { label: 'Source', cell: (i) => sourceLabel(i) },
    {
      label: 'Shared with',
      cell: (i) =>
        i.SharedAccountCount === 0
          ? 'Not shared'
          : `${i.SharedAccountCount} account${i.SharedAccountCount === 1 ? '' : 's'}`,
    },
    { label: 'Created', sort: 'CreatedTime', cell: (i) => formatTime(i.CreatedTime) },
  ],
  shared: [nameColumn, { label: 'Owner account', cell: (i) => <code>{i.ImageCreator}</code> }, os, arch, size],
  marketplace: [
    nameColumn,
    { label: 'Vendor', cell: (i) => i.MarketInfo?.Vendor },
    {
      label: 'Pre-installed software',
      cell: (i) => (
        <ul className="inline-list">
          {i.MarketInfo?.Software.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ),
    },
    os,
    arch,
    { label: 'Price', cell: (i, region) => feeLabel(i, region) },
    {
      label: 'Review',
      cell: (i) =>
        i.MarketInfo?.Audited ? (
          <span className="badge badge-ok">Audited</span>
        ) : (
          <span className="badge">Not audited</span>
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
                  aria-label="Select all images on this page"
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
                      {col.label}
                      <span aria-hidden="true" className="sort-icon">
                        {sorted ? (order === 'ASC' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    col.label
                  )}
                </th>
              );
            })}
            <th scope="col">Actions</th>
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
                      aria-label={`Select ${image.ImageName}`}
                      checked={selected.has(image.ImageId)}
                      onChange={() => toggle(image.ImageId)}
                    />
                  </td>
                )}
                {cols.map((col, index) =>
                  index === 0 ? (
                    <th key={col.label} scope="row">
                      <Link className="name" to={imagePath(image.ImageId, region)}>
                        {image.ImageName}
                      </Link>
                      <code className="id">{image.ImageId}</code>
                      {image.ImageDeprecated && <span className="badge">Deprecated</span>}
                    </th>
                  ) : (
                    <td key={col.label}>{col.cell(image, region)}</td>
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
