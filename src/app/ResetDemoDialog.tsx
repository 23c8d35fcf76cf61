import { useQueryClient } from '@tanstack/react-query';
import { forgetOperations } from '../features/operations/operations-store.ts';
import { accounts } from '../rules/accounts.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { useT } from '../ui/i18n/I18n.tsx';
import { useToast } from '../ui/Toast.tsx';
import type { DemoBackend } from './demo-backend.ts';

/** "Reset demo data" asks first, naming what is lost; Cancel (or Escape) keeps everything. */
export default function ResetDemoDialog({ backend, onClose }: { backend: DemoBackend; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const toast = useToast();
  const reset = () => {
    backend.reset();
    // The operations this console started made what is gone now.
    forgetOperations(accounts.map((a) => a.accountId));
    // Every query back to nothing, and the ones on screen asked again (clear() then
    // refetchQueries() left them showing what was there before: nothing was left to refetch).
    void queryClient.resetQueries();
    toast.show(t('backend.resetDone'));
    onClose();
  };
  return (
    <Dialog title={t('backend.resetTitle')} onClose={onClose}>
      <p className="dialog-intro">{t('backend.resetIntro')}</p>
      <p>{t('backend.resetLost')}</p>
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="danger" onClick={reset}>
          {t('backend.reset')}
        </button>
      </div>
    </Dialog>
  );
}
