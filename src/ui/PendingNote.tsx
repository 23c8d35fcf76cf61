import { useEffect, useState } from 'react';
import { useT } from './i18n/I18n.tsx';

export const SLOW_MS = 5000;

/**
 * Said when a request has been running for over 5 seconds: it is still on its way, and
 * sending it again is not needed (the buttons stay busy until it answers).
 */
export function PendingNote({ pending }: { pending: boolean }) {
  const t = useT();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [pending]);
  return (
    <p role="status" className="pending-note">
      {pending && slow ? t('pending.slow') : ''}
    </p>
  );
}
