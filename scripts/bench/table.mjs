// The benchmark's table: each figure against its budget (the median of the runs, with their spread).
import { table } from './checks.mjs';

export function printTable(r) {
  console.log(table(r.checks));
  const s = r.settings;
  const ran = (part) => !s.only || s.only.includes(part);
  const parts = [
    ran('cold') && `${s.runs} interleaved cold loads per page and CPU rate`,
    ran('interactions') && `${s.reps} repetitions per interaction at CPU ${s.budgetCpu}x`,
    ran('soak') && `${s.soakMinutes} min soak`,
    s.only && s.only.length < 4 && `only ${s.only.join(', ')} (BENCH_ONLY)`,
  ].filter(Boolean);
  console.log(
    `(${s.repeat > 1 ? `median of ${s.repeat} runs, min–max in brackets; ` : ''}${parts.join('; ')}${s.quick ? '; quick mode (BENCH_QUICK=1)' : ''}; ${r.chromium}; ${r.date})`,
  );
  console.log(
    r.allHold
      ? 'Every budget holds.'
      : `Over budget: ${Object.entries(r.verdicts)
          .filter(([, ok]) => !ok)
          .map(([id]) => id)
          .join(', ')}`,
  );
}
