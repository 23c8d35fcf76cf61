#!/usr/bin/env node
// npm run load-test: a bounded load test of the standalone mock API server (npm run mock-api) on
// 127.0.0.1. It builds the server, starts it on a free loopback port with instant long operations,
// and runs concurrent clients (the demo accounts, through the official SDK, TC3-signed) that list,
// create, share, cancel sharing, delete and copy images for a bounded time and a bounded number of
// requests. Every answer is classified: success, expected refusal (a documented business code such as
// ImageQuotaLimitExceeded or InvalidImageId.InShared), or unexpected (InternalError, any other code,
// a malformed answer, an HTTP error, a network error, a timeout). Afterwards the store's invariants
// are checked through the API (scripts/load-test/invariants.mjs), against the limits, regions and
// copy rules of src/rules as built with the server (scripts/load-test/kit.ts).
// Exit code 1 on any unexpected answer or broken invariant. The server is always stopped.
//
// Env: LOAD_CLIENTS (default 16), LOAD_SECONDS (default 20), LOAD_MAX_REQUESTS (default 200000),
// LOAD_SEED (default 1; makes the clients' choices reproducible), LOAD_TIMEOUT_MS (per request,
// default 10000).
import { createApi } from './load-test/api.mjs';
import { runLoad } from './load-test/clients.mjs';
import { CLIENTS, HARD_LIMIT_MS, MAX_REQUESTS, SECONDS, SEED, TIMEOUT_MS, log } from './load-test/config.mjs';
import { checkInvariants } from './load-test/invariants.mjs';
import { report } from './load-test/report.mjs';
import { buildServer, startServer, stopServer } from './load-test/server.mjs';

async function main() {
  const hardStop = setTimeout(() => {
    process.stderr.write(`[load-test] gave up after ${HARD_LIMIT_MS / 1000} s\n`);
    void stopServer().finally(() => process.exit(1));
  }, HARD_LIMIT_MS);
  hardStop.unref();
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => {
      void stopServer().finally(() => process.exit(130));
    });

  let exitCode = 1;
  let api;
  try {
    const { entry, kit } = await buildServer();
    const { port, keys } = await startServer(entry, kit.accountIds);
    api = createApi({ port, keys, timeoutMs: TIMEOUT_MS, sockets: CLIENTS + 4, pageSize: kit.DESCRIBE_LIMIT_MAX });
    log(
      `server on http://127.0.0.1:${port}/ (instant long operations); ${CLIENTS} clients for ${SECONDS} s or ${MAX_REQUESTS} requests, seed ${SEED}`,
    );

    const deadline = Date.now() + SECONDS * 1000;
    const t0 = performance.now();
    const load = await runLoad({ api, kit, clients: CLIENTS, seed: SEED, deadline, maxRequests: MAX_REQUESTS });
    const elapsed = (performance.now() - t0) / 1000;
    const totals = report(load.stats, CLIENTS, elapsed);
    if (load.unexpectedSamples.length > 0) {
      log('unexpected answers (first 20):');
      for (const s of load.unexpectedSamples) process.stdout.write(`  ${s}\n`);
    }

    log('checking invariants through the API…');
    const inv = await checkInvariants({ api, kit, created: load.created, deleted: load.deleted });
    log(
      `${inv.checks} invariant queries over ${inv.images} custom images; ${load.created.size} images created or copied during the load still expected, ${load.deleted.size} deleted`,
    );
    for (const b of inv.broken) process.stdout.write(`  BROKEN: ${b}\n`);

    const pass = totals.unexpected === 0 && inv.broken.length === 0 && totals.requests > 0;
    process.stdout.write(
      `load-test: ${pass ? 'PASS' : 'FAIL'}: ${totals.requests} requests, ${totals.rps.toFixed(0)} req/s, ${totals.ok} ok, ${totals.expected} expected refusals, ${totals.unexpected} unexpected errors, ${inv.broken.length} broken invariants, data lost ${inv.lost}\n`,
    );
    exitCode = pass ? 0 : 1;
  } catch (e) {
    process.stderr.write(`[load-test] ${e instanceof Error ? e.stack : String(e)}\n`);
    process.stdout.write('load-test: FAIL: the run did not complete\n');
    exitCode = 1;
  } finally {
    api?.close();
    await stopServer();
  }
  process.exit(exitCode);
}

await main();
