import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { bucketsQuery, exportTasksQuery } from '../../api/bucket-queries.ts';
import { useImageMutation } from '../../api/image-mutations.ts';
import { formRefusal, serverError } from '../../api/server-error.ts';
import {
  bucketViolation,
  EXPORT_ROLE_DEFAULT,
  EXPORT_TASK_LIMIT,
  exportBlockedReason,
  exportCosPaths,
  exportedDisks,
  exportFormats,
  exportTaskLimitViolation,
  FILE_NAME_PREFIX_MAX,
  fileNamePrefixViolation,
  type ExportFormat,
} from '../../rules/export.ts';
import type { Image } from '../../rules/images.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { Field } from '../../ui/Field.tsx';
import { useT } from '../../ui/i18n/I18n.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useForm } from '../../ui/use-form.ts';
import { useAccount } from '../account/use-account.ts';
import { recordOperations } from '../operations/operations-store.ts';

interface Props {
  image: Image;
  region: string;
  onClose: () => void;
  onDone: () => void;
}

/**
 * Export one custom image to a bucket of the caller's in its region (ExportImages): every refusal
 * the rules can tell is said before the request, in the words the API would use.
 */
export function ExportImageDialog({ image, region, onClose, onDone }: Props) {
  const t = useT();
  const account = useAccount();
  const toast = useToast();
  const id = useId();
  const form = useForm({ bucket: '', prefix: '', format: 'RAW' as ExportFormat, onlyRootDisk: false, consent: false });
  const v = form.values;
  const mutation = useImageMutation('ExportImages', region);
  // The caller's buckets where the API lists them (the mock's DescribeBuckets); null: type a name.
  const buckets = useQuery(bucketsQuery(account, region));
  const listed = buckets.data;
  // The caller's export tasks running in the region, where the API says (null: the real contract).
  const tasks = useQuery(exportTasksQuery(account, region)).data;

  // What refuses the export whatever the form holds: the image, then the region's task limit.
  const blocked =
    exportBlockedReason(image, account, v.onlyRootDisk) ?? (tasks ? exportTaskLimitViolation(tasks) : undefined);
  const bucketProblem = !v.bucket
    ? t('exportImage.bucketMissing')
    : listed
      ? t.rule(
          bucketViolation(
            v.bucket,
            region,
            account,
            listed.map((BucketName) => ({ BucketName, Region: region, OwnerId: account })),
          ),
        )
      : undefined;
  const prefixProblem = v.prefix ? t.rule(fileNamePrefixViolation([v.prefix], 1)) : undefined;
  const consentProblem = v.consent ? undefined : t('exportImage.consentMissing');
  // The files as they would be written: a prefix the rules refuse is not part of any name.
  const files = exportCosPaths(image, (!prefixProblem && v.prefix) || undefined, v.format, v.onlyRootDisk);
  const disks = exportedDisks(image, v.onlyRootDisk);
  const hasDataDisks = image.SnapshotSet.some((s) => s.DiskUsage === 'DATA_DISK');
  const request = {
    ImageIds: [image.ImageId],
    BucketName: v.bucket,
    ExportFormat: v.format,
    OnlyExportRootDisk: v.onlyRootDisk,
    ...(v.prefix ? { FileNamePrefixList: [v.prefix] } : {}),
  };
  const server = serverError(mutation.error, ['BucketName', 'FileNamePrefixList'], {
    sent: mutation.variables,
    now: request,
  });

  const submit = form.submit(() => {
    if (blocked || bucketProblem || prefixProblem || consentProblem || mutation.isPending) return;
    mutation.mutate(request, {
      onSuccess: (res) => {
        recordOperations(account, [
          {
            imageId: image.ImageId,
            region,
            kind: 'export',
            name: image.ImageName,
            export: {
              taskId: res.TaskId,
              bucket: v.bucket,
              format: v.format,
              ...(v.prefix ? { prefix: v.prefix } : {}),
              onlyRootDisk: v.onlyRootDisk,
              files: res.CosPaths,
            },
          },
        ]);
        toast.show(t('exportImage.done', { name: image.ImageName, count: res.CosPaths.length, bucket: v.bucket }));
        onDone();
      },
    });
  });

  const bucketError =
    form.shown('bucket', bucketProblem) ?? (server?.field === 'BucketName' ? server.message : undefined);
  return (
    <Dialog title={t('exportImage.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="dialog-intro">
          {t.rich('exportImage.intro', {
            image: (
              <>
                <strong translate="no">{image.ImageName}</strong> <code className="id">{image.ImageId}</code>
              </>
            ),
            region: t.region(region),
          })}
        </p>
        {tasks && !blocked ? (
          <p className="muted">
            {t('exportImage.tasksRunning', { count: tasks, max: EXPORT_TASK_LIMIT, region: t.region(region) })}
          </p>
        ) : null}
        {listed === undefined ? null : listed ? (
          <Field
            label={t('exportImage.bucket')}
            hint={
              listed.length > 0
                ? t('exportImage.bucketHint', { region: t.region(region) })
                : t('exportImage.noBucket', { region: t.region(region) })
            }
            error={bucketError}
          >
            <select
              value={v.bucket}
              onChange={(e) => form.set('bucket', e.target.value)}
              onBlur={() => form.touch('bucket')}
            >
              <option value="">{t('exportImage.chooseBucket')}</option>
              {listed.map((name) => (
                <option key={name} value={name} translate="no">
                  {name}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <Field
            label={t('exportImage.bucket')}
            hint={t('exportImage.bucketTyped', { region: t.region(region) })}
            error={bucketError}
          >
            <input
              value={v.bucket}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => form.set('bucket', e.target.value.trim())}
              onBlur={() => form.touch('bucket')}
            />
          </Field>
        )}
        <div className="form-grid">
          <Field
            label={t('exportImage.prefix')}
            hint={t('exportImage.prefixHint', { max: FILE_NAME_PREFIX_MAX })}
            error={
              form.shown('prefix', prefixProblem) ??
              (server?.field === 'FileNamePrefixList' ? server.message : undefined)
            }
          >
            <input
              value={v.prefix}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => form.set('prefix', e.target.value)}
              onBlur={() => form.touch('prefix')}
            />
          </Field>
          <Field label={t('exportImage.format')}>
            <select value={v.format} onChange={(e) => form.set('format', e.target.value as ExportFormat)}>
              {exportFormats.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {hasDataDisks && (
          <div className="field checkbox-field">
            <input
              id={`${id}-root`}
              type="checkbox"
              checked={v.onlyRootDisk}
              onChange={(e) => form.set('onlyRootDisk', e.target.checked)}
            />
            <label htmlFor={`${id}-root`}>{t('exportImage.onlyRoot')}</label>
          </div>
        )}
        <section className="export-files" aria-labelledby={`${id}-files`}>
          <h3 id={`${id}-files`}>{t('exportImage.files')}</h3>
          <ul>
            {disks.map((disk, index) => (
              <li key={disk.SnapshotId}>
                <span className="muted">
                  {t('exportImage.disk', {
                    usage: disk.DiskUsage === 'SYSTEM_DISK' ? 'system' : 'data',
                    size: disk.DiskSize,
                  })}
                </span>{' '}
                <code translate="no">{files[index]}</code>
              </li>
            ))}
          </ul>
        </section>
        <div className="field checkbox-field">
          <input
            id={`${id}-consent`}
            type="checkbox"
            checked={v.consent}
            onChange={(e) => form.set('consent', e.target.checked)}
            aria-invalid={form.shown('consent', consentProblem) ? true : undefined}
            aria-describedby={`${id}-consent-hint${form.shown('consent', consentProblem) ? ` ${id}-consent-error` : ''}`}
          />
          <label htmlFor={`${id}-consent`}>{t('exportImage.consent')}</label>
          <p className="field-hint" id={`${id}-consent-hint`}>
            {t('exportImage.consentHint', { role: EXPORT_ROLE_DEFAULT })}
          </p>
          {form.shown('consent', consentProblem) && (
            <p className="field-error" id={`${id}-consent-error`}>
              {consentProblem}
            </p>
          )}
        </div>
        <DialogFooter
          error={formRefusal(blocked, t.rule) ?? (server && !server.field ? server : undefined)}
          pending={mutation.isPending}
          refused={Boolean(blocked)}
          onCancel={onClose}
          submitLabel={t('exportImage.submit')}
          pendingLabel={t('exportImage.pending')}
        />
      </form>
    </Dialog>
  );
}
