// Builds into dist-bench/: the console, the console with VITE_BENCH_IMAGES (bench/bench-store.ts),
// and the two blank pages: bench/baseline-vite with Vite's defaults (its own vite.config.ts) and
// bench/baseline with the console's vite.config.ts.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BENCH_IMAGES, ROOT, log } from './config.mjs';

/** `vite build` through the local binary (not npx), quietly; throws when it fails. */
function viteBuild(args, extraEnv = {}) {
  const env = { ...process.env, ...extraEnv };
  // A VITE_BENCH_IMAGES left in the caller's environment must not leak into the plain builds.
  if (!('VITE_BENCH_IMAGES' in extraEnv)) delete env.VITE_BENCH_IMAGES;
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', ...args, '--logLevel', 'warn'], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`vite build ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/** Builds the ones named in `which` (console, console5k, vite, same); by default all four. */
export function buildAll(which = new Set(['console', 'console5k', 'vite', 'same'])) {
  const t0 = Date.now();
  if (which.has('console')) viteBuild(['--outDir', 'dist-bench/console', '--emptyOutDir']);
  if (which.has('console5k'))
    viteBuild(['--outDir', 'dist-bench/console-5k', '--emptyOutDir'], { VITE_BENCH_IMAGES: String(BENCH_IMAGES) });
  // The blank pages' roots are their folders, so outDir is relative to them.
  if (which.has('vite'))
    viteBuild([
      'bench/baseline-vite',
      '--config',
      'bench/baseline-vite/vite.config.ts',
      '--outDir',
      '../../dist-bench/baseline-vite',
      '--emptyOutDir',
    ]);
  if (which.has('same'))
    viteBuild([
      'bench/baseline',
      '--config',
      'vite.config.ts',
      '--outDir',
      '../../dist-bench/baseline',
      '--emptyOutDir',
    ]);
  log(`built ${[...which].join(', ')} into dist-bench/ in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
