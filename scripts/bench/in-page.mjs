// Functions that run in the page (through addInitScript or page.evaluate), not in Node: the clocks
// of the cold loads and of the timed interactions. They close over nothing from this file, so each
// carries its own copy of the paint-aligned stop (requestAnimationFrame, then a MessageChannel
// message: the message is handled in the first task after the frame that rAF belongs to has been
// painted; see bench/README.md, "Input to next paint").

/**
 * Records when each of `selectors` ({ name: css }) first appears in the DOM, when the frame
 * showing them has been painted (`paint`), and when a service worker takes control.
 * performance.now() counts from the navigation start of the document, so `first` is "navigation
 * to first row in the DOM" and `paint` "navigation to first row painted". `__benchReady` resolves
 * once every selector was seen and painted, which Node awaits without polling (Playwright's
 * waitForSelector polls on every frame, and at CPU 4x that polling alone costs the page tens of ms).
 */
export function observeFirst(selectors) {
  const found = (window.__benchFound = {});
  const keys = Object.keys(selectors);
  let ready;
  let seen = false;
  window.__benchReady = new Promise((resolve) => (ready = resolve));
  const afterNextPaint = (fn) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = fn;
      channel.port2.postMessage(null);
    });
  const check = () => {
    for (const key of keys)
      if (found[key] === undefined && document.querySelector(selectors[key])) found[key] = performance.now();
    if (!seen && keys.every((key) => found[key] !== undefined)) {
      seen = true;
      observer.disconnect();
      afterNextPaint(() => {
        found.paint = performance.now();
        ready(found);
      });
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  navigator.serviceWorker?.addEventListener('controllerchange', () => (found.swController ??= performance.now()));
}

/**
 * Resolves once `selector`'s element is visible as Playwright's "visible" means it: a box of some
 * size, not `visibility: hidden`; checked on every frame until it is.
 */
export function whenVisible(selector) {
  return new Promise((resolve) => {
    const visible = () => {
      const el = document.querySelector(selector);
      const box = el?.getBoundingClientRect();
      return !!el && el.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
    };
    const check = () => (visible() ? resolve(true) : requestAnimationFrame(check));
    check();
  });
}

/**
 * The script URL of the page's service worker once it is active; null at once for a page that
 * registered none, unless one is `expected`. The console registers its worker only once its first
 * rows are shown and the page is idle, which at CPU 4x can come after the network is idle: a warm
 * visit would often find no worker to control it, and the bytes would miss the worker's script.
 */
export async function activeWorker(expected) {
  if (!expected && !(await navigator.serviceWorker?.getRegistration())) return null;
  return (await navigator.serviceWorker.ready).active?.scriptURL ?? null;
}

/** Where a load spent its time (ms from navigation start), read in the page afterwards. */
export function loadBreakdown() {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const api = resources.find((e) => e.name.includes('/api/'));
  // The console's chunk holds the embedded backend too (vite.config.ts, firstLoadGroups).
  const consoleChunk = resources.find((e) => /\/assets\/console-[^/]*\.js$/.test(e.name));
  const f = window.__benchFound;
  return {
    htmlResponseEnd: nav?.responseEnd,
    domContentLoaded: nav?.domContentLoadedEventEnd,
    shell: f.shell,
    consoleChunkRequested: consoleChunk?.startTime,
    swController: f.swController,
    firstApiRequestStart: api?.startTime,
    firstApiResponseEnd: api?.responseEnd,
    first: f.first,
    paint: f.paint,
    // 1 when a service worker controlled this document from its start (a warm visit), else 0.
    swControlled: navigator.serviceWorker?.controller && f.swController === undefined ? 1 : 0,
  };
}

/**
 * Timed interactions. `__benchArm(kind, args, trigger)` starts a clock at the trigger event
 * (keydown of one key, click, or input, in the capture phase, before the app sees it), taking the
 * event's own timeStamp as INP does (so a busy main thread's delay in handling the input counts),
 * watches the DOM with a MutationObserver until it shows the state a person waits for, then stops
 * once the frame showing it has been painted. The result, awaited with `__benchDone`, is
 * { ms: input → paint, domMs: input → DOM, t0, t1, t2 }. Measuring in the page keeps Playwright's
 * round trips out.
 */
export function interactionHelpers() {
  const rowTexts = () =>
    [...document.querySelectorAll('#images-panel tbody th[scope="row"]')].map((r) => r.textContent ?? '');
  const text = (selector) => document.querySelector(selector)?.textContent ?? '';
  const visible = (el) => !!el && el.checkVisibility();
  const conditions = {
    // Every row matches the new keyword, and the rows are not the ones shown before.
    search: ({ query, before }) => {
      const rows = rowTexts();
      return rows.length > 0 && rows.join('\n') !== before && rows.every((t) => t.toLowerCase().includes(query));
    },
    // The panel belongs to the clicked tab and shows rows other than the previous tab's.
    tab: ({ tab, before }) => {
      const panel = document.getElementById('images-panel');
      const rows = rowTexts();
      return (
        panel?.getAttribute('aria-labelledby') === `images-tab-${tab}` && rows.length > 0 && rows.join('\n') !== before
      );
    },
    // The page names the other region and shows its rows (the two regions' custom images differ).
    region: ({ before, lead }) => {
      const rows = rowTexts();
      return text('.page-title .lead') !== lead && rows.length > 0 && rows.join('\n') !== before;
    },
    // The document is in the new language and the tabs are named in it.
    language: ({ lang, tabBefore }) =>
      document.documentElement.lang === lang && text('#images-tab-custom') !== tabBefore && rowTexts().length > 0,
    // The pager says the next page, and its rows (other than the page before's) are shown.
    page: ({ summary, before }) => {
      const rows = rowTexts();
      return text('.pager [aria-live]') === summary && rows.length > 0 && rows.join('\n') !== before;
    },
    dialog: ({ name }) =>
      [...document.querySelectorAll('dialog[open]')].some(
        (d) => visible(d) && d.querySelector('h2')?.textContent?.trim() === name,
      ),
    // The wizard opened from an image lands past the picker, on its settings: their first field shows.
    wizard: () =>
      visible(document.getElementById('wizard-heading')) && visible(document.querySelector('main .form-grid input')),
    // The wizard shows the step named `step` (its heading).
    wizardStep: ({ step }) => visible(document.querySelector('.wizard h2')) && text('.wizard h2').trim() === step,
  };
  window.__benchRowTexts = () => rowTexts().join('\n');
  window.__benchText = text;
  window.__benchArm = (kind, args, trigger) => {
    let t0;
    let t1;
    let finish;
    const done = new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => finish(new Error(`${kind}: the expected state did not appear within 15 s`)),
        15_000,
      );
      finish = (error, value) => {
        clearTimeout(timer);
        observer.disconnect();
        removeEventListener(trigger.type, onTrigger, true);
        if (error) reject(error);
        else resolve(value);
      };
    });
    const check = () => {
      if (t0 === undefined || t1 !== undefined || !conditions[kind](args)) return;
      t1 = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const t2 = performance.now();
          finish(null, { ms: t2 - t0, domMs: t1 - t0, t0, t1, t2 });
        };
        channel.port2.postMessage(null);
      });
    };
    const onTrigger = (event) => {
      if (t0 !== undefined || (trigger.key && event.key !== trigger.key)) return;
      const now = performance.now();
      // The input's own time (when the browser received it); a synthetic event's is its creation.
      t0 = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
      queueMicrotask(check); // in case the state is already there (nothing left to render)
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    addEventListener(trigger.type, onTrigger, true);
    window.__benchDone = done;
  };
}
