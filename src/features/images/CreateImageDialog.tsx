import { useQuery } from '@tanstack/react-query';
import { imageQueries } from '../../api/image-queries.ts';
import { instanceQueries } from '../../api/instance-queries.ts';
import { formRefusal, serverError } from '../../api/server-error.ts';
import { fieldViolations } from '../../rules/violation.ts';
import { createImageRequestSchema, quotaViolation } from '../../rules/custom-images.ts';
import { createImageFromInstanceViolation } from '../../rules/instances.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { Field } from '../../ui/Field.tsx';
import { useT } from '../../ui/i18n/I18n.tsx';
import { useAccount } from '../account/use-account.ts';
import { recordOperations } from '../operations/operations-store.ts';
import { NameDescriptionFields } from './NameDescriptionFields.tsx';
import { TagFields, tagsOfRows, type TagRow } from './TagFields.tsx';
import { FamilyField } from './FamilyFields.tsx';
import { fieldErrors, useImageForm } from './use-image-form.ts';

interface Props {
  region: string;
  /** Preselected, when opened from an instance. */
  instanceId?: string;
  onClose: () => void;
  onDone: () => void;
}

export function CreateImageDialog({ region, instanceId = '', onClose, onDone }: Props) {
  const t = useT();
  const account = useAccount();
  const instances = useQuery(instanceQueries.list(account, region));
  const quota = useQuery(imageQueries.quota(account, region));
  const { form, mutation, send } = useImageForm(
    'CreateImage',
    region,
    { instanceId, name: '', description: '', family: '', rows: [] as TagRow[] },
    onDone,
  );
  const tags = tagsOfRows(form.values.rows);
  const request = {
    InstanceId: form.values.instanceId || undefined,
    ImageName: form.values.name,
    ...(form.values.description ? { ImageDescription: form.values.description } : {}),
    ...(form.values.family ? { ImageFamily: form.values.family } : {}),
    ...(tags.length > 0 ? { TagSpecification: [{ ResourceType: 'image', Tags: tags }] } : {}),
  };
  const errors = fieldViolations(createImageRequestSchema, request);
  const instance = instances.data?.InstanceSet.find((i) => i.InstanceId === form.values.instanceId);
  const instanceProblem = instance ? t.rule(createImageFromInstanceViolation(instance)) : undefined;
  const quotaProblem = quota.data ? quotaViolation(quota.data.used, 1, region) : undefined;
  const server = serverError(mutation.error, ['InstanceId', 'ImageName', 'ImageFamily'], {
    sent: mutation.variables,
    now: request,
  });
  const instanceError = form.values.instanceId ? instanceProblem : t('createImage.instanceMissing');
  const fieldError = fieldErrors(form, t, errors, server);

  const blocked = Boolean(quotaProblem || instanceError) || Object.keys(errors).length > 0;
  const submit = send(blocked, request, (res) => {
    recordOperations(account, [{ imageId: res.ImageId, region, kind: 'create', name: form.values.name }]);
    return t('createImage.done', { name: form.values.name, imageId: res.ImageId });
  });

  return (
    <Dialog title={t('createImage.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="dialog-intro">{t('createImage.intro', { region: t.region(region) })}</p>
        <Field label={t('createImage.instance')} error={fieldError('instanceId', 'InstanceId', instanceError)}>
          <select
            value={form.values.instanceId}
            onChange={(e) => form.set('instanceId', e.target.value)}
            onBlur={() => form.touch('instanceId')}
          >
            <option value="">
              {instances.isPending ? t('createImage.loadingInstances') : t('createImage.chooseInstance')}
            </option>
            {instances.data?.InstanceSet.map((i) => (
              <option key={i.InstanceId} value={i.InstanceId} translate="no">
                {i.InstanceName} ({i.InstanceId}) · {t.format.osName(i.OsName)}
              </option>
            ))}
          </select>
        </Field>
        {instances.data?.InstanceSet.length === 0 && (
          <p className="field-hint">{t('createImage.noInstances', { region: t.region(region) })}</p>
        )}
        <NameDescriptionFields
          form={form}
          nameError={fieldError('name', 'ImageName')}
          descriptionError={fieldError('description', 'ImageDescription')}
        />
        <FamilyField form={form} error={fieldError('family', 'ImageFamily')} />
        <TagFields form={form} />
        <DialogFooter
          error={formRefusal(quotaProblem, t.rule) ?? (server && !server.field ? server : undefined)}
          pending={mutation.isPending}
          refused={Boolean(quotaProblem)}
          onCancel={onClose}
          submitLabel={t('createImage.submit')}
          pendingLabel={t('createImage.pending')}
        />
      </form>
    </Dialog>
  );
}
