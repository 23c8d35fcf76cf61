import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { imageQueries } from '../../api/image-queries.ts';
import { useImageMutationEach } from '../../api/image-mutations.ts';
import { DESCRIBE_LIMIT_MAX, IMAGE_NAME_MAX } from '../../rules/limits.ts';
import { charLength } from '../../rules/text.ts';
import { imageNameProblem } from '../../rules/names.ts';
import type { Violation } from '../../rules/violation.ts';
import { copyDestinations, destinationViolation } from '../../rules/copy.ts';
import type { Image } from '../../rules/images.ts';
import { regions } from '../../rules/regions.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Field } from '../../ui/Field.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useForm } from '../../ui/use-form.ts';
import { useT } from '../../ui/i18n/I18n.tsx';
import { useAccount } from '../account/use-account.ts';
import { serverError } from '../../api/server-error.ts';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { recordOperations } from '../operations/operations-store.ts';

interface Props {
  images: Image[];
  region: string;
  onClose: () => void;
  onDone: () => void;
}

/** Copy one or more images to several regions at once, one SyncImages call per image. */
export function CopyDialog({ images, region, onClose, onDone }: Props) {
  const t = useT();
  const account = useAccount();
  const toast = useToast();
  const form = useForm({ regions: new Set<string>() as ReadonlySet<string>, name: '' });
  const { regions: chosen, name } = form.values;
  const copy = useImageMutationEach('SyncImages', region);
  const single = images.length === 1 ? images[0] : undefined;
  // Images already copied by an earlier try of this dialog: a retry copies only the rest.
  const [copied, setCopied] = useState<ReadonlySet<string>>(new Set());
  const remaining = images.filter((i) => !copied.has(i.ImageId));

  // Only the regions geography allows are asked for their custom images (for quota and names).
  const reachable = regions.filter((r) => !destinationViolation(region, r.id));
  const lists = useQueries({
    queries: reachable.map((r) =>
      imageQueries.list({ account, region: r.id, type: 'PRIVATE_IMAGE', offset: 0, limit: DESCRIBE_LIMIT_MAX }),
    ),
  });
  const holdingsIn = (regionId: string) => {
    const list = lists[reachable.findIndex((r) => r.id === regionId)]?.data;
    return list && { used: list.TotalCount, names: list.ImageSet.map((i) => i.ImageName) };
  };
  const copies = remaining.map((i) => ({ imageId: i.ImageId, name: single && name ? name : i.ImageName }));
  const verdicts = new Map(copyDestinations(region, copies, holdingsIn).map((v) => [v.region.id, v]));
  // A region where any image cannot go is refused for all of them, with the first reason.
  const reasonFor = (regionId: string): Violation | undefined => {
    const verdict = verdicts.get(regionId);
    return verdict?.reason ?? verdict?.refused[0]?.reason;
  };
  const nameProblem = single && name !== '' ? imageNameProblem(name) : undefined;
  // A region chosen before it became refused (say, by a new name that is taken there) is left out.
  const destinations = [...chosen].filter((id) => !reasonFor(id));
  const noDestination = form.shown('regions', destinations.length === 0 ? t('copy.regionMissing') : undefined);
  const submit = form.submit(() => {
    if (copy.isPending || destinations.length === 0 || nameProblem) return;
    let done = 0;
    copy.mutate(
      {
        requests: remaining.map((image) => ({
          ImageIds: [image.ImageId],
          DestinationRegions: destinations,
          ImageSetRequired: true,
          ...(single && name ? { ImageName: name } : {}),
        })),
        onEach: ({ ImageIds: [imageId = ''] }, res) => {
          done += 1;
          setCopied((prev) => new Set(prev).add(imageId));
          recordOperations(
            account,
            res.ImageSet.map((c) => ({
              imageId: c.ImageId,
              region: c.Region,
              kind: 'copy' as const,
              name: single && name ? name : images.find((i) => i.ImageId === imageId)!.ImageName,
              from: { imageId, region },
            })),
          );
        },
      },
      {
        onSuccess: () => {
          toast.show(
            t('copy.done', {
              what: single ? single.ImageName : t('copy.images', { count: images.length }),
              regions: t.format.list(destinations.map(t.region)),
            }),
          );
          onDone();
        },
        onError: () => {
          // Images copied before the failure are not copied again on retry.
          if (done > 0) toast.show(t('copy.partly', { copied: copied.size + done, total: images.length }), 'error');
        },
      },
    );
  });

  const groups = [
    { label: t('copy.mainland'), list: regions.filter((r) => r.mainland && !r.finance) },
    { label: t('copy.finance'), list: regions.filter((r) => r.finance) },
    { label: t('copy.outside'), list: regions.filter((r) => !r.mainland) },
  ];

  return (
    <Dialog title={t('copy.title')} onClose={onClose} size="wide">
      <form onSubmit={submit} noValidate>
        <p className="dialog-intro">
          {t.rich('copy.intro', {
            images: single ? (
              <>
                <strong translate="no">{single.ImageName}</strong> <code className="id">{single.ImageId}</code>
              </>
            ) : (
              <strong>{t('copy.images', { count: images.length })}</strong>
            ),
            region: t.region(region),
            free: <strong>{t('copy.free')}</strong>,
          })}
        </p>
        {groups.map((group) => (
          <fieldset key={group.label} className="region-group">
            <legend>{group.label}</legend>
            <ul className="check-list region-options">
              {group.list.map((r) => {
                const reason = reasonFor(r.id);
                const id = `copy-${r.id}`;
                return (
                  <li key={r.id} className={reason ? 'disabled' : undefined}>
                    <input
                      type="checkbox"
                      id={id}
                      disabled={Boolean(reason)}
                      checked={chosen.has(r.id) && !reason}
                      onChange={() => form.toggle('regions', r.id)}
                      aria-describedby={reason ? `${id}-reason` : undefined}
                    />
                    <label htmlFor={id}>
                      {t.region(r.id)}{' '}
                      <span className="muted" translate="no">
                        ({r.id})
                      </span>
                    </label>
                    {reason && (
                      <span id={`${id}-reason`} className="reason">
                        {t.rule(reason)}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
        {noDestination && <p className="field-error">{noDestination}</p>}
        {single && (
          <Field
            label={t('copy.name')}
            hint={t('copy.nameHint', { name: single.ImageName, length: charLength(name), max: IMAGE_NAME_MAX })}
            error={form.shown('name', t.rule(nameProblem))}
          >
            <input value={name} onChange={(e) => form.set('name', e.target.value)} onBlur={() => form.touch('name')} />
          </Field>
        )}
        <DialogFooter
          error={serverError(copy.error)}
          pending={copy.isPending}
          onCancel={onClose}
          submitLabel={t('copy.submit', { count: destinations.length })}
          pendingLabel={t('copy.pending')}
        />
      </form>
    </Dialog>
  );
}
