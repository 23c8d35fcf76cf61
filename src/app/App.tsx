import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useCallback, type ReactNode } from 'react';
import { queryDefaults } from '../api/query-defaults.ts';
import { setLanguage } from '../api/session.ts';
import { useAccount } from '../features/account/use-account.ts';
import { I18nProvider } from '../ui/i18n/I18n.tsx';
import type { Translate } from '../ui/i18n/translator.ts';
import { ToastProvider } from '../ui/Toast.tsx';
import { DemoBackendContext, type DemoBackend } from './demo-backend.ts';
import { AppRoutes } from './router.tsx';

export function createQueryClient() {
  return new QueryClient({ defaultOptions: queryDefaults });
}

export function App({
  backend,
  queryClient,
  translator,
}: {
  backend: Promise<DemoBackend | null>;
  queryClient: QueryClient;
  translator: Translate;
}) {
  // In another language the API answers in it too: what it said (a failure's reason, say) is asked again.
  const onSwitch = useCallback(
    (t: Translate) => {
      setLanguage(t.language);
      void queryClient.invalidateQueries();
    },
    [queryClient],
  );
  return (
    <I18nProvider initial={translator} onSwitch={onSwitch}>
      <DemoBackendContext.Provider value={backend}>
        <QueryClientProvider client={queryClient}>
          <AccountToasts>
            <AppRoutes />
          </AccountToasts>
        </QueryClientProvider>
      </DemoBackendContext.Provider>
    </I18nProvider>
  );
}

/**
 * Toasts belong to the account they were shown for: switching account hides the other's. They show
 * at the top of the page's main area (Layout's ToastRegion).
 */
function AccountToasts({ children }: { children: ReactNode }) {
  return (
    <ToastProvider owner={useAccount()} placed>
      {children}
    </ToastProvider>
  );
}
