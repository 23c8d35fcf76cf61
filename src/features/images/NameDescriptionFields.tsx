import { IMAGE_DESCRIPTION_MAX, IMAGE_NAME_MAX } from '../../rules/limits.ts';
import { charLength } from '../../rules/text.ts';
import { Field } from '../../ui/Field.tsx';
import { useT } from '../../ui/i18n/I18n.tsx';

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
  nameLabel,
  descriptionLabel,
  rows = 3,
}: {
  form: NameForm;
  nameError: string | undefined;
  descriptionError: string | undefined;
  /** Default: "Image name". */
  nameLabel?: string;
  /** Default: "Description (optional)". */
  descriptionLabel?: string;
  rows?: number;
}) {
  const t = useT();
  return (
    <>
      <Field
        label={nameLabel ?? t('form.imageName')}
        hint={t('form.nameHint', { length: charLength(form.values.name), max: IMAGE_NAME_MAX })}
        error={nameError}
      >
        <input
          value={form.values.name}
          onChange={(e) => form.set('name', e.target.value)}
          onBlur={() => form.touch('name')}
        />
      </Field>
      <Field
        label={descriptionLabel ?? t('form.descriptionOptional')}
        hint={t('common.characters', { length: charLength(form.values.description), max: IMAGE_DESCRIPTION_MAX })}
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
