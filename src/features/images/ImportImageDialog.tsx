import { useQuery } from '@tanstack/react-query';
import { imageQueries } from '../../api/image-queries.ts';
import { formRefusal, serverError } from '../../api/server-error.ts';
import { fieldViolations, type Violation } from '../../rules/violation.ts';
import {
  importFormatOf,
  importImageRequestSchema,
  importOsViolation,
  importUrlViolation,
} from '../../rules/image-import.ts';
import { quotaViolation } from '../../rules/custom-images.ts';
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

// ImportImage names ARM `arm_64` where images say `arm`.
const archKeys = { x86_64: 'arch.x86_64', i386: 'arch.i386', arm_64: 'arch.arm' } as const;
const bootModes = ['Legacy BIOS', 'UEFI'] as const;

export function ImportImageDialog({
  region,
  onClose,
  onDone,
}: {
  region: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const account = useAccount();
  const osQuery = useQuery(imageQueries.importOs());
  const quota = useQuery(imageQueries.quota(account, region));
  const { form, mutation, send } = useImageForm(
    'ImportImage',
    region,
    {
      url: '',
      force: false,
      osType: '',
      osVersion: '',
      architecture: 'x86_64',
      name: '',
      description: '',
      family: '',
      licenseType: 'TencentCloud',
      bootMode: 'Legacy BIOS',
      rows: [] as TagRow[],
    },
    onDone,
  );
  const v = form.values;
  const tags = tagsOfRows(v.rows);
  const osList = osQuery.data?.ImportImageOsVersionSet ?? [];
  const os = osList.find((o) => o.OsName === v.osType);
  const request = {
    ImageUrl: v.url.trim(),
    Force: v.force,
    OsType: v.osType,
    OsVersion: v.osVersion,
    Architecture: v.architecture as 'x86_64' | 'i386' | 'arm_64',
    ImageName: v.name,
    ...(v.description ? { ImageDescription: v.description } : {}),
    ...(v.family ? { ImageFamily: v.family } : {}),
    LicenseType: v.licenseType as 'TencentCloud' | 'BYOL',
    BootMode: v.bootMode as 'Legacy BIOS' | 'UEFI',
    ...(tags.length > 0 ? { TagSpecification: [{ ResourceType: 'image', Tags: tags }] } : {}),
  };
  const errors = fieldViolations(importImageRequestSchema, request);
  const shown = (problem: Violation | undefined) => problem && { field: problem.field, message: t.rule(problem) };
  const urlProblem = request.ImageUrl
    ? shown(importUrlViolation(request.ImageUrl, region, v.force))
    : { field: 'ImageUrl', message: t('importImage.urlMissing', { region: t.region(region) }) };
  const osProblem = shown(
    v.osType && v.osVersion && osList.length > 0 ? importOsViolation(osList, request) : undefined,
  );
  const format = request.ImageUrl ? importFormatOf(request.ImageUrl.split('?')[0] ?? '') : undefined;
  const quotaProblem = quota.data ? quotaViolation(quota.data.used, 1, region) : undefined;
  const server = serverError(mutation.error, ['ImageUrl', 'ImageName', 'ImageDescription', 'ImageFamily'], {
    sent: mutation.variables,
    now: request,
  });
  const fieldError = fieldErrors(form, t, errors, server);

  const problems = [
    urlProblem,
    osProblem,
    v.osType ? undefined : 'os',
    v.osVersion ? undefined : 'version',
    ...Object.values(errors),
  ].filter(Boolean);

  const submit = send(Boolean(quotaProblem) || problems.length > 0, request, (res) => {
    recordOperations(account, [{ imageId: res.ImageId, region, kind: 'import', name: v.name }]);
    return t('importImage.done', { name: v.name, imageId: res.ImageId });
  });

  return (
    <Dialog title={t('importImage.title')} onClose={onClose} size="wide">
      <form onSubmit={submit} noValidate>
        <p className="dialog-intro">{t('importImage.intro', { region: t.region(region) })}</p>
        <div className="form-grid">
          <Field
            label={t('importImage.url')}
            hint={
              format
                ? t('importImage.format', { format })
                : t('importImage.urlExample', {
                    url: `https://mybucket-1250000000.cos.${region}.myqcloud.com/server.qcow2`,
                  })
            }
            error={fieldError('url', 'ImageUrl', urlProblem?.field === 'ImageUrl' ? urlProblem.message : undefined)}
          >
            <input
              type="url"
              value={v.url}
              onChange={(e) => form.set('url', e.target.value)}
              onBlur={() => form.touch('url')}
            />
          </Field>
          <div className="field checkbox-field">
            <input
              id="import-force"
              type="checkbox"
              checked={v.force}
              onChange={(e) => form.set('force', e.target.checked)}
              aria-describedby="import-force-hint"
            />
            <label htmlFor="import-force">{t('importImage.force')}</label>
            <p className="field-hint" id="import-force-hint">
              {t('importImage.forceHint')}
            </p>
            {urlProblem?.field === 'Force' && form.shown('url', urlProblem.message) && (
              <p className="field-error">{urlProblem.message}</p>
            )}
          </div>
          <Field label={t('field.os')} error={form.shown('osType', v.osType ? undefined : t('importImage.osMissing'))}>
            <select
              value={v.osType}
              onChange={(e) => {
                form.set('osType', e.target.value);
                form.set('osVersion', '');
              }}
              onBlur={() => form.touch('osType')}
            >
              <option value="">{osQuery.isPending ? t('common.loading') : t('common.choose')}</option>
              {/* The OS families and names are the API's (data, not translated). */}
              {osQuery.data &&
                Object.entries(osQuery.data.ImportImageOsListSupported).map(([family, names]) => (
                  <optgroup key={family} label={family} translate="no">
                    {names.map((o) => (
                      <option key={o}>{o}</option>
                    ))}
                  </optgroup>
                ))}
            </select>
          </Field>
          <Field
            label={t('field.osVersion')}
            error={form.shown(
              'osVersion',
              v.osVersion
                ? osProblem?.field === 'OsVersion'
                  ? osProblem.message
                  : undefined
                : t('importImage.versionMissing'),
            )}
          >
            <select
              value={v.osVersion}
              onChange={(e) => form.set('osVersion', e.target.value)}
              onBlur={() => form.touch('osVersion')}
            >
              <option value="">{t('common.choose')}</option>
              {os?.OsVersions.map((ver) => (
                <option key={ver} translate="no">
                  {ver}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label={t('field.arch')}
            error={form.shown('architecture', osProblem?.field === 'Architecture' ? osProblem.message : undefined)}
          >
            <select value={v.architecture} onChange={(e) => form.set('architecture', e.target.value)}>
              {(os?.Architecture ?? Object.keys(archKeys)).map((a) => (
                <option key={a} value={a}>
                  {a in archKeys ? t(archKeys[a as keyof typeof archKeys]) : a}
                </option>
              ))}
            </select>
          </Field>
          <NameDescriptionFields
            form={form}
            nameError={fieldError('name', 'ImageName')}
            descriptionError={fieldError('description', 'ImageDescription')}
            rows={2}
          />
          <FamilyField form={form} error={fieldError('family', 'ImageFamily')} />
          <Field label={t('importImage.licenceType')}>
            <select value={v.licenseType} onChange={(e) => form.set('licenseType', e.target.value)}>
              <option value="TencentCloud">{t('importImage.licenceTencent')}</option>
              <option value="BYOL">{t('importImage.licenceByol')}</option>
            </select>
          </Field>
          <Field label={t('field.bootMode')}>
            <select value={v.bootMode} onChange={(e) => form.set('bootMode', e.target.value)}>
              {bootModes.map((mode) => (
                <option key={mode} translate="no">
                  {mode}
                </option>
              ))}
            </select>
          </Field>
          <TagFields form={form} />
        </div>
        <DialogFooter
          error={formRefusal(quotaProblem, t.rule) ?? (server && !server.field ? server : undefined)}
          pending={mutation.isPending}
          refused={Boolean(quotaProblem)}
          onCancel={onClose}
          submitLabel={t('importImage.submit')}
          pendingLabel={t('importImage.pending')}
        />
      </form>
    </Dialog>
  );
}
