import { Link } from 'react-router-dom';
import { copyBlockedReason } from '../../rules/copy.ts';
import { deleteBlockedReason, imageKind, modifyBlockedReason, type Image } from '../../rules/images.ts';
import { launchImageViolation } from '../../rules/instances.ts';
import { shareBlockedReason } from '../../rules/share.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { useAccount } from '../account/use-account.ts';
import type { ImageDialog } from './image-dialogs.ts';
import { launchHref } from './labels.ts';

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
  const own = kind === 'own';
  return (
    <div className="row-actions">
      {launchProblem ? (
        <ActionButton label="Launch instance" variant="link" reason={launchProblem.message} onClick={() => undefined} />
      ) : (
        <Link className="link-button" to={launchHref(region, image.ImageId)}>
          Launch instance
        </Link>
      )}
      {kind === 'shared' && (
        // A shared image can only be launched; the other actions stay visible and say why.
        <>
          <ActionButton
            label="Share"
            variant="link"
            reason={shareBlockedReason(image, account)?.message}
            onClick={() => undefined}
          />
          <ActionButton
            label="Copy"
            variant="link"
            reason={copyBlockedReason(image, account)?.message}
            onClick={() => undefined}
          />
          <ActionButton
            label="Edit"
            variant="link"
            reason={modifyBlockedReason(image, account)?.message}
            onClick={() => undefined}
          />
          <ActionButton
            label="Delete"
            variant="link"
            reason={deleteBlockedReason(image, account)?.message}
            onClick={() => undefined}
          />
        </>
      )}
      {own && (
        <>
          <ActionButton
            label="Share"
            variant="link"
            reason={shareBlockedReason(image, account)?.message}
            onClick={() => onOpen({ kind: 'share', image })}
          />
          <ActionButton
            label="Copy"
            variant="link"
            reason={copyBlockedReason(image, account)?.message}
            onClick={() => onOpen({ kind: 'copy', images: [image] })}
          />
          <ActionButton
            label="Edit"
            variant="link"
            reason={modifyBlockedReason(image, account)?.message}
            onClick={() => onOpen({ kind: 'edit', image })}
          />
          {image.SharedAccountCount > 0 && (
            <ActionButton
              label="Cancel sharing"
              variant="link"
              onClick={() => onOpen({ kind: 'cancel-share', image })}
            />
          )}
          <ActionButton
            label="Delete"
            variant="link"
            reason={deleteBlockedReason(image, account)?.message}
            onClick={() => onOpen({ kind: 'delete', images: [image] })}
          />
        </>
      )}
    </div>
  );
}
