import { INSTANCE_NAME_MAX, RUN_INSTANCES_COUNT_MAX, SYSTEM_DISK_MAX_GB } from '../../../rules/common.ts';
import type { Image } from '../../../rules/images.ts';
import { defaultSystemDiskSize } from '../../../rules/instances.ts';
import { renderMessage } from '../../../rules/messages/render.ts';
import type { WizardSettings } from '../../../rules/wizard.ts';
import { Field } from '../../../ui/Field.tsx';
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
  const dataDisks = image.SnapshotSet.filter((s) => s.DiskUsage === 'DATA_DISK');
  return (
    <div className="form-grid">
      <Field
        label="System disk (GB)"
        hint={`At least ${image.ImageSize} GB (the image), at most ${SYSTEM_DISK_MAX_GB} GB. Premium cloud disk.`}
        error={renderMessage(settings.fields.disk)}
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
        label="Instance name (optional)"
        hint={`Up to ${INSTANCE_NAME_MAX} characters; several instances get -1, -2… appended.`}
        error={renderMessage(settings.fields.name)}
      >
        <input value={state.name} onChange={(e) => onChange({ name: e.target.value })} />
      </Field>
      <Field
        label="Number of instances"
        hint={`1 to ${RUN_INSTANCES_COUNT_MAX}`}
        error={renderMessage(settings.fields.count)}
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
          This image includes data-disk snapshots, so each instance also gets{' '}
          {dataDisks.map((s) => `a ${s.DiskSize} GB data disk`).join(' and ')} restored from them.
        </div>
      )}
    </div>
  );
}
