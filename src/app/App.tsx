import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { ToastProvider } from '../ui/Toast.tsx';
import { DemoBackendContext, type DemoBackend } from './demo-backend.ts';
import { AppRoutes } from './router.tsx';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export function App({ backend, queryClient }: { backend: Promise<DemoBackend | null>; queryClient: QueryClient }) {
  return (
    <DemoBackendContext.Provider value={backend}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </ToastProvider>
      </QueryClientProvider>
    </DemoBackendContext.Provider>
  );
}
