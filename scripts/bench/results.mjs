// A run's figures as checks (checks.mjs), with the raw samples beside them; the runs of
// BENCH_REPEAT merged; and bench/results/latest.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acrossRuns, check } from './checks.mjs';
import {
  BENCH_IMAGES,
  BUDGETS,
  BUDGET_CPU,
  CPU_RATES,
  LANGUAGES,
  ONLY,
  QUICK,
  REPEAT,
  REPS,
  RESULTS,
  RUNS,
  SOAK_MINUTES,
} from './config.mjs';
import { growthPct, median, percentile, round } from './stats.mjs';

/** The interactions, in the table's order, with their labels. */
const INTERACTIONS = {
  share: 'Share dialog opens',
  copy: 'Copy dialog opens',
  createImage: 'Create custom image dialog opens',
  import: 'Import image dialog opens',
  edit: 'Edit dialog opens',
  delete: 'Delete dialog opens',
  tabSwitch: 'Tab switch (cached)',
  region: 'Region switch (cached)',
  language: 'Language switch',
  search: `Search keystroke at ${BENCH_IMAGES.toLocaleString('en')} images`,
  paging: 'Next page',
  wizardStep: "Wizard's Next / Back",
  wizardFromImage: 'Wizard from an image row',
};

const ratio = (a, b) => round(a / b, 2);

/** The checks of one run: every budget of issue 17, and the figures reported beside them. */
export function runChecks({ cold, interactions, soak, lighthouse }) {
  const checks = [];
  const add = (...args) => checks.push(check(...args));
  // Each part only when it ran (BENCH_ONLY).
  if (cold) {
    const at = (rate) => cold.samples[`cpu${rate}`];
    const budgetCpu = at(BUDGET_CPU);
    const { vite, same } = budgetCpu;

    // First row, cold, against the blank page with Vite's defaults (budgets) and with the console's config.
    for (const locale of LANGUAGES) {
      const own = budgetCpu[locale];
      add(
        `firstRow.${locale}.ratio`,
        `First row, cold, ${locale}: median / Vite blank page`,
        ratio(median(own.ms), median(vite.ms)),
        'x',
        '≤',
        BUDGETS.firstRowRatio,
        `(${Math.round(median(own.ms))} vs ${Math.round(median(vite.ms))} ms)`,
      );
      add(
        `firstRow.${locale}.p90`,
        `First row, cold, ${locale}: p90 / Vite blank page p90`,
        ratio(percentile(own.ms, 90), percentile(vite.ms, 90)),
        'x',
        '≤',
        BUDGETS.firstRowRatioP90,
        `(${Math.round(percentile(own.ms, 90))} vs ${Math.round(percentile(vite.ms, 90))} ms)`,
      );
      add(
        `firstRow.${locale}.sameConfig`,
        `  ${locale}: median / same-config blank page`,
        ratio(median(own.ms), median(same.ms)),
        'x',
        null,
        null,
        `(vs ${Math.round(median(same.ms))} ms)`,
      );
      if (cold.samples.cpu1) {
        const one = at(1);
        add(
          `firstRow.${locale}.cpu1`,
          `  ${locale} at CPU 1x: median / Vite blank page`,
          ratio(median(one[locale].ms), median(one.vite.ms)),
          'x',
          null,
          null,
          `(${Math.round(median(one[locale].ms))} vs ${Math.round(median(one.vite.ms))} ms)`,
        );
      }
    }
    // Where the first row waits: in the DOM, then painted (the console's shell and rows appear in one render).
    for (const [key, label] of [
      [LANGUAGES[0], `  ${LANGUAGES[0]}: first row painted`],
      ['vite', '  Vite blank page: h1 painted'],
    ]) {
      const { first, paint } = budgetCpu[key].breakdown;
      add(`firstRow.${key}.paint`, label, paint, 'ms', null, null, `(in the DOM at ${Math.round(first)} ms)`);
    }

    // Warm start: the second visit in the same context, against the Vite blank page's own.
    for (const locale of LANGUAGES) {
      const own = budgetCpu[locale];
      add(
        `warm.${locale}.ratio`,
        `Warm start, ${locale}: median / Vite blank page's`,
        ratio(median(own.warmMs), median(vite.warmMs)),
        'x',
        '≤',
        BUDGETS.warmStartRatio,
        `(${Math.round(median(own.warmMs))} vs ${Math.round(median(vite.warmMs))} ms; service worker in control ${Math.round(own.warmControlled * 100)} %)`,
      );
    }
  }

  if (interactions) {
    // Interactions: input to next paint, p75 and max; the first time (a chunk load) apart.
    for (const [name, label] of Object.entries(INTERACTIONS)) {
      const ms = (interactions.samples[name] ?? []).map((s) => s.ms);
      add(
        `interaction.${name}.p75`,
        `${label}: p75`,
        round(percentile(ms, 75)),
        'ms',
        '≤',
        BUDGETS.interactionP75Ms,
        `(DOM ${Math.round(percentile(interactions.samples[name]?.map((s) => s.domMs) ?? [], 75))} ms; n=${ms.length})`,
      );
      add(`interaction.${name}.max`, `  ${label}: max`, round(Math.max(...ms)), 'ms', '≤', BUDGETS.interactionMaxMs);
      const first = interactions.firsts[name];
      if (first) add(`interaction.${name}.first`, `  ${label}: first time`, round(first.ms), 'ms');
    }
  }

  if (cold) {
    // Bytes.
    for (const locale of LANGUAGES)
      add(
        `bytes.${locale}`,
        `JS+CSS gzip, /images, ${locale}, mock backend included`,
        round(cold.transfer[locale].gzipKB),
        'kB',
        '≤',
        BUDGETS.jsCssGzipKB,
      );
    add('bytes.vite', '  Vite blank page JS+CSS gzip', round(cold.transfer.vite.gzipKB), 'kB');
  }

  if (soak) {
    // Memory.
    // A soak cut short by a failing loop is not judged (its samples stay in the JSON).
    const heapSamples = soak.error ? [] : soak.samples;
    const last = heapSamples.at(-1);
    const window = soak.minutes >= 2 ? 60 : (soak.minutes * 60) / 2;
    const soakNote = soak.error
      ? `(soak stopped: ${soak.error})`
      : `(${soak.minutes} min${QUICK ? ', quick mode' : ''}, ${soak.samples.length} loops; ${soak.firstPageMB} → ${last?.heapMB} MB)`;
    add(
      'heap.ratio',
      'JS heap after the soak / after the first page',
      ratio(last?.heapMB, soak.firstPageMB),
      'x',
      '≤',
      BUDGETS.heapRatio,
      soakNote,
    );
    add(
      'heap.growth',
      `  growth over the soak's last ${window >= 60 ? 'minute' : `${window} s`}`,
      round(growthPct(heapSamples, window)),
      '%',
      '≤',
      BUDGETS.heapGrowthPct,
    );
  }
  if (interactions)
    add(
      'heap.list5k',
      `  JS heap with the ${BENCH_IMAGES.toLocaleString('en')}-image list shown`,
      round(interactions.heapAfterGcMB),
      'MB',
    );

  // Lighthouse.
  if (lighthouse) {
    add(
      'lighthouse.performance',
      'Lighthouse mobile: performance',
      lighthouse.performance,
      'score',
      '≥',
      BUDGETS.lighthouse.performance,
      `(LCP ${lighthouse.lcpMs} ms, TBT ${lighthouse.tbtMs} ms)`,
    );
    add(
      'lighthouse.accessibility',
      'Lighthouse mobile: accessibility',
      lighthouse.accessibility,
      'score',
      '≥',
      BUDGETS.lighthouse.accessibility,
    );
    add(
      'lighthouse.bestPractices',
      'Lighthouse mobile: best practices',
      lighthouse.bestPractices,
      'score',
      '≥',
      BUDGETS.lighthouse.bestPractices,
    );
  }
  return checks;
}

/** Everything one run measured, for the JSON: its checks and the raw samples behind them. */
export function runDetails(measured, loadBefore) {
  const { cold, interactions, soak, lighthouse } = measured;
  return {
    date: new Date().toISOString(),
    loadavgBefore: loadBefore.map((x) => round(x, 2)),
    loadavgAfter: os.loadavg().map((x) => round(x, 2)),
    checks: runChecks(measured),
    coldLoad: cold && {
      method:
        'navigation start to the first row (blank pages: the h1) painted: MutationObserver, then rAF + MessageChannel',
      samples: cold.samples,
    },
    transfer: cold && {
      method: 'gzip -9 of each same-origin script/stylesheet/worker file fetched by a cold load (what serve.mjs sends)',
      ...cold.transfer,
    },
    interactions: interactions && {
      method: 'input event timeStamp to the next paint after the awaited DOM state (rAF + MessageChannel)',
      cpuRate: interactions.cpuRate,
      firstRowMs5k: round(interactions.firstRowMs),
      listTotal: interactions.listTotal,
      heapMB: round(interactions.heapMB),
      heapAfterGcMB: round(interactions.heapAfterGcMB),
      searchPhases: interactions.searchPhases,
      searchRowsShown: interactions.searchRowsShown,
      samples: interactions.samples,
      firsts: interactions.firsts,
    },
    soak,
    lighthouse,
  };
}

/** The results of every run, merged: per check the median of the runs, their spread, and the verdict. */
export function summarize(runs, chromiumVersion) {
  const checks = acrossRuns(runs.map((r) => r.checks));
  return {
    date: new Date().toISOString(),
    chromium: chromiumVersion,
    node: process.version,
    machine: { cpus: os.cpus().length },
    settings: {
      only: [...ONLY],
      repeat: REPEAT,
      quick: QUICK,
      runs: RUNS,
      reps: REPS,
      soakMinutes: SOAK_MINUTES,
      cpuRates: CPU_RATES,
      budgetCpu: BUDGET_CPU,
      benchImages: BENCH_IMAGES,
    },
    budgets: BUDGETS,
    // Over the runs: value = median, with min, max and every run's value.
    checks,
    verdicts: Object.fromEntries(checks.filter((c) => c.ok !== null).map((c) => [c.id, c.ok])),
    allHold: checks.every((c) => c.ok !== false),
    runs,
  };
}

/** Writes the results, atomically, to bench/results/latest.json. */
export function writeResults(result) {
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(`${RESULTS}.tmp`, `${JSON.stringify(result, null, 2)}\n`);
  fs.renameSync(`${RESULTS}.tmp`, RESULTS);
}
