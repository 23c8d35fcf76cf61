import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { imageQueries } from '../../api/image-queries.ts';
import { searchTextViolation } from '../../rules/describe.ts';
import type { Image } from '../../rules/images.ts';
import { launchImageViolation } from '../../rules/run-instances.ts';
import type { InstanceTypeSpec } from '../../rules/instance-types.ts';
import { feeLabel } from '../../rules/pricing.ts';
import { errorText } from '../../ui/error-text.ts';
import { useT } from '../../ui/i18n/I18n.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { useAccount } from '../account/use-account.ts';
import { architectureKeys } from '../image-labels.ts';
import { platforms, tabs, useSourceTabs, type TabKey } from '../images/image-view.ts';
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
  const t = useT();
  const sourceTabs = useSourceTabs();
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
        label={t('images.sources')}
        idPrefix="picker"
        tabs={sourceTabs}
        selected={tab}
        onSelect={(key) => {
          setTab(key);
          setPage(1);
        }}
      />
      <div id="picker-panel" role="tabpanel" aria-labelledby={`picker-tab-${tab}`} className="tab-panel">
        {tab === 'shared' && (
          <div className="notice notice-warning" role="note">
            <strong>{t('images.sharedNotice.title')}</strong> {t('picker.sharedNotice')}
          </div>
        )}
        <div className="toolbar">
          <div className="field-inline search">
            <label htmlFor="picker-search">{t('images.search')}</label>
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
                {t.rule(tooLong)}
              </p>
            )}
          </div>
          <div className="field-inline">
            <label htmlFor="picker-os">{t('field.os')}</label>
            <select
              id="picker-os"
              value={os}
              onChange={(e) => {
                setOs(e.target.value);
                setPage(1);
              }}
            >
              <option value="">{t('common.all')}</option>
              {platforms.map((p) => (
                <option key={p} translate="no">
                  {p}
                </option>
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
              <span>{t('picker.onlyFitting', { type: type.InstanceType })}</span>
            </label>
          )}
        </div>
        <InPageNote list={query.data} />
        <fieldset className="picker-list">
          <legend className="visually-hidden">{t(source.labelKey)}</legend>
          {query.isPending ? (
            <p>{t('picker.loading')}</p>
          ) : query.isError ? (
            <p role="alert">{errorText(t, query.error)}</p>
          ) : query.data.unlisted ? (
            <UnlistedMarketplace />
          ) : rows.length === 0 ? (
            <p className="empty">{t('picker.empty', { tab })}</p>
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
                      <span className="name" translate="no">
                        {image.ImageName}
                      </span>{' '}
                      <code className="id">{image.ImageId}</code>
                    </label>
                    <span id={`${id}-facts`} className="pick-facts">
                      <span translate="no">{image.OsName}</span> · {t(architectureKeys[image.Architecture])} ·{' '}
                      {t.format.gigabytes(image.ImageSize)} ·{' '}
                      <span className="fee">{feeLabel(image, region, t.language)}</span>
                      {image.MarketInfo && (
                        <>
                          {' · '}
                          <span translate="no">{image.MarketInfo.Vendor}</span>
                        </>
                      )}
                      {image.ImageType === 'SHARED_IMAGE' && (
                        <> · {t('picker.sharedBy', { account: image.ImageCreator })}</>
                      )}
                    </span>
                    {problem && (
                      <span id={`${id}-reason`} className="reason">
                        {t.rule(problem)}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </fieldset>
        {pages > 1 && (
          <nav className="pager" aria-label={t('picker.pages')}>
            <button type="button" className="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t('pager.previous')}
            </button>
            <span>{t('picker.page', { page, pages })}</span>
            <button type="button" className="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              {t('pager.next')}
            </button>
          </nav>
        )}
      </div>
    </div>
  );
}
