// Every figure of a run, as written to bench/results/latest.json: the medians and ratios, the raw
// samples, the run's settings and machine, and a verdict per budget.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_IMAGES, BUDGETS, LANGUAGES, REPS, RESULTS, RUNS } from './config.mjs';
import { median, round } from './stats.mjs';

/** The results of the cold loads, the interactions and Lighthouse (or null), as one object. */
export function summarize({ cold, interactions, lighthouse, chromiumVersion, loadBefore }) {
  const cpu = (rate, samples = cold.samples) => {
    const s = samples[`cpu${rate}`];
    const consoleMs = median(s.console);
    const baselineMs = median(s.baseline);
    return {
      consoleMs: round(consoleMs),
      baselineMs: round(baselineMs),
      ratio: round(consoleMs / baselineMs, 2),
      samples: s,
    };
  };
  const cpu1 = cpu(1);
  const cpu4 = cpu(4);
  const s = interactions.samples;
  // The first row and the bytes in each language (the first is also the top-level figure).
  const languages = Object.fromEntries(
    LANGUAGES.map((locale) => {
      const own = cold.languages[locale];
      const ownCpu4 = cpu(4, own.samples);
      const ownCpu1 = cpu(1, own.samples);
      return [
        locale,
        {
          firstRowRatioCpu4: ownCpu4.ratio,
          firstRowRatioCpu1: ownCpu1.ratio,
          consoleMsCpu4: ownCpu4.consoleMs,
          consoleMsCpu1: ownCpu1.consoleMs,
          jsCssGzipKB: round(own.transfer.gzipKB),
        },
      ];
    }),
  );
  const result = {
    date: new Date().toISOString(),
    chromium: chromiumVersion,
    node: process.version,
    machine: {
      cpus: os.cpus().length,
      loadavgBefore: loadBefore.map((x) => round(x, 2)),
      loadavgAfter: os.loadavg().map((x) => round(x, 2)),
    },
    runs: RUNS,
    reps: REPS,
    benchImages: BENCH_IMAGES,
    budgets: BUDGETS,
    firstRowRatioCpu4: cpu4.ratio,
    firstRowRatioCpu1: cpu1.ratio,
    coldLoad: {
      cpu1,
      cpu4,
      languages: Object.fromEntries(LANGUAGES.map((locale) => [locale, cold.languages[locale].samples])),
      method: 'navigation start to first DOM appearance (MutationObserver + performance.now()), medians',
    },
    jsCssGzipKB: round(cold.transfer.console.gzipKB),
    languages,
    baselineJsCssGzipKB: round(cold.transfer.baseline.gzipKB),
    jsCssGzipRatio: round(cold.transfer.console.gzipKB / cold.transfer.baseline.gzipKB, 2),
    transfer: {
      method: 'gzip -9 of each same-origin script/stylesheet/worker file fetched by a cold load (what serve.mjs sends)',
      ...cold.transfer,
      languages: Object.fromEntries(LANGUAGES.map((locale) => [locale, cold.languages[locale].transfer])),
    },
    searchKeystrokeMs: round(median(s.search)),
    tabSwitchMs: round(median(s.tabSwitch)),
    shareDialogMs: round(median(s.share.slice(1))),
    shareDialogFirstMs: round(s.share[0]),
    wizardImageStepMs: round(median(s.wizard.slice(1))),
    wizardImageStepFirstMs: round(s.wizard[0]),
    heapMB: round(interactions.heapMB),
    heapAfterGcMB: round(interactions.heapAfterGcMB),
    searchPhases: interactions.searchPhases,
    interactions: {
      cpuRate: 1,
      firstRowMs5k: round(interactions.firstRowMs),
      listTotal: interactions.listTotal,
      searchRowsShown: interactions.searchRowsShown,
      samples: Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.map((x) => round(x))])),
    },
    lighthouse,
  };
  // true/false per budget (null when not measured), for whoever reads the JSON.
  result.verdicts = {
    firstRowRatioCpu4: result.firstRowRatioCpu4 <= BUDGETS.firstRowRatioCpu4,
    jsCssGzipKB: result.jsCssGzipKB <= BUDGETS.jsCssGzipKB,
    searchKeystrokeMs: result.searchKeystrokeMs <= BUDGETS.searchKeystrokeMs,
    tabSwitchMs: result.tabSwitchMs <= BUDGETS.tabSwitchMs,
    lighthousePerformance: lighthouse ? lighthouse.performance >= BUDGETS.lighthouse.performance : null,
    lighthouseAccessibility: lighthouse ? lighthouse.accessibility >= BUDGETS.lighthouse.accessibility : null,
    lighthouseBestPractices: lighthouse ? lighthouse.bestPractices >= BUDGETS.lighthouse.bestPractices : null,
    languages: Object.fromEntries(
      Object.entries(languages).map(([locale, l]) => [
        locale,
        {
          firstRowRatioCpu4: l.firstRowRatioCpu4 <= BUDGETS.firstRowRatioCpu4,
          jsCssGzipKB: l.jsCssGzipKB <= BUDGETS.jsCssGzipKB,
        },
      ]),
    ),
  };
  return result;
}

/** Writes the results, atomically, to bench/results/latest.json. */
export function writeResults(result) {
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(`${RESULTS}.tmp`, `${JSON.stringify(result, null, 2)}\n`);
  fs.renameSync(`${RESULTS}.tmp`, RESULTS);
}
