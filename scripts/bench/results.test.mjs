// A run's measurements become every budget of issue 17, computed from the samples.
import { describe, expect, it } from 'vitest';
import { verdict } from './checks.mjs';
import { PARTS, onlyParts } from './config.mjs';
import { runChecks } from './results.mjs';

const page = (ms, warmMs, breakdown = { first: ms[0] - 10, paint: ms[0] }) => ({
  ms,
  breakdown,
  busy: {},
  // A service worker controlled 3 of 5 warm visits.
  ...(warmMs && { warmMs, warmBreakdown: { swControlled: 1 }, warmControlled: 0.6 }),
});
const tenth = (base) => Array.from({ length: 10 }, (_, i) => base + i * 10); // base, base+10, … base+90
const interaction = (ms) => ms.map((x) => ({ ms: x, domMs: x / 2 }));
const NAMES = [
  'share',
  'copy',
  'createImage',
  'import',
  'edit',
  'delete',
  'tabSwitch',
  'region',
  'language',
  'search',
  'paging',
  'wizardStep',
  'wizardFromImage',
];

function measured({ soakError = null, lighthouse = { performance: 98, accessibility: 100, bestPractices: 100 } } = {}) {
  return {
    cold: {
      samples: {
        cpu4: {
          vite: page(tenth(100), tenth(100)),
          same: page(tenth(80), tenth(80)),
          'en-US': page(tenth(150), tenth(110)),
          'zh-CN': page(tenth(160), tenth(130)),
        },
      },
      transfer: { 'en-US': { gzipKB: 199.96 }, 'zh-CN': { gzipKB: 200.4 }, vite: { gzipKB: 60 } },
    },
    interactions: {
      samples: Object.fromEntries(
        NAMES.map((n) => [n, interaction([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 250])]),
      ),
      firsts: { share: { ms: 400, domMs: 300 } },
      heapAfterGcMB: 8,
    },
    soak: {
      minutes: 10,
      firstPageMB: 6,
      samples: [
        { atS: 480, heapMB: 8.5 },
        { atS: 540, heapMB: 8.8 },
        { atS: 600, heapMB: 9 },
      ],
      error: soakError,
    },
    lighthouse,
  };
}

const byId = (checks) => Object.fromEntries(checks.map((c) => [c.id, c]));

describe('runChecks', () => {
  it('judges every budget of issue 17, in both languages, for every interaction', () => {
    const checks = runChecks(measured());
    const budgeted = checks.filter((c) => c.op !== null).map((c) => `${c.id} ${c.op} ${c.limit}`);
    expect(budgeted).toEqual([
      'firstRow.en-US.ratio ≤ 1.5',
      'firstRow.en-US.p90 ≤ 1.7',
      'firstRow.zh-CN.ratio ≤ 1.5',
      'firstRow.zh-CN.p90 ≤ 1.7',
      'warm.en-US.ratio ≤ 1.2',
      'warm.zh-CN.ratio ≤ 1.2',
      ...NAMES.flatMap((n) => [`interaction.${n}.p75 ≤ 100`, `interaction.${n}.max ≤ 200`]),
      'bytes.en-US ≤ 200',
      'bytes.zh-CN ≤ 200',
      'heap.ratio ≤ 1.5',
      'heap.growth ≤ 5',
      'lighthouse.performance ≥ 98',
      'lighthouse.accessibility ≥ 100',
      'lighthouse.bestPractices ≥ 100',
    ]);
  });

  it('computes the ratios from the samples: medians, nearest-rank p90s, warm starts, the same-config blank page', () => {
    const c = byId(runChecks(measured()));
    // Medians 195 / 145 ms; p90s 230 / 180 ms; the same-config page's median 125 ms.
    expect(c['firstRow.en-US.ratio'].value).toBe(1.34);
    expect(c['firstRow.en-US.p90'].value).toBe(1.28);
    expect(c['firstRow.en-US.sameConfig']).toMatchObject({ value: 1.56, op: null });
    expect(c['firstRow.zh-CN.ratio'].value).toBe(1.41);
    // Warm: 155 / 145 and 175 / 145.
    expect(c['warm.en-US.ratio'].value).toBe(1.07);
    expect(verdict(c['warm.en-US.ratio'])).toBe(true);
    expect(c['warm.zh-CN.ratio'].value).toBe(1.21);
    expect(verdict(c['warm.zh-CN.ratio'])).toBe(false);
    expect(c['warm.en-US.ratio'].note).toContain('service worker in control 60 %');
  });

  it('takes p75 and max of each interaction, with its first time apart', () => {
    const c = byId(runChecks(measured()));
    expect(c['interaction.share.p75'].value).toBe(90);
    expect(verdict(c['interaction.share.p75'])).toBe(true);
    expect(c['interaction.share.max'].value).toBe(250);
    expect(verdict(c['interaction.share.max'])).toBe(false);
    expect(c['interaction.share.first']).toMatchObject({ value: 400, op: null });
    expect(c['interaction.copy.first']).toBeUndefined();
  });

  it('holds each language to the bytes budget, and the heap to the first page and to its last minute', () => {
    const c = byId(runChecks(measured()));
    expect(verdict(c['bytes.en-US'])).toBe(true);
    expect(verdict(c['bytes.zh-CN'])).toBe(false);
    expect(c['heap.ratio'].value).toBe(1.5);
    expect(verdict(c['heap.ratio'])).toBe(true);
    // 9 MB at 600 s against 8.5 MB at 480 s (the last sample at least 60 s earlier is the one at 540 s: 8.8).
    expect(c['heap.growth'].value).toBe(2.3);
  });

  it('leaves a soak that stopped on an error, and a run without Lighthouse, unjudged', () => {
    const c = byId(runChecks(measured({ soakError: 'loop 3 failed: timeout', lighthouse: null })));
    expect(c['heap.ratio']).toMatchObject({ value: null, note: '(soak stopped: loop 3 failed: timeout)' });
    expect(verdict(c['heap.ratio'])).toBeNull();
    expect(verdict(c['heap.growth'])).toBeNull();
    expect(c['lighthouse.performance']).toBeUndefined();
  });

  it('judges only the parts that ran (BENCH_ONLY): interactions and soak without the cold loads', () => {
    const { interactions, soak } = measured();
    const ids = runChecks({ cold: null, interactions, soak, lighthouse: null }).map((c) => c.id);
    expect(ids.filter((id) => /^(firstRow|warm|bytes|lighthouse)\./.test(id))).toEqual([]);
    expect(ids).toContain('interaction.search.p75');
    expect(ids).toContain('heap.ratio');
    expect(ids).toContain('heap.list5k');
    const soakOnly = runChecks({ cold: null, interactions: null, soak, lighthouse: null }).map((c) => c.id);
    expect(soakOnly).toEqual(['heap.ratio', 'heap.growth']);
  });
});

describe('onlyParts (BENCH_ONLY)', () => {
  it('is every part by default, or the ones named, and refuses an unknown one', () => {
    expect([...onlyParts(undefined)]).toEqual(PARTS);
    expect([...onlyParts(' ')]).toEqual(PARTS);
    expect([...onlyParts('interactions, soak')]).toEqual(['interactions', 'soak']);
    expect(() => onlyParts('interaction')).toThrow(/BENCH_ONLY=interaction: expected some of cold, interactions/);
    expect(() => onlyParts(',')).toThrow(/BENCH_ONLY/);
  });
});
