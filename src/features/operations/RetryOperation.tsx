// Retry for a failed copy or export: loaded when the panel first shows one, so the first page
// carries no mutation code (src/api/image-mutations.ts).
import { useImageMutation } from '../../api/image-mutations.ts';
import { serverError } from '../../api/server-error.ts';
import type { Image } from '../../rules/images.ts';
import { useT } from '../../ui/i18n/I18n.tsx';
import { useAccount } from '../account/use-account.ts';
import { replaceOperation, type Operation } from './operations-store.ts';

interface Props {
  op: Operation;
  /** The failed copy, or the image whose export failed; null once a failed copy is deleted. */
  image: Image | null;
  /** The place the retry goes to, as the panel says it (a region, a bucket). */
  target: string;
  /**
   * The retry is under way: the panel keeps this button (and its "Retrying…") until onResult, for
   * `mutate` calls its callbacks only while the component is mounted, and a failed copy, deleted
   * first, is no longer one the panel offers to retry.
   */
  onStart: () => void;
  /** The retry's refusal (undefined: sent), for the panel to show under the operation. */
  onResult: (refusal: string | undefined) => void;
}

/**
 * Send a failed destination again, that one only: a copy is SyncImages from its source to its
 * region alone, once the failed copy (which holds its name there) is deleted; an export is
 * ExportImages of its image as first asked. The new operation takes the old one's place.
 */
export default function RetryOperation({ op, image, target, onStart, onResult }: Props) {
  const t = useT();
  const account = useAccount();
  const exporting = useImageMutation('ExportImages', op.region);
  const deleting = useImageMutation('DeleteImages', op.region);
  const copying = useImageMutation('SyncImages', op.from?.region ?? op.region);
  const pending = exporting.isPending || deleting.isPending || copying.isPending;
  const onError = (error: Error) => onResult(serverError(error)?.message);

  function copyAgain(from: NonNullable<Operation['from']>) {
    copying.mutate(
      { ImageIds: [from.imageId], DestinationRegions: [op.region], ImageSetRequired: true, ImageName: op.name },
      {
        onSuccess: (res) => {
          onResult(undefined);
          replaceOperation(account, op, { ...op, imageId: res.ImageSet[0]!.ImageId });
        },
        onError,
      },
    );
  }

  function retry() {
    if (pending) return;
    onStart();
    if (op.export) {
      const asked = op.export;
      exporting.mutate(
        {
          ImageIds: [op.imageId],
          BucketName: asked.bucket,
          ExportFormat: asked.format,
          OnlyExportRootDisk: asked.onlyRootDisk,
          ...(asked.prefix ? { FileNamePrefixList: [asked.prefix] } : {}),
        },
        {
          onSuccess: (res) => {
            onResult(undefined);
            replaceOperation(account, op, { ...op, export: { ...asked, taskId: res.TaskId, files: res.CosPaths } });
          },
          onError,
        },
      );
    } else if (op.from) {
      const from = op.from;
      if (image) deleting.mutate({ ImageIds: [image.ImageId] }, { onSuccess: () => copyAgain(from), onError });
      else copyAgain(from);
    }
  }

  return (
    <button
      type="button"
      className="secondary"
      aria-disabled={pending || undefined}
      aria-label={pending ? undefined : t('operations.retry', { kind: op.kind, name: op.name, target })}
      onClick={retry}
    >
      {pending ? t('operations.retrying') : t('operations.retryShort')}
    </button>
  );
}
