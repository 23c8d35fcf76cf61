import { useQueries } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { imageQueries, isBusy } from '../../api/image-queries.ts';
import { useT } from '../../ui/i18n/I18n.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useAccount } from '../account/use-account.ts';
import { stateKeys } from '../image-labels.ts';
import { clearOperations } from './operations-store.ts';
import { useOperations } from './use-operations.ts';
import { imagePath } from '../paths.ts';

/**
 * Every create, import and copy this console started, with progress and outcome, reachable from
 * every page: no need to switch region to watch a copy arrive.
 */
export function OperationsPanel() {
  const t = useT();
  const account = useAccount();
  const ops = useOperations();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const results = useQueries({ queries: ops.map((op) => imageQueries.detail(account, op.region, op.imageId)) });
  const running = results.filter((r) => r.data && isBusy(r.data)).length;
  const toast = useToast();

  // Say when an operation finishes, wherever the user is in the console.
  const busyBefore = useRef(new Set<string>());
  useEffect(() => {
    ops.forEach((op, index) => {
      const image = results[index]?.data;
      const key = `${op.region}:${op.imageId}`;
      if (!image) return;
      if (isBusy(image)) busyBefore.current.add(key);
      else if (busyBefore.current.delete(key)) {
        const failed = image.ImageState === 'CREATEFAILED' || image.ImageState === 'IMPORTFAILED';
        toast.show(
          failed
            ? t('operations.failed', {
                kind: op.kind,
                name: op.name,
                reason: image.FailureReason ?? t(stateKeys[image.ImageState]),
              })
            : t('operations.ready', { name: op.name, region: t.region(op.region), imageId: op.imageId }),
          failed ? 'error' : 'success',
        );
      }
    });
  });

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
        {t('operations.button', { running })}
      </button>
      {open && (
        <section id={panelId} className="operations-panel" aria-label={t('operations.heading')}>
          <h2>{t('operations.heading')}</h2>
          {ops.length === 0 ? (
            <p className="muted">{t('operations.none')}</p>
          ) : (
            <ul>
              {ops.map((op, index) => {
                const result = results[index];
                const image = result?.data;
                const gone = result?.isSuccess && image === null;
                const state = image
                  ? t(stateKeys[image.ImageState])
                  : gone
                    ? t('operations.deleted')
                    : t('operations.checking');
                return (
                  <li key={`${op.region}:${op.imageId}`} className="operation">
                    <div>
                      <strong>{t('operations.what', { kind: op.kind, name: op.name })}</strong>{' '}
                      <span className="muted">
                        {op.kind === 'copy' && op.from
                          ? t('operations.copyRoute', { from: t.region(op.from.region), to: t.region(op.region) })
                          : t('operations.in', { region: t.region(op.region) })}
                      </span>
                    </div>
                    <div className="operation-state">
                      {image && isBusy(image) ? (
                        <ProgressBar
                          label={t('operations.progress', {
                            kind: op.kind,
                            name: op.name,
                            region: t.region(op.region),
                          })}
                          value={image.SyncPercent ?? undefined}
                        />
                      ) : null}
                      <span>{state}</span>
                      {image?.FailureReason && <span className="reason">{image.FailureReason}</span>}
                      {image && (
                        <Link to={imagePath(op.imageId, op.region)} onClick={() => setOpen(false)}>
                          {op.imageId}
                        </Link>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          {ops.length > 0 && (
            <button
              type="button"
              className="link-button"
              onClick={() =>
                clearOperations(account, (op) => {
                  const image = results[ops.indexOf(op)]?.data;
                  return Boolean(image && isBusy(image));
                })
              }
            >
              {t('operations.clear')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
