import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { ToastProvider } from '../ui/Toast.tsx';

/**
 * Render a page or component as the console does, against the real resolvers behind msw/node:
 * a fresh QueryClient (no retries) and a router at `url`. `path` is the route pattern the element
 * is mounted at (e.g. '/images/:imageId'); other paths render a marker showing where a link went.
 */
export function renderAt(element: ReactElement, { url = '/', path = '*' }: { url?: string; path?: string } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(
    [{ path, element }, ...(path === '*' ? [] : [{ path: '*', element: <p data-testid="navigated">navigated</p> }])],
    { initialEntries: [url] },
  );
  const user = userEvent.setup();
  const utils = render(
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { ...utils, user, router, queryClient };
}
