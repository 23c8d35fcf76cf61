// The benchmark's pure helpers: percentiles, heap growth, verdicts, and the merge of several runs.
import { describe, expect, it } from 'vitest';
import { acrossRuns, cells, check, table, verdict } from './checks.mjs';
import { growthPct, median, percentile } from './stats.mjs';

describe('percentile (nearest rank)', () => {
  const twelve = [12, 3, 7, 1, 9, 5, 11, 2, 8, 4, 10, 6];

  it('is the smallest sample that p % of the samples do not exceed', () => {
    expect(percentile(twelve, 75)).toBe(9);
    expect(percentile(twelve, 90)).toBe(11);
    expect(percentile(twelve, 100)).toBe(12);
    expect(percentile([5, 1, 3], 50)).toBe(3);
  });

  it('is a sample, never interpolated, and the smallest one for tiny p', () => {
    expect(percentile([10, 20], 75)).toBe(20);
    expect(percentile([10, 20], 1)).toBe(10);
    expect(percentile([42], 90)).toBe(42);
  });

  it('is NaN without samples, like the median', () => {
    expect(percentile([], 75)).toBeNaN();
    expect(median([])).toBeNaN();
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('growthPct', () => {
  const samples = [
    { atS: 20, heapMB: 10 },
    { atS: 45, heapMB: 11 },
    { atS: 70, heapMB: 12 },
    { atS: 110, heapMB: 12.6 },
  ];

  it('compares the last sample with the last one at least the window before it', () => {
    // 110 - 60 = 50: the sample at 45 s (11 MB).
    expect(growthPct(samples, 60)).toBeCloseTo(((12.6 - 11) / 11) * 100, 6);
    expect(growthPct(samples, 30)).toBeCloseTo(5, 6);
  });

  it('is negative when the heap shrank, and null when no sample is old enough', () => {
    expect(growthPct([...samples, { atS: 200, heapMB: 12 }], 60)).toBeCloseTo(((12 - 12.6) / 12.6) * 100, 6);
    expect(growthPct(samples, 100)).toBeNull();
    expect(growthPct([], 60)).toBeNull();
  });
});

describe('verdict', () => {
  it('holds a value to at most or at least its limit, the limit itself included', () => {
    expect(verdict(check('a', 'a', 1.5, 'x', '≤', 1.5))).toBe(true);
    expect(verdict(check('a', 'a', 1.51, 'x', '≤', 1.5))).toBe(false);
    expect(verdict(check('b', 'b', 98, 'score', '≥', 98))).toBe(true);
    expect(verdict(check('b', 'b', 97, 'score', '≥', 98))).toBe(false);
  });

  it('has no verdict without a budget or without a value', () => {
    expect(verdict(check('c', 'c', 3, 'ms'))).toBeNull();
    expect(verdict(check('d', 'd', NaN, 'ms', '≤', 100))).toBeNull();
  });
});

describe('acrossRuns', () => {
  const run = (ratio, ms) => [check('ratio', 'Ratio', ratio, 'x', '≤', 1.5, '(note)'), check('ms', 'Time', ms, 'ms')];

  it('takes per check the median of the runs with their min and max, and judges the median', () => {
    const [ratio, ms] = acrossRuns([run(1.4, 30), run(1.7, 10), run(1.45, 20), run(1.2, 25), run(1.6, 5)]);
    expect(ratio).toMatchObject({ id: 'ratio', value: 1.45, min: 1.2, max: 1.7, ok: true, note: '' });
    expect(ratio.values).toEqual([1.4, 1.7, 1.45, 1.2, 1.6]);
    expect(ms).toMatchObject({ value: 20, min: 5, max: 30, ok: null });
  });

  it('fails a budget whose median misses it, even when some runs kept it', () => {
    const [ratio] = acrossRuns([run(1.4, 1), run(1.6, 1), run(1.7, 1)]);
    expect(ratio).toMatchObject({ value: 1.6, ok: false });
  });

  it('keeps a single run as it is, its note included', () => {
    const [ratio] = acrossRuns([run(1.4, 1)]);
    expect(ratio).toMatchObject({ value: 1.4, ok: true, note: '(note)' });
    expect(cells(ratio)).toEqual(['Ratio', '1.40x (note)', '≤ 1.5x', '✓']);
  });

  it('leaves out a run that lacks a value (not measured there) from the median', () => {
    const [ratio] = acrossRuns([run(1.4, 1), run(NaN, 1), run(1.6, 1)]);
    expect(ratio).toMatchObject({ value: 1.5, values: [1.4, 1.6], ok: true });
  });
});

describe('the table', () => {
  it('prints each check with its spread over the runs, its budget and a mark', () => {
    const checks = acrossRuns([
      [check('p75', 'Share: p75', 80, 'ms', '≤', 100), check('kb', 'Bytes', 201.24, 'kB', '≤', 200)],
      [check('p75', 'Share: p75', 120, 'ms', '≤', 100), check('kb', 'Bytes', 199.5, 'kB', '≤', 200)],
    ]);
    expect(cells(checks[0])).toEqual(['Share: p75', '100 ms (80 ms–120 ms)', '≤ 100 ms', '✓']);
    expect(cells(checks[1])).toEqual(['Bytes', '200.4 kB (199.5 kB–201.2 kB)', '≤ 200 kB', '✗']);
    const lines = table(checks).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| metric +\| value +\| budget +\| verdict \|$/);
    expect(lines[3]).toContain('| ✗');
  });
});
