import { useQueries } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Link } from '../router.tsx';
import { imageQueries, isBusy } from '../../api/image-queries.ts';
import { useT } from '../../ui/i18n/I18n.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useAccount } from '../account/use-account.ts';
import { stateKeys } from '../image-labels.ts';
import type { Image } from '../../rules/images.ts';
import { clearOperations, type Operation } from './operations-store.ts';
import { useOperations } from './use-operations.ts';
import { imagePath } from '../paths.ts';

const RetryOperation = lazy(() => import('./RetryOperation.tsx'));

/** How an export goes, from the image's LatestExport (an extension), else ExportingTo, else unknown ("sent"). */
interface ExportView {
  state: 'exporting' | 'exported' | 'failed' | 'sent';
  files: { path: string; percent?: number }[];
  reason?: string;
}

function exportView(op: Operation, image: Image | null | undefined): ExportView | undefined {
  const asked = op.export;
  if (!asked) return undefined;
  const latest = image?.LatestExport;
  if (latest && latest.TaskId === asked.taskId) {
    const state = ({ EXPORTING: 'exporting', EXPORTED: 'exported', FAILED: 'failed' } as const)[latest.State];
    const files = latest.Files.map((f) => ({ path: f.CosPath, percent: f.Percent }));
    return { state, files, reason: latest.FailureReason ?? undefined };
  }
  const files = asked.files.map((path) => ({ path }));
  if (image?.ExportingTo?.some((e) => e.TaskId === asked.taskId)) return { state: 'exporting', files };
  return { state: 'sent', files };
}

/** Whether an operation is still under way. */
function running(op: Operation, image: Image | null | undefined): boolean {
  if (!image) return false;
  return op.kind === 'export' ? exportView(op, image)?.state === 'exporting' : isBusy(image);
}

/** Whether an operation failed in a way a retry of that destination alone can mend. */
function retriable(op: Operation, image: Image | null | undefined): boolean {
  if (op.kind === 'export') return exportView(op, image)?.state === 'failed';
  return op.kind === 'copy' && op.from !== undefined && image?.ImageState === 'CREATEFAILED';
}

/** The panel's width (operations.css), in rem. */
const PANEL_REM = 30;
const remPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

const exportStateKeys = {
  exporting: 'operations.exporting',
  exported: 'operations.exported',
  failed: 'operations.exportFailed',
  sent: 'operations.exportSent',
} as const;

/**
 * Every create, import, copy and export this console started, with progress and outcome, reachable from
 * every page: no need to switch region to watch a copy arrive.
 */
export function OperationsPanel() {
  const t = useT();
  const account = useAccount();
  const ops = useOperations();
  const [open, setOpen] = useState(false);
  const [fromStart, setFromStart] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const results = useQueries({ queries: ops.map((op) => imageQueries.detail(account, op.region, op.imageId)) });
  const runningCount = ops.filter((op, index) => running(op, results[index]?.data)).length;
  const toast = useToast();
  // Each retry's refusal, by operation, shown under it until the next retry.
  const [retryRefusals, setRetryRefusals] = useState<ReadonlyMap<string, string>>(new Map());
  // The operations being retried: their Retry stays while the retry runs, though a failed copy,
  // deleted first, is no longer retriable.
  const [retrying, setRetrying] = useState<ReadonlySet<string>>(new Set());
  const opKey = (op: Operation) => `${op.kind}:${op.region}:${op.imageId}:${op.export?.taskId ?? ''}`;

  // Say when an operation finishes, wherever the user is in the console.
  const busyBefore = useRef(new Set<string>());
  useEffect(() => {
    ops.forEach((op, index) => {
      const image = results[index]?.data;
      const key = opKey(op);
      if (!image) return;
      if (running(op, image)) busyBefore.current.add(key);
      else if (busyBefore.current.delete(key)) {
        const exported = exportView(op, image);
        const failed = exported
          ? exported.state === 'failed'
          : image.ImageState === 'CREATEFAILED' || image.ImageState === 'IMPORTFAILED';
        const reason = exported ? exported.reason : (image.FailureReason ?? t(stateKeys[image.ImageState]));
        toast.show(
          failed
            ? t('operations.failed', { kind: op.kind, name: op.name, reason: reason ?? '' })
            : exported
              ? t('operations.exportDone', { name: op.name, bucket: op.export!.bucket })
              : t('operations.ready', { name: op.name, region: t.region(op.region), imageId: op.imageId }),
          failed ? 'error' : 'success',
        );
      }
    });
  });

  // The panel hangs from the button's right edge, unless the button sits too far left for it (a
  // phone's header menu, a header wrapped onto two lines): then from its left edge. Measured again
  // when the button's words change (and with them, maybe, the header's lines).
  useLayoutEffect(() => {
    if (!open) return;
    const { right } = buttonRef.current!.getBoundingClientRect();
    setFromStart(right < Math.min(PANEL_REM * remPx(), innerWidth - 32));
  }, [open, runningCount]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <div className="operations">
      <button
        ref={buttonRef}
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('operations.button', { running: runningCount })}
      </button>
      {open && (
        <section
          id={panelId}
          className={fromStart ? 'operations-panel from-start' : 'operations-panel'}
          aria-label={t('operations.heading')}
        >
          <h2>{t('operations.heading')}</h2>
          {ops.length === 0 ? (
            <p className="muted">{t('operations.none')}</p>
          ) : (
            <ul>
              {ops.map((op, index) => {
                const result = results[index];
                const image = result?.data;
                const gone = result?.isSuccess && image === null;
                const exported = image ? exportView(op, image) : undefined;
                const key = opKey(op);
                // A copy's retry deletes the failed copy first: until the new copy is answered, the
                // row says "Retrying…" on its button, not "Deleted" beside it.
                const state = exported
                  ? t(exportStateKeys[exported.state])
                  : image
                    ? t(stateKeys[image.ImageState])
                    : gone
                      ? retrying.has(key)
                        ? null
                        : t('operations.deleted')
                      : t('operations.checking');
                const target = op.export ? op.export.bucket : t.region(op.region);
                const refusal = retryRefusals.get(key);
                return (
                  <li key={key} className="operation">
                    <div>
                      <strong>{t('operations.what', { kind: op.kind, name: op.name })}</strong>{' '}
                      <span className="muted">
                        {op.export
                          ? t('operations.exportTo', { bucket: op.export.bucket, region: t.region(op.region) })
                          : op.kind === 'copy' && op.from
                            ? t('operations.copyRoute', { from: t.region(op.from.region), to: t.region(op.region) })
                            : t('operations.in', { region: t.region(op.region) })}
                      </span>
                    </div>
                    <div className="operation-state">
                      {exported ? null : image && isBusy(image) ? (
                        <ProgressBar
                          label={t('operations.progress', {
                            kind: op.kind,
                            name: op.name,
                            region: t.region(op.region),
                          })}
                          value={image.SyncPercent ?? undefined}
                        />
                      ) : null}
                      {state && <span>{state}</span>}
                      {exported
                        ? exported.reason && <span className="reason">{exported.reason}</span>
                        : image?.FailureReason && <span className="reason">{image.FailureReason}</span>}
                      {image && (
                        <Link to={imagePath(op.imageId, op.region)} onClick={() => setOpen(false)}>
                          {op.imageId}
                        </Link>
                      )}
                      {(retriable(op, image) || refusal !== undefined || retrying.has(key)) && (
                        <Suspense fallback={null}>
                          <RetryOperation
                            op={op}
                            image={image ?? null}
                            target={target}
                            onStart={() => setRetrying((prev) => new Set(prev).add(key))}
                            onResult={(message) => {
                              setRetrying((prev) => {
                                const next = new Set(prev);
                                next.delete(key);
                                return next;
                              });
                              setRetryRefusals((prev) => {
                                const next = new Map(prev);
                                if (message === undefined) next.delete(key);
                                else next.set(key, message);
                                return next;
                              });
                            }}
                          />
                        </Suspense>
                      )}
                    </div>
                    {refusal && (
                      <p className="field-error" role="alert">
                        {t('operations.retryRefused', { reason: refusal })}
                      </p>
                    )}
                    {exported && (
                      <ul className="export-files" aria-label={t('exportImage.files')}>
                        {exported.files.map((file) => (
                          <li key={file.path}>
                            {exported.state === 'exporting' && (
                              <ProgressBar
                                label={t('operations.fileProgress', { name: op.name, file: file.path })}
                                value={file.percent}
                              />
                            )}{' '}
                            <code translate="no">{file.path}</code>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {ops.length > 0 && (
            <button
              type="button"
              className="link-button"
              onClick={() => clearOperations(account, (op) => running(op, results[ops.indexOf(op)]?.data))}
            >
              {t('operations.clear')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
