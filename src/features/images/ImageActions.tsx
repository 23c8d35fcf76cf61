import { Link } from 'react-router-dom';
import { copyBlockedReason } from '../../rules/copy.ts';
import { deleteBlockedReason, imageKind, modifyBlockedReason, type Image } from '../../rules/images.ts';
import { launchImageViolation } from '../../rules/instances.ts';
import { shareBlockedReason } from '../../rules/share.ts';
import { renderMessage } from '../../rules/messages/render.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { useAccount } from '../account/use-account.ts';
import type { ImageDialog } from './image-dialogs.ts';
import { launchPath } from '../paths.ts';

interface Props {
  image: Image;
  region: string;
  onOpen: (dialog: ImageDialog) => void;
}

/** The actions an image allows, by source; a refused one stays visible with the rules' reason. */
export function ImageActions({ image, region, onOpen }: Props) {
  const account = useAccount();
  const launchProblem = launchImageViolation(image, undefined);
  const kind = imageKind(image, account);
  // Own images can be managed; a shared image shows the same actions refused, each saying why.
  const manage: { label: string; reason?: string; dialog: ImageDialog }[] =
    kind === 'own' || kind === 'shared'
      ? [
          {
            label: 'Share',
            reason: renderMessage(shareBlockedReason(image, account)),
            dialog: { kind: 'share', image },
          },
          {
            label: 'Copy',
            reason: renderMessage(copyBlockedReason(image, account)),
            dialog: { kind: 'copy', images: [image] },
          },
          {
            label: 'Edit',
            reason: renderMessage(modifyBlockedReason(image, account)),
            dialog: { kind: 'edit', image },
          },
          ...(kind === 'own' && image.SharedAccountCount > 0
            ? [{ label: 'Cancel sharing', dialog: { kind: 'cancel-share', image } } as const]
            : []),
          {
            label: 'Delete',
            reason: renderMessage(deleteBlockedReason(image, account)),
            dialog: { kind: 'delete', images: [image] },
          },
        ]
      : [];
  return (
    <div className="row-actions">
      {launchProblem ? (
        <ActionButton
          label="Launch instance"
          variant="link"
          reason={renderMessage(launchProblem)}
          onClick={() => undefined}
        />
      ) : (
        <Link className="link-button" to={launchPath(region, image.ImageId)}>
          Launch instance
        </Link>
      )}
      {manage.map((action) => (
        <ActionButton
          key={action.label}
          label={action.label}
          variant="link"
          reason={action.reason}
          onClick={() => onOpen(action.dialog)}
        />
      ))}
    </div>
  );
}
