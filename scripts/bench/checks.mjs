// A run's figures as a flat list of checks (metric, value, budget), their verdicts, and the
// same list over several runs (BENCH_REPEAT): per check the median of the runs with its min–max.
// Pure functions: the table and bench/results/latest.json are both made from these lists.
import { median, round } from './stats.mjs';

/**
 * One figure: `value` in `unit` ('x', 'ms', 'kB', 'MB', '%', 'score'), held to `op` ('≤' or '≥')
 * `limit`, or reported without a budget (op and limit null). `note` is printed beside the value.
 */
export const check = (id, label, value, unit, op = null, limit = null, note = '') => ({
  id,
  label,
  value: Number.isFinite(value) ? value : null,
  unit,
  op,
  limit,
  note,
});

/** true when the value keeps its budget, false when not, null when there is no budget or no value. */
export function verdict({ value, op, limit }) {
  if (op === null || limit === null || value === null) return null;
  return op === '≤' ? value <= limit : value >= limit;
}

/** The checks of several runs (one list per run, same ids) as one list: median, min, max, and the verdict on the median. */
export function acrossRuns(runs) {
  const ids = [...new Set(runs.flatMap((checks) => checks.map((c) => c.id)))];
  return ids.map((id) => {
    const own = runs.map((checks) => checks.find((c) => c.id === id)).filter(Boolean);
    const values = own.map((c) => c.value).filter((v) => v !== null);
    const first = own[0];
    const value = values.length ? round(median(values), 2) : null;
    const merged = {
      ...first,
      value,
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
      values,
      // The note of a single run says something about that run; over several it is left out.
      note: runs.length === 1 ? first.note : '',
    };
    return { ...merged, ok: verdict(merged) };
  });
}

/** A value as the table prints it. */
export function format(value, unit) {
  if (value === null || value === undefined) return 'n/a';
  switch (unit) {
    case 'x':
      return `${value.toFixed(2)}x`;
    case 'ms':
      return `${Math.round(value)} ms`;
    case 'kB':
    case 'MB':
      return `${value.toFixed(1)} ${unit}`;
    case '%':
      return `${value.toFixed(1)} %`;
    default:
      return String(value);
  }
}

/** The table's cells for one check: metric, value (with the runs' spread), budget, ✓/✗/—. */
export function cells(c) {
  const spread = c.values && c.values.length > 1 ? ` (${format(c.min, c.unit)}–${format(c.max, c.unit)})` : '';
  const note = c.note ? ` ${c.note}` : '';
  const unit = c.unit === 'x' ? 'x' : c.unit === 'score' ? '' : ` ${c.unit}`;
  const budget = c.op === null ? '—' : `${c.op} ${c.limit}${unit}`;
  const mark = c.ok === null || c.ok === undefined ? '—' : c.ok ? '✓' : '✗';
  return [c.label, `${format(c.value, c.unit)}${spread}${note}`, budget, mark];
}

/** The checks as a Markdown-style table with aligned columns. */
export function table(checks) {
  const head = ['metric', 'value', 'budget', 'verdict'];
  const rows = checks.map(cells);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
