import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from '../../router.tsx';
import { lineageQuery } from '../../../api/copies-queries.ts';
import type { Image } from '../../../rules/images.ts';
import { lineageTree, type LineageNode } from '../../../rules/lineage.ts';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { useT } from '../../../ui/i18n/I18n.tsx';
import { useAccount } from '../../account/use-account.ts';
import { imagePath } from '../../paths.ts';
import { StateCell } from '../ImageTable.tsx';

/**
 * The details page's "Lineage": the image's whole family across regions, the original at the top and
 * each copy under the image it was copied from, one link each, with its state and region.
 */
export function Lineage({ image, region }: { image: Image; region: string }) {
  const t = useT();
  const account = useAccount();
  const id = useId();
  const query = useQuery(lineageQuery(account, region, image));
  const data = query.data;
  return (
    <section aria-labelledby={id} className="impact-section">
      <h2 id={id}>{t('lineage.heading')}</h2>
      {query.isPending ? (
        <p className="muted">{t('lineage.looking')}</p>
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p className="muted">
            {data!.recorded ? t('lineage.intro') : t('lineage.byName', { name: image.ImageName })}
          </p>
          <ul className="lineage">
            <Member node={lineageTree(data!.root, data!.members)} current={image.ImageId} original={data!.recorded} />
          </ul>
        </>
      )}
    </section>
  );
}

function Member({ node, current, original }: { node: LineageNode; current: string; original: boolean }) {
  const t = useT();
  const here = node.imageId === current;
  return (
    <li>
      {node.image ? (
        <>
          {here ? (
            <span aria-current="page">
              {t('lineage.member', { region: t.region(node.region), name: node.image.ImageName })}
            </span>
          ) : (
            <Link to={imagePath(node.imageId, node.region)}>
              {t('lineage.member', { region: t.region(node.region), name: node.image.ImageName })}
            </Link>
          )}{' '}
          <code className="id">{node.imageId}</code> <StateCell image={node.image} />
          {original && !node.image.CopiedFrom && <span className="muted"> · {t('lineage.original')}</span>}
          {here && <span className="muted"> · {t('lineage.this')}</span>}
        </>
      ) : (
        <span className="muted">{t('lineage.deleted', { imageId: node.imageId, region: t.region(node.region) })}</span>
      )}
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <Member key={child.imageId} node={child} current={current} original={original} />
          ))}
        </ul>
      )}
    </li>
  );
}
