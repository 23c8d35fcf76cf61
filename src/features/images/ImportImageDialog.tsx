import { useQuery } from '@tanstack/react-query';
import { imageQueries } from '../../api/image-queries.ts';
import { useImageMutation } from '../../api/image-mutations.ts';
import { formRefusal, serverError } from '../../api/server-error.ts';
import { fieldViolations, type Violation } from '../../rules/common.ts';
import {
  importFormatOf,
  importImageRequestSchema,
  importOsViolation,
  importUrlViolation,
  quotaViolation,
} from '../../rules/images.ts';
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

const archLabels: Record<string, string> = { x86_64: '64-bit x86', i386: '32-bit x86', arm_64: 'ARM' };

export function ImportImageDialog({
  region,
  onClose,
  onDone,
}: {
  region: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const account = useAccount();
  const toast = useToast();
  const osQuery = useQuery(imageQueries.importOs());
  const quota = useQuery(imageQueries.quota(account, region));
  const mutation = useImageMutation('ImportImage', region);
  const form = useForm({
    url: '',
    force: false,
    osType: '',
    osVersion: '',
    architecture: 'x86_64',
    name: '',
    description: '',
    licenseType: 'TencentCloud',
    bootMode: 'Legacy BIOS',
  });
  const v = form.values;
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
    LicenseType: v.licenseType as 'TencentCloud' | 'BYOL',
    BootMode: v.bootMode as 'Legacy BIOS' | 'UEFI',
  };
  const errors = fieldViolations(importImageRequestSchema, request);
  const shown = (problem: Violation | undefined) =>
    problem && { field: problem.field, message: renderMessage(problem) };
  const urlProblem = request.ImageUrl
    ? shown(importUrlViolation(request.ImageUrl, region, v.force))
    : { field: 'ImageUrl', message: `Enter the URL of the image file in a COS bucket in ${regionLabel(region)}.` };
  const osProblem = shown(
    v.osType && v.osVersion && osList.length > 0 ? importOsViolation(osList, request) : undefined,
  );
  const format = request.ImageUrl ? importFormatOf(request.ImageUrl.split('?')[0] ?? '') : undefined;
  const quotaProblem = quota.data ? quotaViolation(quota.data.used, 1, region) : undefined;
  const server = serverError(mutation.error, ['ImageUrl', 'ImageName', 'ImageDescription']);
  const fieldError = (key: string, param: string, local?: string) =>
    form.shown(key, local ?? renderMessage(errors[param])) ?? (server?.field === param ? server.message : undefined);

  const problems = [
    urlProblem,
    osProblem,
    v.osType ? undefined : 'os',
    v.osVersion ? undefined : 'version',
    ...Object.values(errors),
  ].filter(Boolean);

  const submit = form.submit(() => {
    if (mutation.isPending || quotaProblem || problems.length > 0) return;
    mutation.mutate(request, {
      onSuccess: (res) => {
        recordOperations(account, [{ imageId: res.ImageId, region, kind: 'import', name: v.name }]);
        toast.show(`Importing ${v.name} (${res.ImageId}). Its state shows in the list.`);
        onDone();
      },
    });
  });

  return (
    <Dialog title="Import image" onClose={onClose} size="wide">
      <form onSubmit={submit} noValidate>
        <p className="dialog-intro">
          Import a RAW, VHD, QCOW2 or VMDK file (ISO with forced import) from a COS bucket in {regionLabel(region)}.
        </p>
        <div className="form-grid">
          <Field
            label="Image file URL"
            hint={
              format
                ? `Format: ${format} (from the file name)`
                : `e.g. https://mybucket-1250000000.cos.${region}.myqcloud.com/server.qcow2`
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
            <label htmlFor="import-force">Forced import</label>
            <p className="field-hint" id="import-force-hint">
              Skips the cloud-init and virtio checks; required for ISO files.
            </p>
            {urlProblem?.field === 'Force' && form.shown('url', urlProblem.message) && (
              <p className="field-error">{urlProblem.message}</p>
            )}
          </div>
          <Field
            label="Operating system"
            error={form.shown('osType', v.osType ? undefined : 'Choose the operating system of the image.')}
          >
            <select
              value={v.osType}
              onChange={(e) => {
                form.set('osType', e.target.value);
                form.set('osVersion', '');
              }}
              onBlur={() => form.touch('osType')}
            >
              <option value="">{osQuery.isPending ? 'Loading…' : 'Choose'}</option>
              {osQuery.data && (
                <>
                  <optgroup label="Linux">
                    {osQuery.data.ImportImageOsListSupported.Linux.map((o) => (
                      <option key={o}>{o}</option>
                    ))}
                  </optgroup>
                  <optgroup label="Windows">
                    {osQuery.data.ImportImageOsListSupported.Windows.map((o) => (
                      <option key={o}>{o}</option>
                    ))}
                  </optgroup>
                </>
              )}
            </select>
          </Field>
          <Field
            label="OS version"
            error={form.shown(
              'osVersion',
              v.osVersion ? (osProblem?.field === 'OsVersion' ? osProblem.message : undefined) : 'Choose the version.',
            )}
          >
            <select
              value={v.osVersion}
              onChange={(e) => form.set('osVersion', e.target.value)}
              onBlur={() => form.touch('osVersion')}
            >
              <option value="">Choose</option>
              {os?.OsVersions.map((ver) => (
                <option key={ver}>{ver}</option>
              ))}
            </select>
          </Field>
          <Field
            label="Architecture"
            error={form.shown('architecture', osProblem?.field === 'Architecture' ? osProblem.message : undefined)}
          >
            <select value={v.architecture} onChange={(e) => form.set('architecture', e.target.value)}>
              {(os?.Architecture ?? ['x86_64', 'i386', 'arm_64']).map((a) => (
                <option key={a} value={a}>
                  {archLabels[a] ?? a}
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
          <Field label="Licence type">
            <select value={v.licenseType} onChange={(e) => form.set('licenseType', e.target.value)}>
              <option value="TencentCloud">Tencent Cloud licence</option>
              <option value="BYOL">Bring your own licence (BYOL)</option>
            </select>
          </Field>
          <Field label="Boot mode">
            <select value={v.bootMode} onChange={(e) => form.set('bootMode', e.target.value)}>
              <option>Legacy BIOS</option>
              <option>UEFI</option>
            </select>
          </Field>
        </div>
        <DialogFooter
          error={formRefusal(quotaProblem) ?? (server && !server.field ? server : undefined)}
          pending={mutation.isPending}
          refused={Boolean(quotaProblem)}
          onCancel={onClose}
          submitLabel="Import"
          pendingLabel="Importing…"
        />
      </form>
    </Dialog>
  );
}
