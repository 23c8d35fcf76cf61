import '../rules/messages/every-language.ts';
import { setupServer } from 'msw/node';
import { createBackend, type BackendOptions } from './backend.ts';
import { ManualClock } from './clock.ts';
import { cvmHandlers } from './handlers.ts';

/** The clock every Vitest test shares; tests move it to finish long operations. */
export const testClock = new ManualClock(Date.parse('2026-11-26T08:00:00Z'));

export function createTestBackend(options: BackendOptions = {}) {
  return createBackend({ clock: testClock, ...options });
}

/** The backend behind msw/node in Vitest; `testBackend.reset()` runs before each test. */
export const testBackend = createTestBackend();

export const server = setupServer(...cvmHandlers(testBackend));
