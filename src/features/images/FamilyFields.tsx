import { Field } from '../../ui/Field.tsx';
import { useT } from '../../ui/i18n/I18n.tsx';

interface FamilyForm {
  values: { family: string };
  set(key: 'family', value: string): void;
  touch(key: string): void;
}

/** An image's family (ImageFamily), in Create, Import and Edit; its rule is the request schema's (families.ts). */
export function FamilyField({ form, error }: { form: FamilyForm; error: string | undefined }) {
  const t = useT();
  return (
    <Field label={t('form.familyOptional')} hint={t('form.familyHint')} error={error}>
      <input
        value={form.values.family}
        translate="no"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => form.set('family', e.target.value)}
        onBlur={() => form.touch('family')}
      />
    </Field>
  );
}

/** Whether an image is deprecated (ImageDeprecated), in Edit. */
export function DeprecatedField({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const t = useT();
  return (
    <div className="field checkbox-field">
      <input
        id="image-deprecated"
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby="image-deprecated-hint"
      />
      <label htmlFor="image-deprecated">{t('form.deprecated')}</label>
      <p className="field-hint" id="image-deprecated-hint">
        {t('form.deprecatedHint')}
      </p>
    </div>
  );
}
