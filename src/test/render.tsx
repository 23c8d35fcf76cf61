import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { useInternalLinks } from '../features/internal-links.ts';
import { messages as enPages } from '../ui/i18n/catalogue-en-pages.ts';
import { messages as en } from '../ui/i18n/catalogue-en.ts';
import { messages as zhCNPages } from '../ui/i18n/catalogue-zh-CN-pages.ts';
import { messages as zhCN } from '../ui/i18n/catalogue-zh-CN.ts';
import { I18nProvider } from '../ui/i18n/I18n.tsx';
import type { ChosenLocale } from '../ui/i18n/locale.ts';
import { createTranslator, type Translate } from '../ui/i18n/translator.ts';
import { ToastProvider } from '../ui/Toast.tsx';

/** Times in tests are shown in one zone, whatever the machine's. */
export const TEST_TIME_ZONE = 'UTC';

/** The console's words in `locale`, every part of the catalogue loaded (components are tested one by one). */
export function translator(locale: ChosenLocale = 'en'): Translate {
  const messages = locale === 'en' ? { ...en, ...enPages } : { ...zhCN, ...zhCNPages };
  return createTranslator(locale, { messages }, TEST_TIME_ZONE);
}

/** `element` with what every component of the console may ask for: its language (English unless asked). */
export function withI18n(element: ReactElement, locale: ChosenLocale = 'en') {
  return <I18nProvider initial={translator(locale)}>{element}</I18nProvider>;
}

/** What the console's Layout does for every page: plain internal links route without a reload. */
function InternalLinks({ children }: { children: ReactElement }) {
  useInternalLinks();
  return children;
}

/**
 * Render a page or component as the console does, against the real resolvers behind msw/node:
 * a fresh QueryClient (no retries), a router at `url`, in English unless `locale` says otherwise. `path` is the route pattern the element
 * is mounted at (e.g. '/images/:imageId'); other paths render a marker showing where a link went.
 */
export function renderAt(
  element: ReactElement,
  { url = '/', path = '*', locale = 'en' }: { url?: string; path?: string; locale?: ChosenLocale } = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(
    [
      { path, element: <InternalLinks>{element}</InternalLinks> },
      ...(path === '*' ? [] : [{ path: '*', element: <p data-testid="navigated">navigated</p> }]),
    ],
    { initialEntries: [url] },
  );
  const user = userEvent.setup();
  const utils = render(
    withI18n(
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </QueryClientProvider>,
      locale,
    ),
  );
  return { ...utils, user, router, queryClient };
}
