// Test helpers on the API traffic of a test: count the requests per action, and hold a response
// until the test lets it go.
import { server } from '../mocks/node.ts';
import type { Action } from '../rules/actions.ts';

/** Counts the requests sent per action (X-TC-Action) from now on, whoever answers them, until `stop()`. */
export function countRequests() {
  const sent = new Map<string, number>();
  const count = ({ request }: { request: Request }) => {
    const action = request.headers.get('X-TC-Action') ?? '';
    sent.set(action, (sent.get(action) ?? 0) + 1);
  };
  server.events.on('request:start', count);
  return {
    of: (action: Action) => sent.get(action) ?? 0,
    stop: () => server.events.removeListener('request:start', count),
  };
}

/** A promise and the function that resolves it: a gate a handler waits at until the test opens it. */
export function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
