import { INSTANCE_NAME_MAX, RUN_INSTANCES_COUNT_MAX, SYSTEM_DISK_MAX_GB } from '../../../rules/limits.ts';
import type { Image } from '../../../rules/images.ts';
import { defaultSystemDiskSize } from '../../../rules/run-instances.ts';
import type { WizardSettings } from '../../../rules/wizard.ts';
import { Field } from '../../../ui/Field.tsx';
import { useT } from '../../../ui/i18n/I18n.tsx';
import type { WizardState } from '../wizard-state.ts';

/** Step 4: the system disk (at least the image), the name and how many; each field says its own problem. */
export function SettingsStep({
  image,
  state,
  settings,
  onChange,
}: {
  image: Image;
  state: Pick<WizardState, 'disk' | 'name' | 'count'>;
  settings: WizardSettings;
  onChange: (change: Partial<Pick<WizardState, 'disk' | 'name' | 'count'>>) => void;
}) {
  const t = useT();
  const dataDisks = image.SnapshotSet.filter((s) => s.DiskUsage === 'DATA_DISK');
  return (
    <div className="form-grid">
      <Field
        label={t('wizard.disk')}
        hint={t('wizard.diskHint', { min: image.ImageSize, max: SYSTEM_DISK_MAX_GB })}
        error={t.rule(settings.fields.disk)}
      >
        <input
          type="number"
          inputMode="numeric"
          min={image.ImageSize}
          max={SYSTEM_DISK_MAX_GB}
          value={state.disk ?? String(defaultSystemDiskSize(image))}
          onChange={(e) => onChange({ disk: e.target.value })}
        />
      </Field>
      <Field
        label={t('wizard.name')}
        hint={t('wizard.nameHint', { max: INSTANCE_NAME_MAX })}
        error={t.rule(settings.fields.name)}
      >
        <input value={state.name} onChange={(e) => onChange({ name: e.target.value })} />
      </Field>
      <Field
        label={t('wizard.count')}
        hint={t('wizard.countHint', { max: RUN_INSTANCES_COUNT_MAX })}
        error={t.rule(settings.fields.count)}
      >
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={RUN_INSTANCES_COUNT_MAX}
          value={state.count}
          onChange={(e) => onChange({ count: e.target.value })}
        />
      </Field>
      {dataDisks.length > 0 && (
        <div className="notice notice-info">
          {t('wizard.dataDisks', {
            disks: t.format.andList(
              dataDisks.map((s) => t('wizard.dataDisk', { size: t.format.gigabytes(s.DiskSize) })),
            ),
          })}
        </div>
      )}
    </div>
  );
}
