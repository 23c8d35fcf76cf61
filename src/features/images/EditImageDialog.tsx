import { useImageMutation } from '../../api/image-queries.ts';
import { IMAGE_DESCRIPTION_MAX, IMAGE_NAME_MAX, charLength, fieldViolations } from '../../rules/common.ts';
import { modifyImageAttributeRequestSchema, type Image } from '../../rules/images.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { PendingNote } from '../../ui/PendingNote.tsx';
import { Field } from '../../ui/Field.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useForm } from '../../ui/use-form.ts';
import { serverError } from './dialog-error.ts';
import { FormError } from './FormError.tsx';

interface Props {
  image: Image;
  region: string;
  onClose: () => void;
  onDone: () => void;
}

export function EditImageDialog({ image, region, onClose, onDone }: Props) {
  const form = useForm({ name: image.ImageName, description: image.ImageDescription });
  const toast = useToast();
  const mutation = useImageMutation('ModifyImageAttribute', region);
  const request = { ImageId: image.ImageId, ImageName: form.values.name, ImageDescription: form.values.description };
  const errors = fieldViolations(modifyImageAttributeRequestSchema, request);
  const server = serverError(mutation.error);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    form.setSubmitted(true);
    if (Object.keys(errors).length > 0 || mutation.isPending) return;
    mutation.mutate(request, {
      onSuccess: () => {
        toast.show(`Saved ${form.values.name}.`);
        onDone();
      },
    });
  };

  return (
    <Dialog title="Edit image" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="dialog-intro">
          <code>{image.ImageId}</code>
        </p>
        <Field
          label="Name"
          hint={`${charLength(form.values.name)} of ${IMAGE_NAME_MAX} characters, unique in this region`}
          error={
            form.shown('name', errors.ImageName?.message) ??
            (server?.field === 'ImageName' ? server.message : undefined)
          }
        >
          <input
            value={form.values.name}
            onChange={(e) => form.set('name', e.target.value)}
            onBlur={() => form.touch('name')}
          />
        </Field>
        <Field
          label="Description"
          hint={`${charLength(form.values.description)} of ${IMAGE_DESCRIPTION_MAX} characters`}
          error={form.shown('description', errors.ImageDescription?.message)}
        >
          <textarea
            rows={3}
            value={form.values.description}
            onChange={(e) => form.set('description', e.target.value)}
            onBlur={() => form.touch('description')}
          />
        </Field>
        <FormError error={server && !server.field ? server : undefined} />
        <PendingNote pending={mutation.isPending} />
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" aria-disabled={mutation.isPending || undefined}>
            {mutation.isPending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
