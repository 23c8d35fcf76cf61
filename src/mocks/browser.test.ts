// The embedded backend's page side (src/mocks/browser.ts): which rejections of the service
// worker's update it takes as the browser's word that the check failed, not as the page's error.
import { describe, expect, it } from 'vitest';
import { isFailedUpdateOf } from './browser.ts';

const SCRIPT = 'http://127.0.0.1:4173/mockServiceWorker.js';
const failed = (script: string, why: string) =>
  new TypeError(
    `Failed to update a ServiceWorker for scope ('http://127.0.0.1:4173/') with script ('${script}'): ${why}`,
  );

describe('isFailedUpdateOf', () => {
  it('takes Chromium’s rejection of an update cut short by a navigation (as seen in CI)', () => {
    expect(isFailedUpdateOf(SCRIPT, failed(SCRIPT, 'Not found'))).toBe(true);
  });

  it('takes an update whose script is gone from the server', () => {
    const why = 'A bad HTTP response code (404) was received when fetching the script.';
    expect(isFailedUpdateOf(SCRIPT, failed(SCRIPT, why))).toBe(true);
    expect(isFailedUpdateOf(SCRIPT, new DOMException(failed(SCRIPT, why).message, 'NotFoundError'))).toBe(true);
  });

  it('leaves every other rejection to be reported', () => {
    expect(isFailedUpdateOf(SCRIPT, failed('http://127.0.0.1:4173/sw.js', 'Not found'))).toBe(false);
    expect(isFailedUpdateOf(SCRIPT, new Error('Failed to register a ServiceWorker'))).toBe(false);
    expect(isFailedUpdateOf(SCRIPT, `Failed to update a ServiceWorker with script ('${SCRIPT}')`)).toBe(false);
    expect(isFailedUpdateOf(SCRIPT, undefined)).toBe(false);
  });
});
