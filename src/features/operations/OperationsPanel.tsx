import { useQueries } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { imageQueries, isBusy } from '../../api/image-queries.ts';
import { stateLabels } from '../../rules/images.ts';
import { regionLabel } from '../../rules/regions.ts';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useAccount } from '../account/use-account.ts';
import { clearOperations, type Operation } from './operations-store.ts';
import { useOperations } from './use-operations.ts';
import { imagePath } from '../paths.ts';

const verbs: Record<Operation['kind'], string> = { create: 'Create', import: 'Import', copy: 'Copy' };

/**
 * Every create, import and copy this console started, with progress and outcome, reachable from
 * every page: no need to switch region to watch a copy arrive.
 */
export function OperationsPanel() {
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
            ? `${verbs[op.kind]} of ${op.name} failed: ${image.FailureReason ?? stateLabels[image.ImageState]}`
            : `${op.name} is ready in ${regionLabel(op.region)} (${op.imageId}).`,
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
        Operations{running > 0 ? ` (${running} running)` : ''}
      </button>
      {open && (
        <section id={panelId} className="operations-panel" aria-label="Operations">
          <h2>Operations</h2>
          {ops.length === 0 ? (
            <p className="muted">Images you create, import or copy show here with their progress.</p>
          ) : (
            <ul>
              {ops.map((op, index) => {
                const result = results[index];
                const image = result?.data;
                const gone = result?.isSuccess && image === null;
                const state = image ? stateLabels[image.ImageState] : gone ? 'Deleted' : 'Checking…';
                return (
                  <li key={`${op.region}:${op.imageId}`} className="operation">
                    <div>
                      <strong>
                        {verbs[op.kind]} {op.name}
                      </strong>
                      <span className="muted">
                        {op.kind === 'copy' && op.from
                          ? ` ${regionLabel(op.from.region)} → ${regionLabel(op.region)}`
                          : ` in ${regionLabel(op.region)}`}
                      </span>
                    </div>
                    <div className="operation-state">
                      {image && isBusy(image) ? (
                        <ProgressBar
                          label={`${verbs[op.kind]} ${op.name} to ${regionLabel(op.region)}`}
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
              Clear finished
            </button>
          )}
        </section>
      )}
    </div>
  );
}
