import { useQuery } from '@tanstack/react-query';
import { copiesQuery } from '../../../api/copies-queries.ts';
import type { Image } from '../../../rules/images.ts';
import { useT } from '../../../ui/i18n/I18n.tsx';
import { useAccount } from '../../account/use-account.ts';

/**
 * What an edit changes where: this image, in its region only. Its copies are images of their own and
 * keep their names (read as the dialog opens); instances launched from it keep theirs.
 */
export function EditImpact({ image, region }: { image: Image; region: string }) {
  const t = useT();
  const account = useAccount();
  const copies = useQuery(copiesQuery(account, region, image));
  const list = copies.data?.copies ?? [];
  return (
    <div className="dialog-intro" role="note">
      <p>{t('editImage.impact', { region: t.region(region) })}</p>
      {list.length > 0 && (
        <>
          <p>{t('editImage.copiesKeep')}</p>
          <ul className="item-list">
            {list.map(({ region: r, image: copy }) => (
              <li key={copy.ImageId}>
                {t('editImage.copyName', { region: t.region(r), name: copy.ImageName })}{' '}
                <code className="id">{copy.ImageId}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">{t('editImage.instancesKeep')}</p>
    </div>
  );
}
