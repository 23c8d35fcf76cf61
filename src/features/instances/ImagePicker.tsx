import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { imageQueries } from '../../api/image-queries.ts';
import { searchTextViolation } from '../../rules/describe.ts';
import { architectureLabels, type Image } from '../../rules/images.ts';
import { launchImageViolation, type InstanceTypeSpec } from '../../rules/instances.ts';
import { feeLabel } from '../../rules/pricing.ts';
import { renderMessage } from '../../rules/messages/render.ts';
import { Tabs } from '../../ui/Tabs.tsx';
import { useAccount } from '../account/use-account.ts';
import { platforms, tabs, type TabKey } from '../images/image-view.ts';
import { InPageNote, UnlistedMarketplace } from '../images/ListNotes.tsx';

interface Props {
  region: string;
  type: InstanceTypeSpec | undefined;
  chosenId: string;
  onChoose: (image: Image) => void;
}

const PICKER_PAGE = 10;

/** The image step: the same four sources as the images page, compatible images only selectable. */
export function ImagePicker({ region, type, chosenId, onChoose }: Props) {
  const account = useAccount();
  const [tab, setTab] = useState<TabKey>('public');
  const [keyword, setKeyword] = useState('');
  const tooLong = searchTextViolation(keyword.trim());
  const [os, setOs] = useState('');
  const [onlyFitting, setOnlyFitting] = useState(false);
  const [page, setPage] = useState(1);
  const source = tabs.find((t) => t.key === tab)!;
  const base = {
    account,
    region,
    type: source.type,
    // A search longer than the API takes is not asked for: the box says why.
    keyword: (!tooLong && keyword.trim()) || undefined,
    platform: os || undefined,
    offset: (page - 1) * PICKER_PAGE,
    limit: PICKER_PAGE,
  };
  const query = useQuery(imageQueries.list(onlyFitting && type ? { ...base, instanceType: type.InstanceType } : base));
  const rows = query.data?.ImageSet ?? [];
  const total = query.data?.TotalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / PICKER_PAGE));

  return (
    <div className="picker">
      <Tabs
        label="Image sources"
        idPrefix="picker"
        tabs={tabs}
        selected={tab}
        onSelect={(key) => {
          setTab(key);
          setPage(1);
        }}
      />
      <div id="picker-panel" role="tabpanel" aria-labelledby={`picker-tab-${tab}`} className="tab-panel">
        {tab === 'shared' && (
          <div className="notice notice-warning" role="note">
            <strong>Shared images are not reviewed by the platform.</strong> Use them only if you trust the account that
            shared them.
          </div>
        )}
        <div className="toolbar">
          <div className="field-inline search">
            <label htmlFor="picker-search">Search images</label>
            <input
              id="picker-search"
              type="search"
              value={keyword}
              aria-invalid={tooLong ? true : undefined}
              aria-describedby={tooLong ? 'picker-search-error' : undefined}
              onChange={(e) => {
                setKeyword(e.target.value);
                setPage(1);
              }}
            />
            {tooLong && (
              <p className="field-error" id="picker-search-error">
                {renderMessage(tooLong)}
              </p>
            )}
          </div>
          <div className="field-inline">
            <label htmlFor="picker-os">Operating system</label>
            <select
              id="picker-os"
              value={os}
              onChange={(e) => {
                setOs(e.target.value);
                setPage(1);
              }}
            >
              <option value="">All</option>
              {platforms.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </div>
          {type && (
            <label className="field-inline">
              <input
                type="checkbox"
                checked={onlyFitting}
                onChange={(e) => {
                  setOnlyFitting(e.target.checked);
                  setPage(1);
                }}
              />
              <span>Only images that run on {type.InstanceType}</span>
            </label>
          )}
        </div>
        <InPageNote list={query.data} />
        <fieldset className="picker-list">
          <legend className="visually-hidden">{source.label}</legend>
          {query.isPending ? (
            <p>Loading images…</p>
          ) : query.isError ? (
            <p role="alert">{query.error.message}</p>
          ) : query.data.unlisted ? (
            <UnlistedMarketplace />
          ) : rows.length === 0 ? (
            <p className="empty">No {source.label.toLowerCase()} here match. Try another source, search or filter.</p>
          ) : (
            <ul>
              {rows.map((image) => {
                const problem = launchImageViolation(image, type);
                const id = `pick-${image.ImageId}`;
                return (
                  <li
                    key={image.ImageId}
                    className={problem ? 'pick disabled' : image.ImageId === chosenId ? 'pick chosen' : 'pick'}
                  >
                    <input
                      type="radio"
                      name="image"
                      id={id}
                      value={image.ImageId}
                      checked={image.ImageId === chosenId}
                      disabled={Boolean(problem)}
                      onChange={() => onChoose(image)}
                      aria-describedby={`${id}-facts${problem ? ` ${id}-reason` : ''}`}
                    />
                    <label htmlFor={id}>
                      <span className="name">{image.ImageName}</span> <code className="id">{image.ImageId}</code>
                    </label>
                    <span id={`${id}-facts`} className="pick-facts">
                      {image.OsName} · {architectureLabels[image.Architecture]} · {image.ImageSize} GB ·{' '}
                      {feeLabel(image, region)}
                      {image.MarketInfo ? ` · ${image.MarketInfo.Vendor}` : ''}
                      {image.ImageType === 'SHARED_IMAGE' ? ` · shared by ${image.ImageCreator}` : ''}
                    </span>
                    {problem && (
                      <span id={`${id}-reason`} className="reason">
                        {renderMessage(problem)}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </fieldset>
        {pages > 1 && (
          <nav className="pager" aria-label="Image pages">
            <button type="button" className="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              Previous page
            </button>
            <span>
              Page {page} of {pages}
            </span>
            <button type="button" className="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              Next page
            </button>
          </nav>
        )}
      </div>
    </div>
  );
}
