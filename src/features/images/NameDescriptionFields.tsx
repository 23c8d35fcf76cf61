import { IMAGE_DESCRIPTION_MAX, IMAGE_NAME_MAX, charLength } from '../../rules/common.ts';
import { Field } from '../../ui/Field.tsx';

interface NameForm {
  values: { name: string; description: string };
  set(key: 'name' | 'description', value: string): void;
  touch(key: string): void;
}

/** An image's name and description, with their limits counted as the person types. */
export function NameDescriptionFields({
  form,
  nameError,
  descriptionError,
  nameLabel = 'Image name',
  descriptionLabel = 'Description (optional)',
  rows = 3,
}: {
  form: NameForm;
  nameError: string | undefined;
  descriptionError: string | undefined;
  nameLabel?: string;
  descriptionLabel?: string;
  rows?: number;
}) {
  return (
    <>
      <Field
        label={nameLabel}
        hint={`${charLength(form.values.name)} of ${IMAGE_NAME_MAX} characters, unique in this region`}
        error={nameError}
      >
        <input
          value={form.values.name}
          onChange={(e) => form.set('name', e.target.value)}
          onBlur={() => form.touch('name')}
        />
      </Field>
      <Field
        label={descriptionLabel}
        hint={`${charLength(form.values.description)} of ${IMAGE_DESCRIPTION_MAX} characters`}
        error={descriptionError}
      >
        <textarea
          rows={rows}
          value={form.values.description}
          onChange={(e) => form.set('description', e.target.value)}
          onBlur={() => form.touch('description')}
        />
      </Field>
    </>
  );
}
