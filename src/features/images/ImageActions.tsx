import { copyBlockedReason } from '../../rules/copy.ts';
import { deleteBlockedReason, modifyBlockedReason } from '../../rules/custom-images.ts';
import { imageKind, type Image } from '../../rules/images.ts';
import { launchImageViolation } from '../../rules/run-instances.ts';
import { shareBlockedReason } from '../../rules/share.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { useT } from '../../ui/i18n/I18n.tsx';
import { Menu } from '../../ui/Menu.tsx';
import type { UiKey } from '../../ui/i18n/params.ts';
import { useAccount } from '../account/use-account.ts';
import type { ImageDialog } from './image-dialogs.ts';
import { launchPath } from '../paths.ts';

interface Props {
  image: Image;
  region: string;
  onOpen: (dialog: ImageDialog) => void;
  /**
   * `row`: Launch instance, the one most used, and the others under "More actions" (a table row
   * stays one calm line); `page`: every action as a button (an image's own page has the room).
   */
  layout: 'row' | 'page';
}

/** The actions an image allows, by source; a refused one stays visible with the rules' reason. */
export function ImageActions({ image, region, onOpen, layout }: Props) {
  const t = useT();
  const account = useAccount();
  const launchProblem = launchImageViolation(image, undefined);
  const kind = imageKind(image, account);
  // Own images can be managed; a shared image shows the same actions refused, each saying why.
  const manage: { label: UiKey; reason?: string; dialog: ImageDialog; tone?: 'danger' }[] =
    kind === 'own' || kind === 'shared'
      ? [
          {
            label: 'action.share',
            reason: t.rule(shareBlockedReason(image, account)),
            dialog: { kind: 'share', image },
          },
          {
            label: 'action.copy',
            reason: t.rule(copyBlockedReason(image, account)),
            dialog: { kind: 'copy', images: [image] },
          },
          {
            label: 'action.edit',
            reason: t.rule(modifyBlockedReason(image, account)),
            dialog: { kind: 'edit', image },
          },
          ...(kind === 'own' && image.SharedAccountCount > 0
            ? [{ label: 'action.cancelShare', dialog: { kind: 'cancel-share', image } } as const]
            : []),
          {
            label: 'action.delete',
            reason: t.rule(deleteBlockedReason(image, account)),
            dialog: { kind: 'delete', images: [image] },
            tone: 'danger',
          },
        ]
      : [];
  return (
    <div className="row-actions">
      {launchProblem ? (
        <ActionButton
          label={t('action.launch')}
          variant="link"
          reason={t.rule(launchProblem)}
          onClick={() => undefined}
        />
      ) : (
        <a className="link-button" href={launchPath(region, image.ImageId)}>
          {t('action.launch')}
        </a>
      )}
      {layout === 'row'
        ? manage.length > 0 && (
            <Menu
              label={t('action.more')}
              entries={manage.map((action) => ({
                key: action.label,
                label: t(action.label),
                reason: action.reason,
                tone: action.tone,
                onSelect: () => onOpen(action.dialog),
              }))}
            >
              {/* "More" shows; "More actions" is the button's name. */}
              {t('action.moreShort')}
            </Menu>
          )
        : manage.map((action) => (
            <ActionButton
              key={action.label}
              label={t(action.label)}
              variant="link"
              reason={action.reason}
              onClick={() => onOpen(action.dialog)}
            />
          ))}
    </div>
  );
}
