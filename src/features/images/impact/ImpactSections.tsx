import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { Link } from '../../router.tsx';
import type { ImageChange, SnapshotCost } from '../../../rules/impact.ts';
import type { Image, Snapshot } from '../../../rules/images.ts';
import { formatPrice } from '../../../rules/pricing.ts';
import { snapshotsCost } from '../../../rules/impact.ts';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { useT } from '../../../ui/i18n/I18n.tsx';
import { imagePath, instancesPath } from '../../paths.ts';
import { useImpact } from './use-impact.ts';

// What a change to an image touches, section by section (src/rules/impact.ts says the facts): the
// Delete dialog shows them all, the details page those it does not show otherwise. The words are
// the `impact.` messages, loaded with the pages' part when the dialog opens (MessagesOf "pages").

export type ImpactSection = 'instances' | 'sharedWith' | 'copies' | 'snapshots';

type Heading = 'h2' | 'h3' | 'h4';

/** A section named by its heading, showing its reading's loading and error states before its facts. */
function Section({
  title,
  level: H,
  query,
  children,
}: {
  title: string;
  level: Heading;
  query?: UseQueryResult;
  children: ReactNode;
}) {
  const t = useT();
  const id = useId();
  return (
    <section aria-labelledby={id} className="impact-section">
      <H id={id}>{title}</H>
      {query?.isPending ? (
        <p className="muted">{t('impact.loading')}</p>
      ) : query?.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        children
      )}
    </section>
  );
}

/** The facts of a change to one own image, in the sections asked for. */
export function ImpactSections({
  image,
  region,
  change,
  level,
  sections = ['instances', 'sharedWith', 'copies', 'snapshots'],
}: {
  image: Image;
  region: string;
  /** The change a dialog previews; none on the details page. */
  change?: ImageChange;
  level: Heading;
  sections?: readonly ImpactSection[];
}) {
  const t = useT();
  const { impact, instances, shares, copies, copiesRecorded } = useImpact(image, region, change);
  const show = (s: ImpactSection) => sections.includes(s);
  const deleting = change === 'delete';
  return (
    <>
      {show('instances') && (
        <Section title={t('impact.instances')} level={level} query={instances}>
          {impact.instances.length === 0 ? (
            <p className="muted">{t('impact.instancesNone')}</p>
          ) : (
            <>
              <ul className="item-list">
                {impact.instances.flatMap(({ region: r, instances: list }) =>
                  list.map((i) => (
                    <li key={i.InstanceId}>
                      <Link to={instancesPath(r, i.InstanceId)}>
                        {t('impact.instanceLink', { region: t.region(r), name: i.InstanceName })}
                      </Link>{' '}
                      <code className="id">{i.InstanceId}</code>
                    </li>
                  )),
                )}
              </ul>
              {deleting && <p className="muted">{t('impact.instancesKeep')}</p>}
            </>
          )}
        </Section>
      )}
      {show('sharedWith') && (
        <Section title={t('impact.sharedWith')} level={level} query={shares}>
          {impact.sharedWith.length === 0 ? (
            <p className="muted">{t('impact.sharedNone')}</p>
          ) : (
            <ul className="item-list">
              {impact.sharedWith.map((account) => (
                <li key={account}>
                  <code>{account}</code>
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      {show('copies') && (
        <Section title={t('impact.copies')} level={level} query={copies}>
          {!copiesRecorded && impact.copies.length > 0 && <p className="muted">{t('impact.copiesByName')}</p>}
          {impact.copies.length === 0 ? (
            <p className="muted">{t('impact.copiesNone')}</p>
          ) : (
            <>
              <ul className="item-list">
                {impact.copies.map(({ region: r, image: copy }) => (
                  <li key={copy.ImageId}>
                    <Link to={imagePath(copy.ImageId, r)}>
                      {t('impact.instanceLink', { region: t.region(r), name: copy.ImageName })}
                    </Link>{' '}
                    <code className="id">{copy.ImageId}</code>
                  </li>
                ))}
              </ul>
              {deleting && <p className="muted">{t('impact.copiesKeep')}</p>}
            </>
          )}
        </Section>
      )}
      {show('snapshots') && (
        <Section title={t('impact.snapshots')} level={level}>
          {impact.snapshots.length === 0 ? (
            <p className="muted">{t('impact.snapshotsNone')}</p>
          ) : (
            <>
              <SnapshotTable name={image.ImageName} snapshots={impact.snapshots} />
              {/* Deleting, the choice about the snapshots says what they cost. */}
              {!deleting && (
                <p className="muted">
                  {t('impact.snapshotsBilled', {
                    price: formatPrice(impact.snapshotsMonthly.amount, impact.snapshotsMonthly, t.language),
                  })}
                </p>
              )}
            </>
          )}
        </Section>
      )}
    </>
  );
}

/** An image's snapshots: disk, size, and (when the viewer pays for them) what each costs a month. */
export function SnapshotTable({
  name,
  snapshots,
}: {
  name: string;
  snapshots: readonly (Snapshot & Partial<Pick<SnapshotCost, 'monthly'>>)[];
}) {
  const t = useT();
  const priced = snapshots.some((s) => s.monthly);
  return (
    <table className="data-table compact">
      <caption className="visually-hidden">{t('impact.snapshotsOf', { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('impact.snapshot')}</th>
          <th scope="col">{t('impact.disk')}</th>
          <th scope="col">{t('impact.size')}</th>
          {priced && <th scope="col">{t('impact.monthly')}</th>}
        </tr>
      </thead>
      <tbody>
        {snapshots.map((s) => (
          <tr key={s.SnapshotId}>
            <td>
              <code>{s.SnapshotId}</code>
            </td>
            <td>{t(s.DiskUsage === 'SYSTEM_DISK' ? 'disk.SYSTEM_DISK' : 'disk.DATA_DISK')}</td>
            <td>{t.format.gigabytes(s.DiskSize)}</td>
            {s.monthly && <td className="fee">{formatPrice(s.monthly.amount, s.monthly, t.language)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The Delete dialog's choice about the snapshots of the images it deletes (DeleteBindedSnap): what
 * they cost while they stay, or that they go.
 */
export function AlsoDeleteSnapshots({
  images,
  region,
  checked,
  onChange,
}: {
  images: readonly Image[];
  region: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const t = useT();
  const id = useId();
  const cost = snapshotsCost(images, region);
  if (cost.count === 0) return null;
  return (
    <div className="field checkbox-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={`${id}-hint`}
      />
      <label htmlFor={id}>{t('impact.alsoDeleteSnapshots')}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {checked
          ? t('impact.snapshotsGo')
          : t('impact.snapshotsKept', { price: formatPrice(cost.monthly.amount, cost.monthly, t.language) })}
      </p>
    </div>
  );
}

/**
 * The Delete dialog's facts: for one image its sections, for several each image under its name; then
 * the choice about the snapshots of those that can be deleted.
 */
export function DeleteImpact({
  images,
  deletable,
  region,
  deleteSnapshots,
  onDeleteSnapshots,
}: {
  images: readonly Image[];
  deletable: readonly Image[];
  region: string;
  deleteSnapshots: boolean;
  onDeleteSnapshots: (checked: boolean) => void;
}) {
  const t = useT();
  return (
    <>
      {images.length === 1 ? (
        <ImpactSections image={images[0]!} region={region} change="delete" level="h3" />
      ) : (
        images.map((image) => (
          <div key={image.ImageId} className="impact-image">
            <h3 translate="no">{t('impact.forImage', { name: image.ImageName })}</h3>
            <ImpactSections image={image} region={region} change="delete" level="h4" />
          </div>
        ))
      )}
      <AlsoDeleteSnapshots images={deletable} region={region} checked={deleteSnapshots} onChange={onDeleteSnapshots} />
    </>
  );
}
