// The timed loads' driver (pipe-browser.mjs) in a real Chromium: what it measures and what it must
// not do to the page it measures.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coldLoad, visit } from './cold-loads.mjs';
import { BASELINE_SELECTORS } from './config.mjs';
import { evaluateWhenThere, launchPipeBrowser } from './pipe-browser.mjs';

/** How long the test page waits before showing its h1. */
const SHOWN_AFTER_MS = 400;

/** A page that shows, after a while, what it was asked in and how it sees itself. */
const PAGE = `<!doctype html><html><body><div id="root"></div><script type="module">
  setTimeout(() => {
    const h1 = document.createElement('h1');
    h1.textContent = [navigator.languages.join(','), innerWidth + 'x' + innerHeight, devicePixelRatio].join(' ');
    document.getElementById('root').append(h1);
  }, ${SHOWN_AFTER_MS});
</script></body></html>`;

/** A page whose h1 is in the DOM but hidden. */
const HIDDEN = `<!doctype html><html><body><h1 style="visibility: hidden">hidden</h1></body></html>`;

let server;
let url;
let browser;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url === '/hidden' ? HIDDEN : PAGE);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchPipeBrowser();
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A visit in a browser context of its own, disposed of afterwards. */
async function inContext(fn) {
  const { browserContextId } = await browser.send('Target.createBrowserContext');
  try {
    return await fn(browserContextId);
  } finally {
    await browser.send('Target.disposeBrowserContext', { browserContextId });
  }
}

describe('a timed cold load and warm start', () => {
  it('runs from navigation to the element painted, however long the page takes to show it', async () => {
    const load = await coldLoad(browser, url, BASELINE_SELECTORS, 4, { warm: true, locale: 'zh-CN' });
    expect(load.breakdown.first).toBeGreaterThanOrEqual(SHOWN_AFTER_MS);
    expect(load.ms).toBeGreaterThanOrEqual(load.breakdown.first);
    expect(load.warm.ms).toBeGreaterThanOrEqual(SHOWN_AFTER_MS);
  }, 60_000);

  it('shows the page as a visitor asking for that language at 1280x720 would get it', async () => {
    const text = await inContext(async (contextId) => {
      const { sessionId } = await visit(browser, contextId, url, BASELINE_SELECTORS, 1, 'zh-CN');
      return evaluateWhenThere(browser, sessionId, "document.querySelector('h1').textContent", 10_000, 'h1');
    });
    expect(text).toBe('zh-CN 1280x720 1');
  }, 60_000);

  it('refuses an element that is in the DOM but not visible', async () => {
    await expect(
      inContext((contextId) => visit(browser, contextId, `${url}hidden`, BASELINE_SELECTORS, 1, 'en-US')),
    ).rejects.toThrow(/h1 on .*\/hidden visible: not seen within 10 s/);
  }, 60_000);

  it('gives up on what never comes within the time given, and throws what the page throws', async () => {
    await inContext(async (contextId) => {
      const { sessionId } = await visit(browser, contextId, url, BASELINE_SELECTORS, 1, 'en-US');
      await expect(evaluateWhenThere(browser, sessionId, 'new Promise(() => {})', 500, 'never')).rejects.toThrow(
        'never: not seen within 0.5 s',
      );
      await expect(evaluateWhenThere(browser, sessionId, 'missing.property', 5000, 'broken')).rejects.toThrow(
        /broken: ReferenceError: missing is not defined/,
      );
    });
  }, 60_000);

  it('never turns on the protocol domains that make V8 record source positions for every Error', async () => {
    // Runtime.enable (what Playwright sends to every page) made the console's chunk evaluate about 3x
    // slower (pipe-browser.mjs); Debugger and Profiler do the same.
    const before = browser.sent.length;
    await coldLoad(browser, url, BASELINE_SELECTORS, 1, { warm: true });
    const sent = browser.sent.slice(before);
    expect(sent).toContain('Page.navigate');
    expect(sent.filter((m) => /^(Runtime|Debugger|Profiler|Log|Console)\.(?!evaluate$)/.test(m))).toEqual([]);
  }, 60_000);
});
