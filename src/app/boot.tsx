import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setBackendHeader, setLocalTransport } from '../api/client.ts';
import { imageQueries } from '../api/image-queries.ts';
import { setAccount, setLanguage } from '../api/session.ts';
import { firstListAt } from '../features/images/image-view.ts';
import { routes } from '../features/paths.ts';
import type { EmbeddedBackend } from '../mocks/browser.ts';
import { CONSOLE_TOKEN_HEADER } from '../proxy/call-contract.ts';
import type { LoadedCatalogue } from '../ui/i18n/load.ts';
import { apiLanguage, type Locale } from '../ui/i18n/locale.ts';
import { createTranslator } from '../ui/i18n/translator.ts';
import { App, createQueryClient } from './App.tsx';
import type { DemoBackend } from './demo-backend.ts';
import { servedBackend } from './served-backend.ts';

/** At most this long the console waits for the first list of the embedded backend before rendering. */
const FIRST_LIST_WAIT_MS = 300;

/**
 * Render the console in `locale` once its messages are in; API calls wait for the embedded backend
 * (both started in parallel by main.tsx).
 */
export function boot(embedded: Promise<EmbeddedBackend | null>, locale: Locale, catalogue: Promise<LoadedCatalogue>) {
  const queryClient = createQueryClient();
  // Before the first request: the API answers in the console's language.
  setLanguage(apiLanguage(locale));
  if (servedBackend) {
    // The local proxy's page: every call carries its token and is made as the account STS named
    // (when it named none, the API's first own image names it: src/api/session.ts learnAccount).
    setBackendHeader(CONSOLE_TOKEN_HEADER, servedBackend.token);
    setAccount(servedBackend.accountId ?? '', { remember: false });
    void import('./proxy-backend.ts').then((m) => m.startProxyBackend(queryClient));
  }
  const backend: Promise<DemoBackend | null> = embedded.catch((e: unknown) => ({
    startError: e instanceof Error ? e.message : String(e),
    reset: () => undefined,
  }));
  // The first requests are answered in the page; once the service worker is in control, all go through it.
  setLocalTransport(embedded.then((b) => (b ? b.answer : null)));
  void embedded.then((b) =>
    b?.workerReady.then(
      (serving) => {
        if (serving) setLocalTransport(Promise.resolve(null));
      },
      (e: unknown) => console.error('The service worker of the embedded backend did not start:', e),
    ),
  );
  void backend.then((b) => b?.onExternalChange?.(() => void queryClient.invalidateQueries()));
  // The images page (also the landing page) asks for its first list now, not after React has
  // rendered the shell. The embedded backend answers it in the page within milliseconds of
  // starting: the console renders once it is in, so that the shell and the rows come in one frame.
  // Rendered before, the shell was often styled, laid out and painted alone, and the rows in a
  // second frame (13 of 20 cold loads of npm run bench, the rows 180-310 ms after the shell at CPU
  // 4x). A page of the local proxy, whose first list comes over the network, shows the shell first.
  const { pathname, search } = window.location;
  const firstList =
    pathname === routes.images || pathname === '/'
      ? queryClient.prefetchQuery(imageQueries.list(firstListAt(pathname === '/' ? '' : search)))
      : undefined;

  void catalogue.then(async (loaded) => {
    if (firstList && !servedBackend)
      await Promise.race([firstList, new Promise((done) => setTimeout(done, FIRST_LIST_WAIT_MS))]);
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App backend={backend} queryClient={queryClient} translator={createTranslator(locale, loaded)} />
      </StrictMode>,
    );
  });
}
