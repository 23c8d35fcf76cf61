// The benchmark's table: each figure against its budget.
import { BUDGETS } from './config.mjs';

export function printTable(r) {
  const ms = (x) => (x === null || x === undefined ? 'n/a' : `${Math.round(x)} ms`);
  const verdict = (ok) => (ok === null ? '—' : ok ? '✓' : '✗');
  const atMost = (v, b) => (v === null ? null : v <= b);
  const atLeast = (v, b) => (v === null || v === undefined ? null : v >= b);
  const lh = r.lighthouse;
  const rows = [
    [
      'First row / baseline, CPU 4x',
      `${r.firstRowRatioCpu4}x`,
      `≤ ${BUDGETS.firstRowRatioCpu4.toFixed(1)}x`,
      verdict(atMost(r.firstRowRatioCpu4, BUDGETS.firstRowRatioCpu4)),
    ],
    ['First row / baseline, CPU 1x', `${r.firstRowRatioCpu1}x`, '—', '—'],
    ['  console first row, CPU 4x (median)', ms(r.coldLoad.cpu4.consoleMs), '—', '—'],
    ['  baseline heading, CPU 4x (median)', ms(r.coldLoad.cpu4.baselineMs), '—', '—'],
    ['  console first row, CPU 1x (median)', ms(r.coldLoad.cpu1.consoleMs), '—', '—'],
    ['  baseline heading, CPU 1x (median)', ms(r.coldLoad.cpu1.baselineMs), '—', '—'],
    [
      '  console CPU 4x: shell, API sent, API done',
      `${ms(r.coldLoad.cpu4.samples.consoleBreakdown.shell)}, ${ms(r.coldLoad.cpu4.samples.consoleBreakdown.firstApiRequestStart)}, ${ms(r.coldLoad.cpu4.samples.consoleBreakdown.firstApiResponseEnd)}`,
      '—',
      '—',
    ],
    [
      'JS+CSS gzip, /images incl. mock backend',
      `${r.jsCssGzipKB} kB`,
      `≤ ${BUDGETS.jsCssGzipKB} kB`,
      verdict(atMost(r.jsCssGzipKB, BUDGETS.jsCssGzipKB)),
    ],
    ['  baseline JS+CSS gzip (ratio)', `${r.baselineJsCssGzipKB} kB (${r.jsCssGzipRatio}x)`, '—', '—'],
    // Every language, held to the same budgets (the first is the figures above).
    ...Object.entries(r.languages).flatMap(([locale, l]) => [
      [
        `${locale}: first row / baseline, CPU 4x`,
        `${l.firstRowRatioCpu4}x (${ms(l.consoleMsCpu4)})`,
        `≤ ${BUDGETS.firstRowRatioCpu4.toFixed(1)}x`,
        verdict(atMost(l.firstRowRatioCpu4, BUDGETS.firstRowRatioCpu4)),
      ],
      [
        `${locale}: JS+CSS gzip, /images`,
        `${l.jsCssGzipKB} kB`,
        `≤ ${BUDGETS.jsCssGzipKB} kB`,
        verdict(atMost(l.jsCssGzipKB, BUDGETS.jsCssGzipKB)),
      ],
    ]),
    [
      'Search keystroke → rows (5k, CPU 1x)',
      ms(r.searchKeystrokeMs),
      `≤ ${BUDGETS.searchKeystrokeMs} ms`,
      verdict(atMost(r.searchKeystrokeMs, BUDGETS.searchKeystrokeMs)),
    ],
    [
      '  keydown→request, request, response→rows',
      r.searchPhases
        ? `${ms(r.searchPhases.toRequestMs)}, ${ms(r.searchPhases.requestMs)}, ${ms(r.searchPhases.toRowsMs)}`
        : 'n/a',
      '—',
      '—',
    ],
    [
      'Tab switch, cached (5k, CPU 1x)',
      ms(r.tabSwitchMs),
      `≤ ${BUDGETS.tabSwitchMs} ms`,
      verdict(atMost(r.tabSwitchMs, BUDGETS.tabSwitchMs)),
    ],
    ['Share dialog open (5k, CPU 1x)', `${ms(r.shareDialogMs)} (first ${ms(r.shareDialogFirstMs)})`, '—', '—'],
    [
      'Wizard from an image (5k, CPU 1x)',
      `${ms(r.wizardImageStepMs)} (first ${ms(r.wizardImageStepFirstMs)})`,
      '—',
      '—',
    ],
    ['JS heap after list (5k)', `${r.heapMB} MB (${r.heapAfterGcMB} MB after GC)`, '—', '—'],
  ];
  if (lh) {
    rows.push(
      [
        'Lighthouse performance (mobile)',
        `${lh.performance}`,
        `≥ ${BUDGETS.lighthouse.performance}`,
        verdict(atLeast(lh.performance, BUDGETS.lighthouse.performance)),
      ],
      [
        'Lighthouse accessibility',
        `${lh.accessibility}`,
        `= ${BUDGETS.lighthouse.accessibility}`,
        verdict(atLeast(lh.accessibility, BUDGETS.lighthouse.accessibility)),
      ],
      [
        'Lighthouse best practices',
        `${lh.bestPractices}`,
        `= ${BUDGETS.lighthouse.bestPractices}`,
        verdict(atLeast(lh.bestPractices, BUDGETS.lighthouse.bestPractices)),
      ],
      ['  Lighthouse LCP / TBT', `${ms(lh.lcpMs)} / ${ms(lh.tbtMs)}`, '—', '—'],
    );
  } else {
    rows.push(['Lighthouse', 'skipped (BENCH_LIGHTHOUSE=0)', '—', '—']);
  }
  const head = ['metric', 'value', 'budget', 'verdict'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
  console.log(
    `(${r.runs} interleaved cold loads per page and CPU rate; ${r.reps} repetitions per interaction; ${r.chromium}; ${r.date})`,
  );
}
