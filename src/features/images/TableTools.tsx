import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../ui/i18n/I18n.tsx';
import type { Column } from './ImageTable.tsx';

/** How often "Updated … ago" is brought up to date. */
const TICK_MS = 15_000;

/** "Refresh" and how long ago the list on screen was read, kept current while the page is open. */
export function RefreshButton({ updatedAt, onRefresh }: { updatedAt: number; onRefresh: () => void }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  // A list read after the last tick is "just now", not in the future.
  const minutes = Math.max(0, Math.floor((now - updatedAt) / 60_000));
  return (
    <div className="refresh">
      <button type="button" className="secondary" onClick={onRefresh}>
        {t('images.refresh')}
      </button>
      {updatedAt > 0 && (
        <span className="muted">{t('images.updated', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })}</span>
      )}
    </div>
  );
}

/**
 * "Columns": a disclosure with a checkbox per column a person can show or hide. Escape or a
 * click elsewhere closes it; Escape gives focus back to the button.
 */
export function ColumnsChooser({
  columns,
  hidden,
  onChange,
}: {
  columns: readonly Column[];
  hidden: ReadonlySet<string>;
  onChange: (id: string, shown: boolean) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent | FocusEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);
  return (
    <div className="columns-chooser" ref={root}>
      <button
        ref={button}
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('images.columns')}
      </button>
      {/* Rendered only while open: its checkboxes are named like the filters and headers they mirror. */}
      {open && (
        <fieldset id={panelId} className="columns-panel">
          <legend>{t('images.columnsLegend')}</legend>
          {columns.map((col) => (
            <label key={col.id} className="checkbox-field">
              <input
                type="checkbox"
                checked={!hidden.has(col.id)}
                onChange={(e) => onChange(col.id, e.target.checked)}
              />
              {t(col.label)}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
