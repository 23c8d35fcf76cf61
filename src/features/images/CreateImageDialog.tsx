import { useQuery } from '@tanstack/react-query';
import { imageQueries } from '../../api/image-queries.ts';
import { useImageMutation } from '../../api/image-mutations.ts';
import { instanceQueries } from '../../api/instance-queries.ts';
import { formRefusal, serverError } from '../../api/server-error.ts';
import { fieldViolations } from '../../rules/common.ts';
import { createImageRequestSchema, quotaViolation } from '../../rules/images.ts';
import { createImageFromInstanceViolation } from '../../rules/instances.ts';
import { regionLabel } from '../../rules/regions.ts';
import { renderMessage } from '../../rules/messages/render.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { Field } from '../../ui/Field.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useForm } from '../../ui/use-form.ts';
import { useAccount } from '../account/use-account.ts';
import { recordOperations } from '../operations/operations-store.ts';
import { NameDescriptionFields } from './NameDescriptionFields.tsx';

interface Props {
  region: string;
  /** Preselected, when opened from an instance. */
  instanceId?: string;
  onClose: () => void;
  onDone: () => void;
}

export function CreateImageDialog({ region, instanceId = '', onClose, onDone }: Props) {
  const account = useAccount();
  const toast = useToast();
  const instances = useQuery(instanceQueries.list(account, region));
  const quota = useQuery(imageQueries.quota(account, region));
  const form = useForm({ instanceId, name: '', description: '' });
  const mutation = useImageMutation('CreateImage', region);
  const request = {
    InstanceId: form.values.instanceId || undefined,
    ImageName: form.values.name,
    ...(form.values.description ? { ImageDescription: form.values.description } : {}),
  };
  const errors = fieldViolations(createImageRequestSchema, request);
  const instance = instances.data?.InstanceSet.find((i) => i.InstanceId === form.values.instanceId);
  const instanceProblem = instance ? renderMessage(createImageFromInstanceViolation(instance)) : undefined;
  const quotaProblem = quota.data ? quotaViolation(quota.data.used, 1, region) : undefined;
  const server = serverError(mutation.error, ['InstanceId', 'ImageName']);
  const instanceError = form.values.instanceId ? instanceProblem : 'Choose the instance to make the image from.';

  const submit = form.submit(() => {
    if (mutation.isPending || quotaProblem || instanceError || Object.keys(errors).length > 0) return;
    mutation.mutate(request, {
      onSuccess: (res) => {
        recordOperations(account, [{ imageId: res.ImageId, region, kind: 'create', name: form.values.name }]);
        toast.show(`Creating ${form.values.name} (${res.ImageId}). It appears as Creating until it is ready.`);
        onDone();
      },
    });
  });

  return (
    <Dialog title="Create custom image" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="dialog-intro">
          Make an image of an instance’s system disk in {regionLabel(region)}, to launch identical instances later.
        </p>
        <Field
          label="Instance"
          error={
            form.shown('instanceId', instanceError) ?? (server?.field === 'InstanceId' ? server.message : undefined)
          }
        >
          <select
            value={form.values.instanceId}
            onChange={(e) => form.set('instanceId', e.target.value)}
            onBlur={() => form.touch('instanceId')}
          >
            <option value="">{instances.isPending ? 'Loading instances…' : 'Choose an instance'}</option>
            {instances.data?.InstanceSet.map((i) => (
              <option key={i.InstanceId} value={i.InstanceId}>
                {i.InstanceName} ({i.InstanceId}) · {i.OsName}
              </option>
            ))}
          </select>
        </Field>
        {instances.data?.InstanceSet.length === 0 && (
          <p className="field-hint">
            You have no instances in {regionLabel(region)}. Launch one first, or import an image file.
          </p>
        )}
        <NameDescriptionFields
          form={form}
          nameError={
            form.shown('name', renderMessage(errors.ImageName)) ??
            (server?.field === 'ImageName' ? server.message : undefined)
          }
          descriptionError={form.shown('description', renderMessage(errors.ImageDescription))}
        />
        <DialogFooter
          error={formRefusal(quotaProblem) ?? (server && !server.field ? server : undefined)}
          pending={mutation.isPending}
          refused={Boolean(quotaProblem)}
          onCancel={onClose}
          submitLabel="Create image"
          pendingLabel="Creating…"
        />
      </form>
    </Dialog>
  );
}
