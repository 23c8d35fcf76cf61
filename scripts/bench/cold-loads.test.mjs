// The timed loads' driver (pipe-browser.mjs) in a real Chromium: what it measures and what it must
// not do to the page it measures.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coldLoad, visit } from './cold-loads.mjs';
import { BASELINE_SELECTORS } from './config.mjs';
import { evaluateWhenThere, launchPipeBrowser } from './pipe-browser.mjs';

/** A page that says what it was asked in and how it sees itself, once its script has run. */
const PAGE = `<!doctype html><html><body><div id="root"></div><script type="module">
  const h1 = document.createElement('h1');
  h1.textContent = [navigator.languages.join(','), innerWidth + 'x' + innerHeight].join(' ');
  document.getElementById('root').append(h1);
</script></body></html>`;

let server;
let url;
let browser;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchPipeBrowser();
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('a timed cold load and warm start', () => {
  it('times a cold load and a warm start from navigation to the element painted', async () => {
    const load = await coldLoad(browser, url, BASELINE_SELECTORS, 4, { warm: true, locale: 'zh-CN' });
    expect(load.ms).toBeGreaterThan(0);
    expect(load.breakdown.paint).toBe(load.ms);
    expect(load.breakdown.first).toBeLessThanOrEqual(load.ms);
    expect(load.warm.ms).toBeGreaterThan(0);
    expect(load.busy.taskMs).toBeGreaterThan(0);
  }, 60_000);

  it('shows the page as a visitor asking for that language at 1280x720 would get it', async () => {
    const { browserContextId } = await browser.send('Target.createBrowserContext');
    try {
      const { sessionId } = await visit(browser, browserContextId, url, BASELINE_SELECTORS, 1, 'zh-CN');
      const text = await evaluateWhenThere(
        browser,
        sessionId,
        "document.querySelector('h1').textContent",
        10_000,
        'h1',
      );
      expect(text).toBe('zh-CN 1280x720');
    } finally {
      await browser.send('Target.disposeBrowserContext', { browserContextId });
    }
  }, 60_000);

  it('never turns on the protocol domains that make V8 record source positions for every Error', () => {
    // Runtime.enable (what Playwright sends to every page) made the console's chunk evaluate about 3x
    // slower (pipe-browser.mjs); Debugger and Profiler do the same.
    expect(browser.sent.length).toBeGreaterThan(10);
    expect(browser.sent.filter((m) => /^(Runtime|Debugger|Profiler|Log|Console)\.(?!evaluate$)/.test(m))).toEqual([]);
  });
});
