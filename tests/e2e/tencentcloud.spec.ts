// The console on the tencentcloud backend, in real Chromium: the production build served by the
// signing proxy (scripts/serve.mjs --backend=tencentcloud), whose upstream is the standalone mock
// API on loopback in strict mode (MOCK_API_STRICT=1: the documented CVM contract only, as the real
// endpoint answers; it verifies every TC3 signature the official SDK makes in the proxy). The
// header names the backend and the account (STS); the main flows pass through the proxy on the
// console's fallbacks (search, sort, share counts, copies, the price review); a wrong key shows a
// banner; read-only refuses a change in the page; the page asks nothing of any host but 127.0.0.1.
// Ports: PORT+1 (mock), PORT+2.. (proxies).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  build,
  fixtureHome,
  removeFixtures,
  startMockApi,
  startProxy,
  type RunningProcess,
} from '../../src/test/proxy-process.ts';
import {
  expect,
  expectNoAxeViolations,
  imageRow,
  imageRows,
  pagerSummary,
  rowAction,
  test as base,
} from './helpers.ts';

const PORT = Number(process.env.PORT ?? 4173);
const MOCK_PORT = PORT + 1;
const PROXY_PORT = PORT + 2;
const A = { secretId: 'AKIDMOCK100000000001', secretKey: 'mock-secret-100000000001' };
const LONG = { timeout: 30_000 };

interface Servers {
  mock: RunningProcess;
  proxy: RunningProcess;
  /** Starts another proxy in front of the same mock, on PORT+3, PORT+4... */
  another(args: string[], env: Record<string, string>): Promise<RunningProcess>;
}

const test = base.extend<{ hosts: Set<string> }, { servers: Servers }>({
  // Every request the pages of a test make goes to 127.0.0.1 (the proxy), and nowhere else.
  hosts: [
    async ({ context }, use) => {
      const hosts = new Set<string>();
      context.on('request', (r) => {
        const url = new URL(r.url());
        if (url.protocol !== 'data:') hosts.add(url.hostname);
      });
      await use(hosts);
      expect([...hosts].filter((host) => host !== '127.0.0.1')).toEqual([]);
    },
    { auto: true },
  ],
  servers: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this parameter.
    async ({}, use) => {
      await Promise.all([build('vite.server.config.ts'), build('vite.proxy.config.ts')]);
      const all: RunningProcess[] = [];
      const proxyEnv = (port: number, env: Record<string, string>) => ({
        PORT: String(port),
        CVM_ENDPOINT: `http://127.0.0.1:${MOCK_PORT}`,
        HOME: fixtureHome(),
        CVM_PROXY_LOG: '1',
        ...env,
      });
      try {
        const mock = await startMockApi({
          MOCK_API_PORT: String(MOCK_PORT),
          MOCK_API_LOG: '1',
          MOCK_API_DURATION_SCALE: '0.05',
          MOCK_API_STRICT: '1',
        });
        all.push(mock);
        const proxy = await startProxy(
          ['--backend=tencentcloud'],
          proxyEnv(PROXY_PORT, { TENCENTCLOUD_SECRET_ID: A.secretId, TENCENTCLOUD_SECRET_KEY: A.secretKey }),
        );
        all.push(proxy);
        let next = PROXY_PORT + 1;
        await use({
          mock,
          proxy,
          async another(args, env) {
            const started = await startProxy(args, proxyEnv(next++, env));
            all.push(started);
            return started;
          },
        });
      } finally {
        await Promise.all(all.map((p) => p.stop()));
        removeFixtures();
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],
});

test.use({ baseURL: `http://127.0.0.1:${PROXY_PORT}` });

/** Lines of the mock's request log (MOCK_API_LOG=1) written since `from`. */
function mockCalls(servers: Servers, from = 0): string[] {
  return servers.mock
    .output()
    .slice(from)
    .split('\n')
    .filter((line) => line.startsWith('[mock-api] '));
}

async function openImages(page: Page, query: Record<string, string> = {}): Promise<void> {
  await page.goto(`/images?${new URLSearchParams({ region: 'ap-guangzhou', ...query }).toString()}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  await expect(pagerSummary(page)).toBeVisible();
  await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
}

async function showTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
}

test('the header names the backend and the account; calls go over the network with the token, signed by the proxy', async ({
  page,
  servers,
}) => {
  const from = servers.mock.output().length;
  const calls: { token?: string; fromServiceWorker: boolean; action?: string }[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/cvm/'))
      calls.push({
        token: r.request().headers()['x-console-token'],
        fromServiceWorker: r.fromServiceWorker(),
        action: r.request().headers()['x-tc-action'],
      });
  });
  await openImages(page);
  const header = page.getByRole('banner');
  await expect(header.getByRole('group', { name: 'Backend' })).toHaveText(
    `Tencent Cloud API at 127.0.0.1:${MOCK_PORT} · Account 100000000001`,
  );
  // The mock is strict, and said so; the proxy asked its STS which account the key is.
  expect(servers.mock.output()).toContain('Strict: the documented CVM contract only');
  expect(mockCalls(servers)).toContain('[mock-api] POST / GetCallerIdentity -> 200 OK');
  // No demo controls: the account is the proxy's, and there is no demo data to reset.
  await expect(page.getByLabel('Account')).toHaveCount(0);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('menuitemradio', { name: 'System' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Reset demo data' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(imageRows(page).first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'CentOS 7.9 64-bit' })).toBeVisible();

  // No embedded backend: no service worker, every call answered over the network, with the token.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  const html = await (await page.request.get('/images')).text();
  const token = /data-token="([^"]+)"/.exec(html)![1];
  expect(calls.length).toBeGreaterThan(0);
  for (const call of calls) expect(call).toMatchObject({ token, fromServiceWorker: false });
  expect(mockCalls(servers, from)).toContain('[mock-api] POST / DescribeImages -> 200 OK');
  await expectNoAxeViolations(page, '/images on the tencentcloud backend');
});

test('the four tabs, a search and a sort, through the proxy, on the documented contract', async ({ page, servers }) => {
  const from = servers.mock.output().length;
  await openImages(page);
  await expect(imageRows(page).first()).toBeVisible();
  await showTab(page, 'Custom images');
  await expect(imageRow(page, 'web-server-centos79')).toBeVisible();
  await expect(page.getByRole('meter', { name: 'Custom image quota' })).toBeVisible();
  // Newest first here too: the order the API refuses to take is done in the page.
  await expect(imageRows(page).first()).toContainText('gitlab-runner-rocky9');
  await showTab(page, 'Shared images');
  await expect(imageRows(page).first()).toBeVisible();
  // CVM lists no marketplace images: the tab says where they come from instead of an empty table.
  await page.getByRole('tab', { name: 'Marketplace images', exact: true }).click();
  await expect(page.getByRole('note').filter({ hasText: 'does not list marketplace images' })).toContainText(
    'Tencent Cloud Marketplace (market.cloud.tencent.com)',
  );
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the marketplace tab on the documented contract');
  await showTab(page, 'Public images');
  await page.getByLabel('Search images').fill('Windows Server');
  await expect(page).toHaveURL(/[?&]q=Windows/);
  await expect(imageRows(page)).toHaveCount(6);
  await expect(imageRows(page)).toHaveText(Array(6).fill(/Windows Server/));
  await page.getByRole('button', { name: 'Name and ID' }).click();
  await expect(page).toHaveURL(/[?&]sort=ImageName/);
  const sorted = await imageRows(page)
    .getByRole('link', { name: /Windows Server/ })
    .allTextContents();
  expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));
  const calls = mockCalls(servers, from);
  // The search was asked once, refused as the real API refuses it, then done in the page over the
  // pages read. The custom tab's newest-first order was asked once and refused the same way; the
  // sort of the search was then done in the page too, without asking.
  expect(calls.filter((l) => l.includes('InvalidFilter'))).toHaveLength(1);
  expect(calls.filter((l) => l.includes('UnknownParameter'))).toHaveLength(1);
  expect(calls.filter((l) => l.includes('DescribeImages -> 200 OK')).length).toBeGreaterThanOrEqual(5);
});

test('share an image with two accounts through the proxy', async ({ page, servers }) => {
  const image = 'redis-cache-debian12';
  await openImages(page, { tab: 'custom' });
  const row = imageRow(page, image);
  await expect(row).toContainText('Not shared');
  await (await rowAction(row, 'Share')).click();
  const dialog = page.getByRole('dialog', { name: 'Share image' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Account IDs to share with').fill('100000000002, 100000000003');
  await expect(dialog.getByText('2 of 50 recipients')).toBeVisible();
  const from = servers.mock.output().length;
  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByText(`Shared ${image} with 2 accounts.`)).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: /100000000002/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(row).toContainText('2 accounts');
  expect(mockCalls(servers, from)).toContain('[mock-api] POST / ModifyImageSharePermission -> 200 OK');
});

test('copy an image to two regions through the proxy and watch both reach Normal', async ({ page, servers }) => {
  const image = 'k8s-node-opencloudos9';
  await openImages(page, { tab: 'custom' });
  await (await rowAction(imageRow(page, image), 'Copy')).click();
  const dialog = page.getByRole('dialog', { name: 'Copy image' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Shanghai (ap-shanghai)', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Beijing (ap-beijing)', exact: true }).check();
  const from = servers.mock.output().length;
  await dialog.getByRole('button', { name: 'Copy to 2 regions' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(`Copying ${image} to Shanghai, Beijing. Follow the progress under Operations.`),
  ).toBeVisible();
  expect(mockCalls(servers, from)).toContain('[mock-api] POST / SyncImages -> 200 OK');

  const opsButton = page.getByRole('button', { name: /^Operations/ });
  await opsButton.click();
  const panel = page.getByRole('region', { name: 'Operations' });
  await expect(panel.getByRole('listitem').filter({ hasText: 'Guangzhou → Shanghai' })).toContainText('Normal', LONG);
  await expect(panel.getByRole('listitem').filter({ hasText: 'Guangzhou → Beijing' })).toContainText('Normal', LONG);
  await openImages(page, { region: 'ap-beijing', tab: 'custom' });
  await expect(imageRow(page, image)).toContainText('Normal');
  // The real API does not record a copy's source: the source's page finds its copies by name, and says so.
  await openImages(page, { tab: 'custom' });
  await imageRow(page, image).getByRole('link', { name: image, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Copies in other regions' })).toBeVisible();
  await expect(page.getByText('Tencent Cloud does not record which image a copy was made from')).toBeVisible();
  await expect(page.getByRole('link', { name: `Shanghai: ${image}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Beijing: ${image}` })).toBeVisible();
});

test('the wizard to Launch through the proxy: the instance runs in the mock', async ({ page, servers }) => {
  await page.goto('/instances/create?region=ap-guangzhou&zone=ap-guangzhou-3&type=S5.MEDIUM4&step=image');
  await expect(page.getByRole('heading', { level: 1, name: 'Create instance' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search images' }).fill('CentOS 7.9');
  const centos = page.getByRole('radio', { name: /^CentOS 7\.9 64-bit img-[a-z0-9]{8}$/ });
  await centos.click();
  await expect(centos).toBeChecked();
  await page.getByRole('button', { name: /^Next: / }).click();
  await page.getByLabel('Instance name (optional)').fill('e2e-via-proxy');
  await page.getByRole('button', { name: /^Next: / }).click();
  // The price as InquiryPriceRunInstances' documented fields quote it (no Breakdown on the real API).
  const price = page.getByRole('table', { name: 'Price breakdown' });
  await expect(price.getByRole('row', { name: /^Total/ })).toContainText('¥0.38 per hour');
  await expect(price.getByRole('row', { name: /^Bandwidth/ })).toContainText('¥0.00 per hour');
  await expectNoAxeViolations(page, 'the price review on the documented contract');
  const from = servers.mock.output().length;
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  const row = page.locator('tbody tr').filter({ hasText: 'e2e-via-proxy' });
  await expect(row.getByRole('cell', { name: 'Running' })).toBeVisible(LONG);
  expect(mockCalls(servers, from)).toContain('[mock-api] POST / RunInstances -> 200 OK');
});

test('a wrong key: the console says so in a banner, never a blank page', async ({ page, servers }) => {
  const wrong = await servers.another(['--backend=tencentcloud'], {
    TENCENTCLOUD_SECRET_ID: A.secretId,
    TENCENTCLOUD_SECRET_KEY: 'not-the-right-key',
  });
  await page.goto(`http://127.0.0.1:${wrong.port}/images?region=ap-guangzhou`);
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  const banner = page
    .getByRole('alert')
    .filter({ hasText: 'Tencent Cloud refused the credentials of the local proxy' });
  await expect(banner).toContainText('(AuthFailure.SignatureFailure: ');
  await expect(banner).toContainText('TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY');
  await expect(page.getByRole('banner').getByRole('group', { name: 'Backend' })).toContainText('Account AKID…0001');
  await expectNoAxeViolations(page, 'the console with refused credentials');
  expect(wrong.output()).not.toContain('not-the-right-key');
});

test('read-only: the header says so, and a rename is refused in the dialog without reaching the mock', async ({
  page,
  servers,
}) => {
  const readOnly = await servers.another(['--backend=tencentcloud', '--read-only'], {
    TENCENTCLOUD_SECRET_ID: A.secretId,
    TENCENTCLOUD_SECRET_KEY: A.secretKey,
  });
  await page.goto(`http://127.0.0.1:${readOnly.port}/images?region=ap-guangzhou&tab=custom`);
  await expect(page.getByRole('banner').getByRole('group', { name: 'Backend' })).toContainText('· Read-only');
  const row = imageRow(page, 'web-server-centos79');
  await (await rowAction(row, 'Edit')).click();
  const dialog = page.getByRole('dialog', { name: 'Edit image' });
  await dialog.getByLabel('Name').fill('renamed-while-read-only');
  const from = servers.mock.output().length;
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toContainText(
    'ModifyImageAttribute would change your account, so it was not sent to Tencent Cloud',
  );
  await expect(dialog.getByLabel('Name')).toHaveValue('renamed-while-read-only');
  // The reads the page made meanwhile reached the mock; the change did not.
  expect(mockCalls(servers, from).filter((line) => line.includes('ModifyImageAttribute'))).toEqual([]);
  await expect
    .poll(() => readOnly.output())
    .toContain('[cvm-proxy] refused POST ModifyImageAttribute: UnauthorizedOperation.ReadOnly');
});

test('an embedded backend’s service worker left for this origin is unregistered and answers nothing', async ({
  page,
  servers,
}) => {
  await page.goto('/images?region=ap-guangzhou');
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/mockServiceWorker.js');
    await navigator.serviceWorker.ready;
  });
  const from = servers.mock.output().length;
  await page.reload();
  await expect(imageRows(page).first()).toBeVisible();
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(mockCalls(servers, from)).toContain('[mock-api] POST / DescribeImages -> 200 OK');
});

test('no secret in the built console, the pages or the logs of this run', async ({ page, servers }) => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk('dist');
  expect(files.length).toBeGreaterThan(5);
  const html = await (await page.request.get('/images')).text();
  expect(html).toContain('name="cvm-backend"');
  for (const text of [...files.map((f) => readFileSync(f, 'utf8')), html, servers.proxy.output()]) {
    expect(text).not.toContain(A.secretKey);
    expect(text).not.toContain(A.secretId);
  }
});
