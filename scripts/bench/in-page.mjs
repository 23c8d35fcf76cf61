// Functions that run in the page (through addInitScript or page.evaluate), not in Node: the clocks
// of the cold loads and of the timed interactions. They close over nothing from this file.

/**
 * Records when each of `selectors` ({ name: css }) first appears in the DOM, and when a service
 * worker takes control. performance.now() counts from the navigation start of the document, so
 * `first` is "navigation to first row". `__benchReady` resolves once every selector was seen,
 * which Node awaits without polling (Playwright's waitForSelector polls on every frame, and at
 * CPU 4x that polling alone costs the page tens of ms).
 */
export function observeFirst(selectors) {
  const found = (window.__benchFound = {});
  const keys = Object.keys(selectors);
  let ready;
  window.__benchReady = new Promise((resolve) => (ready = resolve));
  const check = () => {
    for (const key of keys)
      if (found[key] === undefined && document.querySelector(selectors[key])) found[key] = performance.now();
    if (keys.every((key) => found[key] !== undefined)) {
      observer.disconnect();
      ready(found);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  navigator.serviceWorker?.addEventListener('controllerchange', () => (found.swController ??= performance.now()));
}

/** Where a cold load spent its time (ms from navigation start), read in the page afterwards. */
export function loadBreakdown() {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const api = resources.find((e) => e.name.includes('/api/'));
  const backendChunk = resources.find((e) => /\/assets\/browser-[^/]*\.js$/.test(e.name));
  const f = window.__benchFound;
  return {
    htmlResponseEnd: nav?.responseEnd,
    domContentLoaded: nav?.domContentLoadedEventEnd,
    shell: f.shell,
    backendChunkRequested: backendChunk?.startTime,
    swController: f.swController,
    firstApiRequestStart: api?.startTime,
    firstApiResponseEnd: api?.responseEnd,
    first: f.first,
  };
}

/**
 * Timed interactions. `__benchArm(kind, args, trigger)` starts a clock in the page at the
 * trigger event (keydown of one key, or click, in the capture phase, before the app sees it)
 * and stops it in a MutationObserver as soon as the DOM shows the expected state; the result
 * is awaited with `__benchDone`. Measuring in the page keeps Playwright's round trips out.
 */
export function interactionHelpers() {
  const rowTexts = () =>
    [...document.querySelectorAll('#images-panel tbody th[scope="row"]')].map((r) => r.textContent ?? '');
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
    dialog: ({ name }) =>
      [...document.querySelectorAll('dialog[open]')].some(
        (d) => visible(d) && d.querySelector('h2')?.textContent?.trim() === name,
      ),
    // The wizard opened from an image lands past the picker, on its settings: their first field shows.
    wizard: () =>
      visible(document.getElementById('wizard-heading')) && visible(document.querySelector('main .form-grid input')),
  };
  window.__benchRowTexts = () => rowTexts().join('\n');
  window.__benchArm = (kind, args, trigger) => {
    let t0;
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
      if (t0 === undefined || !conditions[kind](args)) return;
      const t1 = performance.now();
      finish(null, { ms: t1 - t0, t0, t1 });
    };
    const onTrigger = (event) => {
      if (t0 !== undefined || (trigger.key && event.key !== trigger.key)) return;
      t0 = performance.now();
      queueMicrotask(check); // in case the state is already there (nothing left to render)
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    addEventListener(trigger.type, onTrigger, true);
    window.__benchDone = done;
  };
}
