import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, chromePath } from './scripts/chromium.mjs';

// E2E runs against the production build (dist/), served by scripts/serve.mjs with the same
// headers (CSP, caching) the console ships with. Build first: `npx vite build`.
const port = Number(process.env.PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // A flow with an axe check per step takes 10-20 s on an idle 2-core machine; under load (CI runs
  // beside other jobs) the default 30 s was seen to run out in the middle of an axe scan.
  timeout: 90_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    launchOptions: {
      // No browser is downloaded by Playwright here: use Debian's chromium (or CHROME_PATH).
      executablePath: chromePath(),
      args: CHROME_ARGS,
    },
  },
  webServer: {
    command: 'node scripts/serve.mjs',
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // The embedded backend, whatever the environment says (tests/e2e/tencentcloud.spec.ts starts
    // its own servers for the tencentcloud backend, on PORT+1 and up).
    env: { PORT: String(port), CVM_BACKEND: 'embedded' },
  },
});
