import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { useInternalLinks } from '../features/internal-links.ts';
import { Route, Switch } from '../features/router.tsx';
import { messages as enDialogs } from '../ui/i18n/catalogue-en-dialogs.ts';
import { messages as enPages } from '../ui/i18n/catalogue-en-pages.ts';
import { messages as en } from '../ui/i18n/catalogue-en.ts';
import { messages as zhCNDialogs } from '../ui/i18n/catalogue-zh-CN-dialogs.ts';
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
  const messages = locale === 'en' ? { ...en, ...enDialogs, ...enPages } : { ...zhCN, ...zhCNDialogs, ...zhCNPages };
  return createTranslator(locale, { messages, parts: ['dialogs', 'pages'] }, TEST_TIME_ZONE);
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
 * The test's handle on the address, in the shape tests read it: the page's own history (jsdom's),
 * which the console's router (wouter's browser location) follows, so back and forward are the real
 * popstate path. `navigate(-1)` resolves once the page has been told.
 */
const testRouter = {
  get state() {
    const { pathname, search, hash } = window.location;
    return { location: { pathname, search, hash, state: window.history.state as unknown } };
  },
  async navigate(to: string | number) {
    if (typeof to === 'number') {
      const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      await act(async () => {
        window.history.go(to);
        await moved;
      });
    } else {
      act(() => window.history.pushState(null, '', to));
    }
  },
};

/**
 * Render a page or component as the console does, against the real resolvers behind msw/node:
 * a fresh QueryClient (no retries), the page's address at `url`, in English unless `locale` says otherwise. `path` is the route pattern the element
 * is mounted at (e.g. '/images/:imageId'); other paths render a marker showing where a link went.
 */
export function renderAt(
  element: ReactElement,
  { url = '/', path = '*', locale = 'en' }: { url?: string; path?: string; locale?: ChosenLocale } = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } },
  });
  window.history.replaceState(null, '', url);
  const user = userEvent.setup();
  const utils = render(
    withI18n(
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <InternalLinks>
            <Switch>
              <Route path={path === '*' ? undefined : path}>{element}</Route>
              <Route>
                <p data-testid="navigated">navigated</p>
              </Route>
            </Switch>
          </InternalLinks>
        </ToastProvider>
      </QueryClientProvider>,
      locale,
    ),
  );
  return { ...utils, user, router: testRouter, queryClient };
}
