// Lighthouse, default (mobile) preset with simulated throttling, one run on the console's /images.
import fs from 'node:fs';
import path from 'node:path';
import { CHROME_ARGS } from '../chromium.mjs';
import { CHROME_PATH, OUT } from './config.mjs';
import { round } from './stats.mjs';

export async function runLighthouse(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROME_ARGS],
    logLevel: 'silent',
  });
  try {
    // Default config = the mobile preset with simulated throttling.
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const lhr = result.lhr;
    fs.writeFileSync(path.join(OUT, 'lighthouse-report.json'), result.report);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
      )
      .map((a) => ({ id: a.id, score: a.score, displayValue: a.displayValue }));
    return {
      version: lhr.lighthouseVersion,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcpMs: round(lhr.audits['first-contentful-paint'].numericValue, 0),
      lcpMs: round(lhr.audits['largest-contentful-paint'].numericValue, 0),
      tbtMs: round(lhr.audits['total-blocking-time'].numericValue, 0),
      cls: round(lhr.audits['cumulative-layout-shift'].numericValue, 3),
      speedIndexMs: round(lhr.audits['speed-index'].numericValue, 0),
      failingAudits: failing,
      runtimeError: lhr.runtimeError?.message,
    };
  } finally {
    chrome.kill();
  }
}
