import { useQuery } from '@tanstack/react-query';
import { imageQueries } from '../../api/image-queries.ts';
import { copyBlockedReason } from '../../rules/copy.ts';
import { quotaViolation, type Image } from '../../rules/images.ts';
import { regionLabel } from '../../rules/regions.ts';
import { renderMessage } from '../../rules/messages/render.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
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
  const account = useAccount();
  const quota = useQuery(imageQueries.quota(account, region));
  const full = quota.data ? renderMessage(quotaViolation(quota.data.used, 1, region)) : undefined;
  const noneSelected = selected.length === 0 ? 'Select one or more images first.' : undefined;
  const copyProblem = selected.map((i) => copyBlockedReason(i, account)).find(Boolean);
  return (
    <div className="custom-toolbar">
      {quota.data && (
        <Meter
          label="Custom image quota"
          value={quota.data.used}
          max={quota.data.max}
          text={`${quota.data.used} of ${quota.data.max} used in ${regionLabel(region)}`}
        />
      )}
      <div className="button-row">
        <ActionButton
          label="Create custom image"
          variant="primary"
          reason={full}
          onClick={() => onOpen({ kind: 'create' })}
        />
        <ActionButton label="Import image" reason={full} onClick={() => onOpen({ kind: 'import' })} />
        <ActionButton
          label={selected.length > 0 ? `Copy selected (${selected.length})` : 'Copy selected'}
          reason={noneSelected ?? renderMessage(copyProblem)}
          onClick={() => onOpen({ kind: 'copy', images: selected })}
        />
        <ActionButton
          label={selected.length > 0 ? `Delete selected (${selected.length})` : 'Delete selected'}
          variant="danger"
          reason={noneSelected}
          onClick={() => onOpen({ kind: 'delete', images: selected })}
        />
      </div>
    </div>
  );
}
