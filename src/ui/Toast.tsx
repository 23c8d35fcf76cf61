import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from './i18n/I18n.tsx';

interface Toast {
  id: number;
  message: string;
  tone: 'success' | 'error';
  /** Whose toast it is (the account signed in when it was shown): it shows only to them. */
  owner: string | undefined;
}

interface ToastApi {
  show(message: string, tone?: Toast['tone']): void;
}

const ToastContext = createContext<ToastApi>({ show: () => undefined });

export function useToast(): ToastApi {
  return useContext(ToastContext);
}

const TIMEOUT_MS = 6000;
/** Shown at once; older ones wait behind "N more" (a 4-region copy no longer stacks four deep). */
const SHOWN = 2;
const KEPT = 20;

/** Where the provider's toasts show, when the page places them (`<ToastProvider placed>`). */
const RegionContext = createContext<ReactNode>(null);

/**
 * The toasts, in the page's flow where this is put (the console: at the top of its main area):
 * they push what follows down and so never cover a control, at any width or scroll position,
 * where a box floating over the page covers whatever scrolls beneath it.
 */
export function ToastRegion() {
  return useContext(RegionContext);
}

/**
 * Finished actions announced politely to screen readers and shown for a few seconds, dismissible.
 * A toast belongs to the `owner` (the account) it was shown for: switching account hides it.
 * They show after `children`, or where a `ToastRegion` is when `placed`.
 */
export function ToastProvider({
  owner,
  placed = false,
  children,
}: {
  owner?: string;
  placed?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [expanded, setExpanded] = useState(false);
  const nextId = useRef(1);
  const ownerRef = useRef(owner);
  useEffect(() => {
    ownerRef.current = owner;
  });
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  // While the pointer or the focus is on the toasts they stay (WCAG 2.2.1): those whose time ran
  // out meanwhile go once it leaves.
  const held = useRef(false);
  const due = useRef(new Set<number>());
  // A toast's timer goes with the provider: one left running would set state on an unmounted tree
  // (in tests, after the page is gone).
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const running = timers.current;
    return () => {
      running.forEach(clearTimeout);
      running.clear();
    };
  }, []);
  const hold = (holding: boolean) => {
    held.current = holding;
    if (holding) return;
    const gone = new Set(due.current);
    due.current.clear();
    setToasts((list) => list.filter((toast) => !gone.has(toast.id)));
  };
  const api = useMemo<ToastApi>(
    () => ({
      show(message, tone = 'success') {
        const id = nextId.current++;
        setToasts((list) => [...list.slice(1 - KEPT), { id, message, tone, owner: ownerRef.current }]);
        const timer = setTimeout(() => {
          timers.current.delete(timer);
          if (held.current) due.current.add(id);
          else dismiss(id);
        }, TIMEOUT_MS);
        timers.current.add(timer);
      },
    }),
    [dismiss],
  );
  const mine = toasts.filter((toast) => toast.owner === owner);
  const shown = expanded ? mine : mine.slice(-SHOWN);
  const region = (
    <div
      className="toasts"
      onPointerEnter={() => hold(true)}
      onPointerLeave={() => hold(false)}
      onFocus={() => hold(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) hold(false);
      }}
    >
      {mine.length > SHOWN && (
        <button
          type="button"
          className="secondary toasts-more"
          aria-expanded={expanded}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? t('toast.fewer') : t('toast.more', { count: mine.length - SHOWN })}
        </button>
      )}
      <div className="toast-list" role="status" aria-live="polite">
        {shown.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone}`}>
            <span>{toast.message}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={t('common.dismiss')}
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </div>
  );
  return (
    <ToastContext.Provider value={api}>
      <RegionContext.Provider value={placed ? region : null}>
        {children}
        {!placed && region}
      </RegionContext.Provider>
    </ToastContext.Provider>
  );
}
