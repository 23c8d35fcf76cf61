// The load's figures: one row per kind of request (requests, outcomes, latency percentiles) and the rate.
import { MIX, log } from './config.mjs';

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Prints the table and the rate; returns the totals. */
export function report(stats, clients, elapsedS) {
  const rows = [['action', 'requests', 'ok', 'expected refusals', 'unexpected', 'p50 ms', 'p95 ms', 'max ms']];
  let requests = 0;
  let ok = 0;
  let expected = 0;
  let unexpected = 0;
  for (const [kind] of MIX) {
    const s = stats.get(kind);
    const sorted = [...s.latencies].sort((a, b) => a - b);
    const exp = [...s.expected.values()].reduce((a, b) => a + b, 0);
    requests += s.requests;
    ok += s.ok;
    expected += exp;
    unexpected += s.unexpected;
    rows.push([
      kind,
      String(s.requests),
      String(s.ok),
      exp === 0 ? '0' : `${exp} (${[...s.expected].map(([c, n]) => `${c} ${n}`).join(', ')})`,
      String(s.unexpected),
      percentile(sorted, 50).toFixed(1),
      percentile(sorted, 95).toFixed(1),
      (sorted.at(-1) ?? 0).toFixed(1),
    ]);
  }
  rows.push(['total', String(requests), String(ok), String(expected), String(unexpected), '', '', '']);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [n, row] of rows.entries()) {
    process.stdout.write(
      `${row
        .map((c, i) => (i === 0 || i === 3 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
        .join('  ')
        .trimEnd()}\n`,
    );
    if (n === 0) process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  }
  const rps = requests / elapsedS;
  log(`${requests} requests by ${clients} clients in ${elapsedS.toFixed(1)} s: ${rps.toFixed(0)} requests per second`);
  return { requests, ok, expected, unexpected, rps };
}
