import { useImageMutation } from '../../api/image-mutations.ts';
import { serverError } from '../../api/server-error.ts';
import { fieldViolations } from '../../rules/violation.ts';
import { modifyImageAttributeRequestSchema } from '../../rules/custom-images.ts';
import type { Image } from '../../rules/images.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useForm } from '../../ui/use-form.ts';
import { useT } from '../../ui/i18n/I18n.tsx';
import { NameDescriptionFields } from './NameDescriptionFields.tsx';
import { EditImpact } from './impact/EditImpact.tsx';
import { DeprecatedField, FamilyField } from './FamilyFields.tsx';

interface Props {
  image: Image;
  region: string;
  onClose: () => void;
  onDone: () => void;
}

export function EditImageDialog({ image, region, onClose, onDone }: Props) {
  const t = useT();
  const form = useForm({
    name: image.ImageName,
    description: image.ImageDescription,
    family: image.ImageFamily,
    deprecated: image.ImageDeprecated,
  });
  const toast = useToast();
  const mutation = useImageMutation('ModifyImageAttribute', region);
  const request = {
    ImageId: image.ImageId,
    ImageName: form.values.name,
    ImageDescription: form.values.description,
    // Sent only when changed: an image keeps its family unless the person changes it.
    ...(form.values.family !== image.ImageFamily ? { ImageFamily: form.values.family } : {}),
    ...(form.values.deprecated !== image.ImageDeprecated ? { ImageDeprecated: form.values.deprecated } : {}),
  };
  const errors = fieldViolations(modifyImageAttributeRequestSchema, request);
  const server = serverError(mutation.error, ['ImageName', 'ImageFamily'], { sent: mutation.variables, now: request });

  const submit = form.submit(() => {
    if (Object.keys(errors).length > 0 || mutation.isPending) return;
    mutation.mutate(request, {
      onSuccess: () => {
        toast.show(t('editImage.done', { name: form.values.name }));
        onDone();
      },
    });
  });

  return (
    <Dialog title={t('editImage.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="dialog-intro">
          <code>{image.ImageId}</code>
        </p>
        <NameDescriptionFields
          form={form}
          nameLabel={t('form.name')}
          descriptionLabel={t('form.description')}
          nameError={
            form.shown('name', t.rule(errors.ImageName)) ?? (server?.field === 'ImageName' ? server.message : undefined)
          }
          descriptionError={form.shown('description', t.rule(errors.ImageDescription))}
        />
        <FamilyField
          form={form}
          error={
            form.shown('family', t.rule(errors.ImageFamily)) ??
            (server?.field === 'ImageFamily' ? server.message : undefined)
          }
        />
        <DeprecatedField checked={form.values.deprecated} onChange={(checked) => form.set('deprecated', checked)} />
        <EditImpact image={image} region={region} />
        <DialogFooter
          error={server && !server.field ? server : undefined}
          pending={mutation.isPending}
          onCancel={onClose}
          submitLabel={t('editImage.submit')}
          pendingLabel={t('editImage.pending')}
        />
      </form>
    </Dialog>
  );
}
