import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from '../router.tsx';
import { imageQueries } from '../../api/image-queries.ts';
import { copiesQuery } from '../../api/copies-queries.ts';
import { imageRegionQuery } from '../../api/region-of.ts';
import { IMAGE_ID_PATTERN } from '../../rules/ids.ts';
import { isKnownRegion } from '../../rules/regions.ts';
import { imageKind, type Image } from '../../rules/images.ts';
import { feeLabel } from '../../rules/pricing.ts';
import { DateTime, useT, useTitle } from '../../ui/i18n/I18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAccount } from '../account/use-account.ts';
import { useRegion } from '../regions/use-region.ts';
import { ImageActions } from './ImageActions.tsx';
import type { ImageDialog } from './image-dialogs.ts';
import { tabs } from './image-view.ts';
import { StateCell } from './ImageTable.tsx';
import { architectureKeys, imageTypeKeys } from '../image-labels.ts';
import { sourceLabel } from './labels.ts';
import { imagePath, imagesPath } from '../paths.ts';
import { ImpactSections, SnapshotTable } from './impact/ImpactSections.tsx';
import { Lineage } from './impact/Lineage.tsx';

const ImageDialogs = lazy(() => import('./ImageDialogs.tsx'));

/**
 * `/images/<id>`: an ID that is not an image ID is said so at once; an address without a region
 * (a pasted ID, "Go to ID") finds the image's region first and puts it in the address.
 */
export function ImageDetailsPage() {
  const t = useT();
  const { imageId = '' } = useParams();
  const account = useAccount();
  const [region] = useRegion();
  const given = useSearchParams()[0].get('region');
  const wellFormed = IMAGE_ID_PATTERN.test(imageId);
  const locate = wellFormed && !(given && isKnownRegion(given));
  const located = useQuery({ ...imageRegionQuery(account, region, imageId), enabled: locate });
  const navigate = useNavigate();
  useEffect(() => {
    if (locate && located.data) void navigate(imagePath(imageId, located.data), { replace: true });
  }, [locate, located.data, imageId, navigate]);
  if (wellFormed && !locate) return <ImageDetails imageId={imageId} region={region} />;
  const back = imagesPath({ region });
  return (
    <Page imageId={imageId} back={back}>
      {!wellFormed || (located.isSuccess && !located.data) ? (
        <NotFound>
          {t.rich(wellFormed ? 'details.notFoundAnywhere' : 'details.malformed', {
            imageId,
            back: <Link to={back}>{t('details.backToList')}</Link>,
          })}
        </NotFound>
      ) : located.isError ? (
        <ErrorMessage error={located.error} onRetry={() => void located.refetch()} />
      ) : (
        <p>{t('details.finding', { imageId })}</p>
      )}
    </Page>
  );
}

/** The page of an image: the way back to the list, then what is known of it. */
function Page({ imageId, back, children }: { imageId: string; back: string; children: ReactNode }) {
  const t = useT();
  return (
    <section aria-labelledby="image-heading">
      <p className="breadcrumb">
        <Link to={back}>{t('images.heading')}</Link> / <span translate="no">{imageId}</span>
      </p>
      {children}
    </section>
  );
}

/** An image that is not there: a heading, and why (with the way back). */
function NotFound({ children }: { children: ReactNode }) {
  const t = useT();
  useTitle(t('details.notFound'));
  return (
    <>
      <h1 id="image-heading">{t('details.notFound')}</h1>
      <p>{children}</p>
    </>
  );
}

function ImageDetails({ imageId, region }: { imageId: string; region: string }) {
  const t = useT();
  const account = useAccount();
  const query = useQuery(imageQueries.detail(account, region, imageId));
  const [dialog, setDialog] = useState<ImageDialog | null>(null);
  const image = query.data;
  const own = image ? imageKind(image, account) === 'own' : false;
  const tab = image && tabs.find((t) => t.type === image.ImageType)?.key;
  const back = imagesPath({ region, tab });
  useTitle(image?.ImageName ?? imageId);

  return (
    <Page imageId={imageId} back={back}>
      {query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <p>{t('details.loading')}</p>
      ) : !image ? (
        <NotFound>
          {t.rich('details.notFoundText', {
            imageId,
            region: t.region(region),
            back: <Link to={back}>{t('details.backToList')}</Link>,
          })}
        </NotFound>
      ) : (
        <>
          <h1 id="image-heading" translate="no">
            {image.ImageName}
          </h1>
          <p className="lead">
            {t.rich('details.lead', {
              type: t(imageTypeKeys[image.ImageType]),
              region: t.region(region),
              imageId: <code>{image.ImageId}</code>,
            })}
          </p>
          {image.ImageType === 'SHARED_IMAGE' && (
            <div className="notice notice-warning" role="note">
              <strong>{t('details.sharedNotice.title', { account: image.ImageCreator })}</strong>{' '}
              {t('details.sharedNotice.text')}
            </div>
          )}
          <ImageActions
            image={image}
            region={region}
            onOpen={(opened) => {
              void t.need('dialogs'); // with the dialogs' code, not after it
              setDialog(opened);
            }}
            layout="page"
          />
          <h2>{t('details.heading')}</h2>
          <dl className="details">
            <dt>{t('field.state')}</dt>
            <dd>
              <StateCell image={image} />
            </dd>
            <dt>{t('field.os')}</dt>
            <dd translate="no">
              {t('details.osWithPlatform', { os: t.format.osName(image.OsName), platform: image.Platform })}
            </dd>
            <dt>{t('field.arch')}</dt>
            <dd>{t(architectureKeys[image.Architecture])}</dd>
            <dt>{t('field.size')}</dt>
            <dd>{t('details.size', { size: t.format.gigabytes(image.ImageSize) })}</dd>
            <dt>{t('field.fee')}</dt>
            <dd className="fee">{feeLabel(image, region, t.language)}</dd>
            <dt>{t('field.source')}</dt>
            <dd>
              {sourceLabel(t, image)}
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
            <dt>{t('field.owner')}</dt>
            <dd>
              {image.ImageCreator === 'tencent' ? t('owner.tencent') : <span translate="no">{image.ImageCreator}</span>}
            </dd>
            <dt>{t('field.created')}</dt>
            <dd>
              <DateTime iso={image.CreatedTime} />
            </dd>
            <dt>{t('field.description')}</dt>
            <dd translate={image.ImageDescription ? 'no' : undefined}>
              {image.ImageDescription || <span className="muted">{t('common.none')}</span>}
            </dd>
            {image.BootMode && (
              <>
                <dt>{t('field.bootMode')}</dt>
                <dd translate="no">{image.BootMode}</dd>
              </>
            )}
            <dt>{t('field.licence')}</dt>
            <dd>{image.LicenseType === 'BYOL' ? t('licence.byol') : t('licence.tencent')}</dd>
            <dt>{t('field.cloudInit')}</dt>
            <dd>{image.IsSupportCloudinit ? t('cloudInit.supported') : t('cloudInit.unsupported')}</dd>
            {image.MarketInfo && (
              <>
                <dt>{t('field.vendor')}</dt>
                <dd>
                  {t.rich('details.vendor', {
                    vendor: <span translate="no">{image.MarketInfo.Vendor}</span>,
                    audited: image.MarketInfo.Audited ? 'yes' : 'no',
                  })}
                </dd>
                <dt>{t('field.software')}</dt>
                <dd translate="no">{t.format.list(image.MarketInfo.Software)}</dd>
              </>
            )}
            {image.ImageFamily && (
              <>
                <dt>{t('field.family')}</dt>
                <dd translate="no">{image.ImageFamily}</dd>
              </>
            )}
            {image.Tags.length > 0 && (
              <>
                <dt>{t('field.tags')}</dt>
                <dd translate="no">{t.format.list(image.Tags.map((tag) => `${tag.Key}=${tag.Value}`))}</dd>
              </>
            )}
          </dl>
          {own ? (
            <ImpactSections image={image} region={region} level="h2" sections={['instances', 'snapshots']} />
          ) : (
            image.SnapshotSet.length > 0 && (
              <>
                <h2>{t('details.snapshots')}</h2>
                <SnapshotTable name={image.ImageName} snapshots={image.SnapshotSet} />
              </>
            )
          )}
          {own && <Recipients image={image} region={region} />}
          {own && <Copies image={image} region={region} />}
          {own && <Lineage image={image} region={region} />}
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
    </Page>
  );
}

function Recipients({ image, region }: { image: Image; region: string }) {
  const t = useT();
  const account = useAccount();
  const shares = useQuery(imageQueries.shares(account, region, image.ImageId));
  const list = shares.data?.SharePermissionSet ?? [];
  return (
    <>
      <h2>{t('field.sharedWith')}</h2>
      {shares.isPending ? (
        <p>{t('common.loading')}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t('details.notShared')}</p>
      ) : (
        <ul className="item-list">
          {list.map((s) => (
            <li key={s.AccountId}>
              <code>{s.AccountId}</code>{' '}
              <span className="muted">{t.rich('details.sharedSince', { date: <DateTime iso={s.CreatedTime} /> })}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Copies({ image, region }: { image: Image; region: string }) {
  const t = useT();
  const account = useAccount();
  const copies = useQuery(copiesQuery(account, region, image));
  const list = copies.data?.copies ?? [];
  const recorded = copies.data?.recorded !== false;
  return (
    <>
      <h2>{t('details.copies')}</h2>
      {!recorded && list.length > 0 && <p className="muted">{t('details.copiesByName', { name: image.ImageName })}</p>}
      {copies.isPending ? (
        <p>{t('details.copiesLooking')}</p>
      ) : copies.isError ? (
        <ErrorMessage error={copies.error} onRetry={() => void copies.refetch()} />
      ) : list.length === 0 ? (
        <p className="muted">
          {recorded ? t('details.copiesNone') : t('details.copiesNoneByName', { name: image.ImageName })}
        </p>
      ) : (
        <ul className="item-list">
          {list.map(({ region: r, image: copy }) => (
            <li key={copy.ImageId}>
              <Link to={imagePath(copy.ImageId, r)}>
                {t('details.copyLink', { region: t.region(r), name: copy.ImageName })}
              </Link>{' '}
              <code className="id">{copy.ImageId}</code> <StateCell image={copy} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
