import { useQuery } from '@tanstack/react-query';
import { imageQueries } from '../../api/image-queries.ts';
import { copyBlockedReason } from '../../rules/copy.ts';
import { quotaViolation } from '../../rules/custom-images.ts';
import type { Image } from '../../rules/images.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { useT } from '../../ui/i18n/I18n.tsx';
import { Meter } from '../../ui/Meter.tsx';
import { useAccount } from '../account/use-account.ts';
import type { ImageDialog } from './image-dialogs.ts';

interface Props {
  region: string;
  selected: Image[];
  onOpen: (dialog: ImageDialog) => void;
}

/** The custom tab's quota meter and its create, import and batch actions. */
export function CustomToolbar({ region, selected, onOpen }: Props) {
  const t = useT();
  const account = useAccount();
  const quota = useQuery(imageQueries.quota(account, region));
  const full = quota.data ? t.rule(quotaViolation(quota.data.used, 1, region)) : undefined;
  const noneSelected = selected.length === 0 ? t('toolbar.selectFirst') : undefined;
  const copyProblem = selected.map((i) => copyBlockedReason(i, account)).find(Boolean);
  return (
    <div className="custom-toolbar">
      {quota.data && (
        <Meter
          label={t('quota.label')}
          value={quota.data.used}
          max={quota.data.max}
          text={t('quota.text', { used: quota.data.used, max: quota.data.max, region: t.region(region) })}
        />
      )}
      <div className="button-row">
        <ActionButton
          label={t('createImage.title')}
          variant="primary"
          reason={full}
          onClick={() => onOpen({ kind: 'create' })}
        />
        <ActionButton label={t('importImage.title')} reason={full} onClick={() => onOpen({ kind: 'import' })} />
        <ActionButton
          label={t('toolbar.copySelected', { count: selected.length })}
          reason={noneSelected ?? t.rule(copyProblem)}
          onClick={() => onOpen({ kind: 'copy', images: selected })}
        />
        <ActionButton
          label={t('toolbar.deleteSelected', { count: selected.length })}
          variant="danger"
          reason={noneSelected}
          onClick={() => onOpen({ kind: 'delete', images: selected })}
        />
      </div>
    </div>
  );
}
