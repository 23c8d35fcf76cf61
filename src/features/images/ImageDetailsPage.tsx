import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { copiesQuery, imageQueries } from '../../api/image-queries.ts';
import { architectureLabels, imageKind, type Image } from '../../rules/images.ts';
import { feeLabel } from '../../rules/pricing.ts';
import { regionLabel } from '../../rules/regions.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAccount } from '../account/use-account.ts';
import { useRegion } from '../regions/use-region.ts';
import { ImageActions } from './ImageActions.tsx';
import type { ImageDialog } from './image-dialogs.ts';
import { tabs } from './image-view.ts';
import { StateCell } from './ImageTable.tsx';
import { formatTime } from '../../ui/format-time.ts';
import { sourceLabel } from './labels.ts';
import { imagePath, imagesPath } from '../paths.ts';

const ImageDialogs = lazy(() => import('./ImageDialogs.tsx'));

const typeLabels: Record<Image['ImageType'], string> = {
  PUBLIC_IMAGE: 'Public image',
  PRIVATE_IMAGE: 'Custom image',
  SHARED_IMAGE: 'Shared image',
  MARKET_IMAGE: 'Marketplace image',
};

export function ImageDetailsPage() {
  const { imageId = '' } = useParams();
  const account = useAccount();
  const [region] = useRegion();
  const query = useQuery(imageQueries.detail(account, region, imageId));
  const [dialog, setDialog] = useState<ImageDialog | null>(null);
  const image = query.data;
  const own = image ? imageKind(image, account) === 'own' : false;
  const tab = image && tabs.find((t) => t.type === image.ImageType)?.key;
  const back = imagesPath({ region, tab });

  return (
    <section aria-labelledby="image-heading">
      <p className="breadcrumb">
        <Link to={back}>Images</Link> / {imageId}
      </p>
      {query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <p>Loading image…</p>
      ) : !image ? (
        <>
          <h1 id="image-heading">Image not found</h1>
          <p>
            There is no image {imageId} that this account can see in {regionLabel(region)}. Images belong to one region:
            choose another region above, or <Link to={back}>go back to the list</Link>.
          </p>
        </>
      ) : (
        <>
          <h1 id="image-heading">{image.ImageName}</h1>
          <p className="lead">
            {typeLabels[image.ImageType]} in {regionLabel(region)} · <code>{image.ImageId}</code>
          </p>
          {image.ImageType === 'SHARED_IMAGE' && (
            <div className="notice notice-warning" role="note">
              <strong>Shared by account {image.ImageCreator}, not reviewed by the platform.</strong> Launch it only if
              you trust that account.
            </div>
          )}
          <ImageActions image={image} region={region} onOpen={setDialog} />
          <h2>Details</h2>
          <dl className="details">
            <dt>State</dt>
            <dd>
              <StateCell image={image} />
            </dd>
            <dt>Operating system</dt>
            <dd>
              {image.OsName} ({image.Platform})
            </dd>
            <dt>Architecture</dt>
            <dd>{architectureLabels[image.Architecture]}</dd>
            <dt>Size</dt>
            <dd>{image.ImageSize} GB (the smallest system disk it fits on)</dd>
            <dt>Fee</dt>
            <dd>{feeLabel(image, region)}</dd>
            <dt>Source</dt>
            <dd>
              {sourceLabel(image)}
              {image.CopiedFrom && (
                <>
                  {' '}
                  (
                  <Link to={imagePath(image.CopiedFrom.ImageId, image.CopiedFrom.Region)}>
                    {image.CopiedFrom.ImageId}
                  </Link>
                  )
                </>
              )}
            </dd>
            <dt>Owner</dt>
            <dd>{image.ImageCreator === 'tencent' ? 'Tencent Cloud' : image.ImageCreator}</dd>
            <dt>Created</dt>
            <dd>{formatTime(image.CreatedTime)}</dd>
            <dt>Description</dt>
            <dd>{image.ImageDescription || <span className="muted">None</span>}</dd>
            {image.BootMode && (
              <>
                <dt>Boot mode</dt>
                <dd>{image.BootMode}</dd>
              </>
            )}
            <dt>Licence</dt>
            <dd>{image.LicenseType === 'BYOL' ? 'Bring your own licence' : 'Tencent Cloud'}</dd>
            <dt>cloud-init</dt>
            <dd>{image.IsSupportCloudinit ? 'Supported' : 'Not supported'}</dd>
            {image.MarketInfo && (
              <>
                <dt>Vendor</dt>
                <dd>
                  {image.MarketInfo.Vendor} {image.MarketInfo.Audited ? '(audited)' : '(not audited)'}
                </dd>
                <dt>Pre-installed software</dt>
                <dd>{image.MarketInfo.Software.join(', ')}</dd>
              </>
            )}
            {image.ImageFamily && (
              <>
                <dt>Image family</dt>
                <dd>{image.ImageFamily}</dd>
              </>
            )}
            {image.Tags.length > 0 && (
              <>
                <dt>Tags</dt>
                <dd>{image.Tags.map((t) => `${t.Key}=${t.Value}`).join(', ')}</dd>
              </>
            )}
          </dl>
          {image.SnapshotSet.length > 0 && (
            <>
              <h2>Snapshots</h2>
              <table className="data-table compact">
                <caption className="visually-hidden">Snapshots of {image.ImageName}</caption>
                <thead>
                  <tr>
                    <th scope="col">Snapshot</th>
                    <th scope="col">Disk</th>
                    <th scope="col">Size</th>
                  </tr>
                </thead>
                <tbody>
                  {image.SnapshotSet.map((s) => (
                    <tr key={s.SnapshotId}>
                      <td>
                        <code>{s.SnapshotId}</code>
                      </td>
                      <td>{s.DiskUsage === 'SYSTEM_DISK' ? 'System disk' : 'Data disk'}</td>
                      <td>{s.DiskSize} GB</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {own && <Recipients image={image} region={region} />}
          {own && <Copies image={image} region={region} />}
        </>
      )}
      {dialog && (
        <Suspense fallback={null}>
          <ImageDialogs
            dialog={dialog}
            region={region}
            onClose={() => setDialog(null)}
            onDone={() => setDialog(null)}
          />
        </Suspense>
      )}
    </section>
  );
}

function Recipients({ image, region }: { image: Image; region: string }) {
  const account = useAccount();
  const shares = useQuery(imageQueries.shares(account, region, image.ImageId));
  const list = shares.data?.SharePermissionSet ?? [];
  return (
    <>
      <h2>Shared with</h2>
      {shares.isPending ? (
        <p>Loading…</p>
      ) : list.length === 0 ? (
        <p className="muted">Not shared with any account.</p>
      ) : (
        <ul className="item-list">
          {list.map((s) => (
            <li key={s.AccountId}>
              <code>{s.AccountId}</code> <span className="muted">since {formatTime(s.CreatedTime)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Copies({ image, region }: { image: Image; region: string }) {
  const account = useAccount();
  const copies = useQuery(copiesQuery(account, region, image));
  const list = copies.data?.copies ?? [];
  const recorded = copies.data?.recorded !== false;
  return (
    <>
      <h2>Copies in other regions</h2>
      {!recorded && list.length > 0 && (
        <p className="muted">
          Tencent Cloud does not record which image a copy was made from: these are your images named {image.ImageName}{' '}
          in the regions this image can be copied to.
        </p>
      )}
      {copies.isPending ? (
        <p>Looking in other regions…</p>
      ) : copies.isError ? (
        <ErrorMessage error={copies.error} onRetry={() => void copies.refetch()} />
      ) : list.length === 0 ? (
        <p className="muted">
          {recorded
            ? 'No copies. Use Copy to make this image available in other regions.'
            : `No image named ${image.ImageName} in the regions this image can be copied to. Use Copy to make it available there.`}
        </p>
      ) : (
        <ul className="item-list">
          {list.map(({ region: r, image: copy }) => (
            <li key={copy.ImageId}>
              <Link to={imagePath(copy.ImageId, r)}>
                {regionLabel(r)}: {copy.ImageName}
              </Link>{' '}
              <code className="id">{copy.ImageId}</code> <StateCell image={copy} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
