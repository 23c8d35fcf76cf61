import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { imageQueries } from '../../api/image-queries.ts';
import { architectureLabels } from '../../rules/images.ts';
import { feeLabel } from '../../rules/pricing.ts';
import { findRegion } from '../../rules/regions.ts';
import { useAccount } from '../account/use-account.ts';
import { useRegion } from '../regions/use-region.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';

const PAGE_SIZE = 20;

export function ImagesPage() {
  const account = useAccount();
  const [region] = useRegion();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const query = useQuery(
    imageQueries.list({ account, region, type: 'PUBLIC_IMAGE', offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
  );
  const total = query.data?.TotalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const regionName = findRegion(region)?.name ?? region;

  const goTo = (next: number) =>
    setParams((prev) => {
      const out = new URLSearchParams(prev);
      out.set('region', region);
      if (next === 1) out.delete('page');
      else out.set('page', String(next));
      return out;
    });

  return (
    <section aria-labelledby="images-heading">
      <h1 id="images-heading">Images</h1>
      <p className="lead">Public images in {regionName}: free, except Windows Server outside the Chinese mainland.</p>
      {query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <table className="data-table" aria-busy={query.isFetching}>
            <caption className="visually-hidden">Public images in {regionName}</caption>
            <thead>
              <tr>
                <th scope="col">Name and ID</th>
                <th scope="col">Operating system</th>
                <th scope="col">Architecture</th>
                <th scope="col">Size</th>
                <th scope="col">Fee</th>
              </tr>
            </thead>
            <tbody>
              {query.isPending ? (
                <tr>
                  <td colSpan={5}>Loading images…</td>
                </tr>
              ) : (
                query.data?.ImageSet.map((image) => (
                  <tr key={image.ImageId}>
                    <td>
                      <span className="name">{image.ImageName}</span>
                      <code className="id">{image.ImageId}</code>
                    </td>
                    <td>{image.OsName}</td>
                    <td>{architectureLabels[image.Architecture]}</td>
                    <td>{image.ImageSize} GB</td>
                    <td>{feeLabel(image, region)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
          <nav className="pager" aria-label="Pages">
            <button type="button" onClick={() => goTo(page - 1)} disabled={page <= 1}>
              Previous page
            </button>
            <span aria-live="polite">
              Page {page} of {pages} · {total} images
            </span>
            <button type="button" onClick={() => goTo(page + 1)} disabled={page >= pages}>
              Next page
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
