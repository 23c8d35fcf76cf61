import { createBackend } from './backend.ts';
import { STORE_KEY, localStoragePersistence } from './browser-persistence.ts';
import { answerInPage } from './answer.ts';
import type { Message } from '../rules/messages/params.ts';

export interface EmbeddedBackend {
  /**
   * Answers a call in the page (headers and JSON body in, the envelope's JSON text out). The
   * client uses it until the service worker controls the page (its first start takes a few
   * hundred milliseconds), then sends every request through it.
   */
  answer(headers: Record<string, string>, body: string): Promise<string>;
  /**
   * Resolves to true once the service worker answers the page's requests, or to false when this
   * page stays on the in-page answers (a page loaded past the worker, e.g. by a hard reload).
   */
  workerReady: Promise<boolean>;
  /** Set when stored data could not be read (wholly or in part) and was set aside. */
  notice?: Message;
  /** Back to the demo seed. */
  reset(): void;
  /** Called when another tab changed the data. */
  onExternalChange(listener: () => void): () => void;
}

/**
 * Whether the worker can serve this page. MSW reloads a page that a registered worker does not
 * control; a person would see the console reload under them. A worker still activating claims
 * the page within moments; a page loaded past it (a hard reload) stays on in-page answers instead.
 */
async function controlledOrFirstVisit(): Promise<boolean> {
  const sw = navigator.serviceWorker;
  if (sw.controller) return true;
  if ((await sw.getRegistrations()).length === 0) return true;
  return new Promise((resolve) => {
    sw.addEventListener('controllerchange', () => resolve(true), { once: true });
    setTimeout(() => resolve(Boolean(sw.controller)), 3000);
  });
}

/**
 * Whether a rejection is the browser's "Failed to update a ServiceWorker" for this script. MSW asks
 * for an update of a worker already registered and leaves the promise to reject unhandled when the
 * check fails: the script gone from the server (a deploy in between), or the check cut short by
 * the page navigating away (seen in Chromium as "…: Not found"). The running worker goes on
 * answering and the next load checks again: not an error of the page.
 */
export function isFailedUpdateOf(scriptUrl: string, reason: unknown): boolean {
  // A TypeError or a DOMException, by the browser and the cause.
  const message = (reason as { message?: unknown } | null)?.message;
  return (
    typeof message === 'string' &&
    message.startsWith('Failed to update a ServiceWorker') &&
    message.includes(`with script ('${scriptUrl}')`)
  );
}

const FIRST_ANSWER_WAIT_MS = 3000;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 200);
  });
}

/**
 * Start the embedded backend: the mock API answered through the service worker, data kept in
 * localStorage. Returns at once; the worker starts in the background.
 */
export async function startEmbeddedBackend(): Promise<EmbeddedBackend> {
  const persistence = localStoragePersistence(window.localStorage, () => Date.now());
  // Builds for `npm run bench` only (VITE_BENCH_IMAGES set) start from a large world kept in memory.
  const benchImages = Number(import.meta.env.VITE_BENCH_IMAGES ?? 0);
  const backend =
    benchImages > 0
      ? createBackend({ seed: (await import('../../bench/bench-store.ts')).benchStore.bind(null, benchImages) })
      : createBackend({ persistence });
  // MSW and its service worker are not needed for the first page: the page answers its own
  // first requests. They load once the first answer is out and the browser is idle (not merely
  // idle: while the first chunks download the page is idle too), then carry every request.
  let firstAnswered!: () => void;
  const answered = new Promise<void>((resolve) => (firstAnswered = resolve));
  setTimeout(firstAnswered, FIRST_ANSWER_WAIT_MS); // a page that asks nothing
  const settled = answered.then(whenIdle);
  const workerReady = settled.then(controlledOrFirstVisit).then(async (usable) => {
    if (!usable) return false;
    const [{ setupWorker }, { cvmHandlers }] = await Promise.all([import('msw/browser'), import('./handlers.ts')]);
    const worker = setupWorker(...cvmHandlers(backend));
    // MSW's service worker sends the page a copy of every response's body, as a stream over a
    // MessagePort, for these events; read by no one, each kept its port open (896 after ten loops
    // of the bench's soak, seen in heap snapshots). Cancelling the copy closes it.
    const drop = ({ response }: { response: Response }) => void response.body?.cancel().catch(() => undefined);
    worker.events.on('response:mocked', drop);
    worker.events.on('response:bypass', drop);
    const url = `${import.meta.env.BASE_URL}mockServiceWorker.js`;
    window.addEventListener('unhandledrejection', (event) => {
      if (isFailedUpdateOf(new URL(url, location.href).href, event.reason)) event.preventDefault();
    });
    await worker.start({
      serviceWorker: { url },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
    return true;
  });
  const listeners = new Set<() => void>();
  // Off the first answer's path (writing the seed and adding the page's first storage listener took
  // about 10 ms of main thread at CPU 4x in a profile of the first load): once the first answer is out and the page idle, the
  // data is written, so that a second tab opened from then on shares it, and other tabs' changes
  // are followed.
  void settled.then(() => {
    if (benchImages === 0) persistence.save(backend.data());
    window.addEventListener('storage', (event) => {
      if (event.key !== STORE_KEY || event.newValue === null) return;
      // Read as at start, entry by entry with the API's schemas: another tab may run another version.
      const data = persistence.load();
      if (!data) return;
      backend.replace(data);
      for (const listener of listeners) listener();
    });
  });
  return {
    answer: (headers, body) => {
      try {
        return answerInPage(backend, headers, body);
      } finally {
        firstAnswered();
      }
    },
    workerReady,
    notice: persistence.notice,
    reset: () => backend.reset(),
    onExternalChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
