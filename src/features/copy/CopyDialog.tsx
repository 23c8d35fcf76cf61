import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { callCvm } from '../../api/client.ts';
import { imageKeys, imageQueries } from '../../api/image-queries.ts';
import {
  DESCRIBE_LIMIT_MAX,
  IMAGE_NAME_MAX,
  charLength,
  imageNameProblem,
  type Violation,
} from '../../rules/common.ts';
import { copyDestinations, destinationViolation } from '../../rules/copy.ts';
import type { Image } from '../../rules/images.ts';
import { regions, regionLabel } from '../../rules/regions.ts';
import { renderMessage } from '../../rules/messages/render.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { PendingNote } from '../../ui/PendingNote.tsx';
import { Field } from '../../ui/Field.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useAccount } from '../account/use-account.ts';
import { serverError } from '../images/dialog-error.ts';
import { FormError } from '../images/FormError.tsx';
import { recordOperations } from '../operations/operations-store.ts';

interface Props {
  images: Image[];
  region: string;
  onClose: () => void;
  onDone: () => void;
}

/** Copy one or more images to several regions at once, one SyncImages call per image. */
export function CopyDialog({ images, region, onClose, onDone }: Props) {
  const account = useAccount();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [name, setName] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  // Set at once (state only re-renders later), so a double click sends one set of copies.
  const inFlight = useRef(false);
  const [error, setError] = useState<unknown>(null);
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
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (inFlight.current || destinations.length === 0 || nameProblem) return;
    inFlight.current = true;
    setPending(true);
    setError(null);
    const done: string[] = [];
    try {
      for (const image of remaining) {
        const res = await callCvm('SyncImages', region, {
          ImageIds: [image.ImageId],
          DestinationRegions: destinations,
          ImageSetRequired: true,
          ...(single && name ? { ImageName: name } : {}),
        });
        done.push(image.ImageId);
        setCopied((prev) => new Set(prev).add(image.ImageId));
        recordOperations(
          account,
          res.ImageSet.map((c) => ({
            imageId: c.ImageId,
            region: c.Region,
            kind: 'copy' as const,
            name: single && name ? name : image.ImageName,
            from: { imageId: image.ImageId, region },
          })),
        );
      }
      toast.show(
        `Copying ${images.length === 1 ? images[0]!.ImageName : `${images.length} images`} to ${destinations.map(regionLabel).join(', ')}. Follow the progress under Operations.`,
      );
      onDone();
    } catch (e) {
      setError(e);
      // Images copied before the failure are not copied again on retry.
      if (done.length > 0)
        toast.show(
          `${copied.size + done.length} of ${images.length} images were copied before the error; Copy again to copy the rest.`,
          'error',
        );
    } finally {
      inFlight.current = false;
      setPending(false);
      for (const r of [region, ...destinations])
        void queryClient.invalidateQueries({ queryKey: imageKeys.region(account, r) });
    }
  };

  const groups = [
    { label: 'Chinese mainland', list: regions.filter((r) => r.mainland && !r.finance) },
    { label: 'Finance regions', list: regions.filter((r) => r.finance) },
    { label: 'Outside the Chinese mainland', list: regions.filter((r) => !r.mainland) },
  ];

  return (
    <Dialog title="Copy image" onClose={onClose} size="wide">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="dialog-intro">
          Copy{' '}
          {single ? (
            <>
              <strong>{single.ImageName}</strong> <code className="id">{single.ImageId}</code>
            </>
          ) : (
            <strong>{images.length} images</strong>
          )}{' '}
          from {regionLabel(region)} to other regions. Copying is <strong>free of charge</strong>; each copy is a new
          custom image in its region and counts against that region’s quota.
        </p>
        {groups.map((group) => (
          <fieldset key={group.label} className="region-group">
            <legend>{group.label}</legend>
            <ul className="region-options">
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
                      onChange={() => toggle(r.id)}
                      aria-describedby={reason ? `${id}-reason` : undefined}
                    />
                    <label htmlFor={id}>
                      {r.city} <span className="muted">({r.id})</span>
                    </label>
                    {reason && (
                      <span id={`${id}-reason`} className="reason">
                        {renderMessage(reason)}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
        {submitted && destinations.length === 0 && (
          <p className="field-error">Choose at least one destination region.</p>
        )}
        {single && (
          <Field
            label="Name of the copies (optional)"
            hint={`Leave empty to keep "${single.ImageName}". ${charLength(name)} of ${IMAGE_NAME_MAX} characters.`}
            error={renderMessage(nameProblem)}
          >
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
        )}
        <FormError error={serverError(error)} />
        <PendingNote pending={pending} />
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" aria-disabled={pending || undefined}>
            {pending
              ? 'Copying…'
              : destinations.length > 0
                ? `Copy to ${destinations.length} region${destinations.length === 1 ? '' : 's'}`
                : 'Copy'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
