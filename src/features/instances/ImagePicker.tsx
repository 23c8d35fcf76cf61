import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { imageQueries } from '../../api/image-queries.ts';
import { searchTextViolation } from '../../rules/describe.ts';
import { matchesKeyword } from '../../rules/extensions.ts';
import type { Violation } from '../../rules/violation.ts';
import type { Image } from '../../rules/images.ts';
import { imageRegionViolation, launchImageViolation } from '../../rules/run-instances.ts';
import { architectureFits, type InstanceTypeConfig, type InstanceTypeSpec } from '../../rules/instance-types.ts';
import { errorText } from '../../ui/error-text.ts';
import { useT } from '../../ui/i18n/I18n.tsx';
import { PageButtons } from '../../ui/PageButtons.tsx';
import { Tabs, type TabItem } from '../../ui/Tabs.tsx';
import { useAccount } from '../account/use-account.ts';
import { platforms, tabs, useSourceTabs, type TabKey } from '../images/image-view.ts';
import { InPageNote, UnlistedMarketplace } from '../images/ListNotes.tsx';
import { SearchBox } from '../images/SearchBox.tsx';
import { pickedIds, usePicks } from '../picks/picks-store.ts';
import { PickerRow } from './PickerRow.tsx';

interface Props {
  region: string;
  type: InstanceTypeSpec | undefined;
  /** The types on offer in the region (DescribeInstanceTypeConfigs), once known. */
  offers: readonly Pick<InstanceTypeConfig, 'InstanceType'>[] | undefined;
  chosenId: string;
  /** The image chosen, once read: the picker opens on its own tab. */
  chosen: Image | undefined;
  onChoose: (image: Image) => void;
}

/** The picker's own lists, kept in this browser (picks-store.ts), before the four sources. */
type RememberedKey = 'recent' | 'favourites';
type PickerTab = RememberedKey | TabKey;

const PICKER_PAGE = 10;

const sameMessage = (a: Violation, b: Violation | undefined) =>
  b !== undefined && a.key === b.key && JSON.stringify(a.params) === JSON.stringify(b.params);

/**
 * The image step: Recent and Favourites (this account's, in this browser), then the same four
 * sources as the images page; compatible images only, and no deprecated ones, unless asked.
 */
export function ImagePicker({ region, type, offers, chosenId, chosen, onChoose }: Props) {
  const t = useT();
  const sourceTabs = useSourceTabs();
  const account = useAccount();
  const picks = usePicks();
  const [tab, setTab] = useState<PickerTab>(() => tabs.find((s) => s.type === chosen?.ImageType)?.key ?? 'public');
  const [keyword, setKeyword] = useState('');
  const tooLong = searchTextViolation(keyword.trim());
  const [os, setOs] = useState('');
  const [onlyFitting, setOnlyFitting] = useState(true);
  const [showDeprecated, setShowDeprecated] = useState(false);
  const [page, setPage] = useState(1);
  const remembered = tab === 'recent' || tab === 'favourites';
  const source = tabs.find((s) => s.key === tab);
  const search = (!tooLong && keyword.trim()) || undefined;
  const pickerTabs: TabItem<PickerTab>[] = [
    { key: 'recent', label: t('picker.recent') },
    { key: 'favourites', label: t('picker.favourites') },
    ...sourceTabs,
  ];

  const base = {
    account,
    region,
    type: source?.type ?? 'PUBLIC_IMAGE',
    // A search longer than the API takes is not asked for: the box says why.
    keyword: search,
    platform: os || undefined,
    hideDeprecated: !showDeprecated,
    offset: (page - 1) * PICKER_PAGE,
    limit: PICKER_PAGE,
  };
  const listQuery = useQuery({
    ...imageQueries.list(onlyFitting && type ? { ...base, instanceType: type.InstanceType } : base),
    enabled: !remembered,
  });
  const ids = remembered ? pickedIds(picks, tab === 'recent' ? 'recent' : 'favourite', region) : [];
  const idsQuery = useQuery({ ...imageQueries.byIds(account, region, ids), enabled: remembered });
  const families = useQuery({ ...imageQueries.families(account, region), enabled: tab === 'custom' });

  // The remembered lists are short (at most 50): searched, filtered and paged here, with the rules
  // the API applies to the sources (the keyword's matcher, the type's architecture).
  const kept = (idsQuery.data ?? []).filter(
    (image) =>
      (!search || matchesKeyword(image, { Name: 'keyword', Values: [search] })) &&
      (!onlyFitting || !type || architectureFits(image.Architecture, type.Architecture)) &&
      (showDeprecated || !image.ImageDeprecated),
  );
  const query = remembered ? idsQuery : listQuery;
  const rows = remembered ? kept.slice(base.offset, base.offset + PICKER_PAGE) : (listQuery.data?.ImageSet ?? []);
  const total = remembered ? kept.length : (listQuery.data?.TotalCount ?? 0);
  const pages = Math.max(1, Math.ceil(total / PICKER_PAGE));
  const latest = families.data ?? [];
  // No type sold here runs some images (ARM where no ARM type is sold): said once above the list,
  // each such image pointing to it, rather than the same sentence under every one of them.
  const regionProblemOf = (image: Image) => (offers ? imageRegionViolation(image, region, offers) : undefined);
  const regionProblem = [...(chosen ? [chosen] : []), ...rows].map(regionProblemOf).find(Boolean);
  const rowProps = (image: Image, idPrefix: string) => {
    const inRegion = regionProblemOf(image);
    return {
      image,
      region,
      idPrefix,
      chosen: image.ImageId === chosenId,
      problem: inRegion ?? launchImageViolation(image, type),
      reasonId:
        inRegion && sameMessage(inRegion, regionProblem)
          ? 'picker-region-reason'
          : `${idPrefix}-${image.ImageId}-reason`,
      onChoose,
    };
  };
  const emptyText = () => {
    if (!remembered) return t('picker.empty', { tab });
    if (ids.length > 0) return t('picker.noMatch');
    const where = { region: t.region(region) };
    return tab === 'recent' ? t('picker.emptyRecent', where) : t('picker.emptyFavourites', where);
  };
  const restart =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  return (
    <div className="picker">
      <Tabs label={t('images.sources')} idPrefix="picker" tabs={pickerTabs} selected={tab} onSelect={restart(setTab)} />
      <div id="picker-panel" role="tabpanel" aria-labelledby={`picker-tab-${tab}`} className="tab-panel">
        {tab === 'shared' && (
          <div className="notice notice-warning" role="note">
            <strong>{t('images.sharedNotice.title')}</strong> {t('picker.sharedNotice')}
          </div>
        )}
        {remembered && <p className="muted">{t('picker.keptHere')}</p>}
        <div className="toolbar">
          <SearchBox id="picker-search" value={keyword} onChange={restart(setKeyword)} />
          {!remembered && (
            <div className="field-inline">
              <label htmlFor="picker-os">{t('field.os')}</label>
              <select id="picker-os" value={os} onChange={(e) => restart(setOs)(e.target.value)}>
                <option value="">{t('common.all')}</option>
                {platforms.map((p) => (
                  <option key={p} translate="no">
                    {p}
                  </option>
                ))}
              </select>
            </div>
          )}
          {type && (
            <div className="field-inline">
              <input
                type="checkbox"
                id="picker-compatible"
                checked={onlyFitting}
                aria-describedby="picker-compatible-hint"
                onChange={(e) => restart(setOnlyFitting)(e.target.checked)}
              />
              <label htmlFor="picker-compatible">{t('picker.compatibleOnly')}</label>
              <span id="picker-compatible-hint" className="muted">
                {t('picker.onlyFitting', { type: type.InstanceType })}
              </span>
            </div>
          )}
          <div className="field-inline">
            <input
              type="checkbox"
              id="picker-deprecated"
              checked={showDeprecated}
              onChange={(e) => restart(setShowDeprecated)(e.target.checked)}
            />
            <label htmlFor="picker-deprecated">{t('picker.showDeprecated')}</label>
          </div>
        </div>
        {!remembered && <InPageNote list={listQuery.data} />}
        {regionProblem && (
          <p id="picker-region-reason" className="notice notice-warning" role="note">
            {t.rule(regionProblem)}
          </p>
        )}
        {latest.length > 0 && (
          <fieldset className="picker-list picker-families">
            <legend>{t('picker.families')}</legend>
            <ul>
              {latest.map(({ family, image }) =>
                image ? (
                  <PickerRow
                    key={family}
                    {...rowProps(image, `pick-family-${family}`)}
                    name="image-family"
                    lead={t('picker.familyLatest', { family })}
                  />
                ) : (
                  <li key={family} className="pick disabled">
                    {t('picker.familyNone', { family })}
                  </li>
                ),
              )}
            </ul>
          </fieldset>
        )}
        <fieldset className="picker-list">
          <legend className="visually-hidden">
            {remembered ? t(tab === 'recent' ? 'picker.recent' : 'picker.favourites') : t(source!.labelKey)}
          </legend>
          {query.isPending && (!remembered || ids.length > 0) ? (
            <p>{t('picker.loading')}</p>
          ) : query.isError ? (
            <p role="alert">{errorText(t, query.error)}</p>
          ) : !remembered && listQuery.data?.unlisted ? (
            <UnlistedMarketplace />
          ) : rows.length === 0 ? (
            <p className="empty">{emptyText()}</p>
          ) : (
            <ul>
              {rows.map((image) => (
                <PickerRow key={image.ImageId} {...rowProps(image, 'pick')} name="image" />
              ))}
            </ul>
          )}
        </fieldset>
        {pages > 1 && (
          <nav className="pager" aria-label={t('picker.pages')}>
            <PageButtons page={page} pages={pages} onPage={setPage}>
              <span>{t('picker.page', { page, pages })}</span>
            </PageButtons>
          </nav>
        )}
      </div>
    </div>
  );
}
