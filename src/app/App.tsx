import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { ToastProvider } from '../ui/Toast.tsx';
import { DemoBackendContext, type DemoBackend } from './demo-backend.ts';
import { createRouter } from './router.tsx';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export function App({ backend, queryClient }: { backend: Promise<DemoBackend | null>; queryClient: QueryClient }) {
  const [router] = useState(createRouter);
  return (
    <DemoBackendContext.Provider value={backend}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </QueryClientProvider>
    </DemoBackendContext.Provider>
  );
}
