import { setupWorker } from 'msw/browser';
import { createBackend } from './backend.ts';
import { STORE_KEY, localStoragePersistence } from './browser-persistence.ts';
import { cvmHandlers } from './handlers.ts';
import type { StoreData } from './store.ts';

export interface EmbeddedBackend {
  /** Set when stored data could not be read and was replaced by the seed. */
  notice?: string;
  /** Back to the demo seed. */
  reset(): void;
  /** Called when another tab changed the data. */
  onExternalChange(listener: () => void): () => void;
}

/** Start the embedded backend: the mock API answered by the service worker, data kept in localStorage. */
export async function startEmbeddedBackend(): Promise<EmbeddedBackend> {
  const persistence = localStoragePersistence(window.localStorage, () => Date.now());
  // Builds for `npm run bench` only (VITE_BENCH_IMAGES set) start from a large world kept in memory.
  const benchImages = Number(import.meta.env.VITE_BENCH_IMAGES ?? 0);
  const backend =
    benchImages > 0
      ? createBackend({ seed: (await import('./bench-seed.ts')).benchStore.bind(null, benchImages) })
      : createBackend({ persistence });
  // Write the seed at once, so that a second tab opened now shares the same data.
  if (benchImages === 0) persistence.save(backend.data());
  const worker = setupWorker(...cvmHandlers(backend));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  const listeners = new Set<() => void>();
  window.addEventListener('storage', (event) => {
    if (event.key !== STORE_KEY || event.newValue === null) return;
    try {
      backend.replace(JSON.parse(event.newValue) as StoreData);
    } catch {
      return;
    }
    for (const listener of listeners) listener();
  });
  return {
    notice: persistence.notice,
    reset: () => backend.reset(),
    onExternalChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
