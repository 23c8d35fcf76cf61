// Issue 13: the main flows in Simplified Chinese, in real Chromium against the production build, as a
// person whose browser asks for Chinese meets them: browse the four sources, search (the box, the URL
// and the empty state; what a Chinese term finds is the rules' side), create a custom image, share
// and copy it, launch an instance through the wizard to 立即购买, an image's page and a wrong address;
// axe on every page and open dialog. The rules' messages are checked against renderMessage in zh-CN,
// so they hold whether the rules' Chinese catalogue is in yet or not.
import type { Locator, Page } from '@playwright/test';
import { violation } from '../../src/rules/violation.ts';
import type { Message } from '../../src/rules/messages/params.ts';
import { renderMessage } from '../../src/rules/messages/render.ts';
// The rules' messages in both languages, for renderMessage here (as the Node hosts register them).
import '../../src/rules/messages/every-language.ts';
import { expect, expectNoAxeViolations, imageRow, imageRows, rowAction, test } from './helpers.ts';

test.use({ locale: 'zh-CN' });

const LONG = { timeout: 30_000 };
const B = '100000000002';
const C = '100000000003';

/** The sentence a rule says, in Chinese. */
const zh = (key: Message['key'], params: object) => renderMessage(violation('X', key, params as never), 'zh-CN');

function pager(page: Page): Locator {
  return page.getByRole('navigation', { name: '分页' }).getByText(/^第 \d+\/\d+ 页 · 共 /);
}

async function openImages(page: Page, query: Record<string, string> = {}) {
  await page.goto(`/images?${new URLSearchParams({ region: 'ap-guangzhou', ...query }).toString()}`);
  await expect(page.getByRole('heading', { level: 1, name: '镜像' })).toBeVisible();
  await expect(pager(page)).toBeVisible();
  await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

async function showTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
}

test('browse the four sources and search in Chinese, axe clean on each', async ({ page }) => {
  await openImages(page);
  await expect(page.getByText('华南地区（广州）的镜像。')).toBeVisible();
  await expect(imageRows(page)).toHaveCount(20);
  await expect(pager(page)).toHaveText('第 1/2 页 · 共 35 个镜像');
  await expect(page.getByRole('columnheader')).toHaveText(['名称/ID↕', '操作系统↕', '架构', '容量↕', '费用', '操作']);
  await expect(page.getByLabel('地域').locator('option:checked')).toHaveText('广州（ap-guangzhou）');
  await expectNoAxeViolations(page, '公共镜像');

  const search = page.getByRole('searchbox', { name: '搜索镜像' });
  await search.fill('Windows Server');
  await expect(imageRows(page)).toHaveCount(6);
  await expect(pager(page)).toHaveText('第 1/1 页 · 共 6 个镜像');
  // Chinese typed in the box goes to the URL as typed, and an empty result says so in Chinese.
  await search.fill('不存在的镜像');
  await expect(page).toHaveURL(/[?&]q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E9%95%9C%E5%83%8F(&|$)/);
  await expect(imageRows(page)).toHaveCount(0);
  await expect(page.getByText('广州没有与搜索或筛选条件匹配的公共镜像。')).toBeVisible();
  await page.getByRole('button', { name: '清除搜索和筛选条件' }).click();
  await expect(search).toHaveValue('');
  await expect(imageRows(page)).toHaveCount(20);

  await showTab(page, '自定义镜像');
  await expect(imageRows(page)).toHaveCount(8);
  await expect(page.getByRole('meter', { name: '自定义镜像配额' })).toHaveAttribute('aria-valuetext', '广州已用 8/10');
  await expect(page.getByRole('button', { name: '创建自定义镜像' })).toBeVisible();
  // A failed import says why in Chinese, its error code kept.
  const failed = imageRow(page, 'legacy-erp-import');
  await expect(failed).toContainText('导入失败VirtioNotInstall：镜像中未安装 virtio 驱动。');
  await expect(failed).not.toContainText('the virtio driver');
  await expectNoAxeViolations(page, '自定义镜像');

  await showTab(page, '共享镜像');
  await expect(page.getByRole('note')).toContainText('共享镜像未经平台审核。');
  const shared = imageRow(page, 'partner-api-centos79');
  await expect(shared.getByRole('link', { name: '创建实例' })).toBeVisible();
  // A refused action says why, in the rules' words in Chinese.
  const del = await rowAction(shared, '删除', '更多操作');
  await expect(del).toHaveAttribute('aria-disabled', 'true');
  await expect(del).toHaveAccessibleDescription(zh('image.sharedNotOwn', { action: 'delete' }));
  await expectNoAxeViolations(page, '共享镜像');

  await showTab(page, '镜像市场');
  await expect(imageRows(page)).toHaveCount(19);
  await expect(page.getByRole('columnheader', { name: '服务商' })).toBeVisible();
  await expectNoAxeViolations(page, '镜像市场');
});

test('create a custom image in Chinese: 创建中, then 正常', async ({ page }) => {
  await openImages(page, { tab: 'custom' });
  await page.getByRole('button', { name: '创建自定义镜像' }).click();
  const dialog = page.getByRole('dialog', { name: '创建自定义镜像' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'the 创建自定义镜像 dialog');
  await dialog.getByRole('button', { name: '创建镜像' }).click();
  await expect(dialog.getByText('请选择用于制作镜像的实例。')).toBeVisible();

  const instance = dialog.getByLabel('实例');
  const label = await instance.locator('option', { hasText: 'web-01 (' }).first().textContent();
  await instance.selectOption({ label: label! });
  await dialog.getByLabel('镜像名称').fill('zh-web-golden');
  await dialog.getByLabel('描述（可选）').fill('由中文端到端测试创建');
  await dialog.getByRole('button', { name: '创建镜像' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(/^正在创建 zh-web-golden（img-[a-z0-9]{8}）。完成前其状态显示为“创建中”。$/),
  ).toBeVisible();

  const row = imageRow(page, 'zh-web-golden');
  await expect(row).toContainText('创建中');
  await expect(row.getByRole('progressbar', { name: 'zh-web-golden创建中' })).toBeVisible();
  await expect(page.getByRole('meter', { name: '自定义镜像配额' })).toHaveAttribute('aria-valuetext', '广州已用 9/10');
  await expect(await rowAction(row, '删除', '更多操作')).toHaveAccessibleDescription(
    zh('image.creating', { action: 'delete' }),
  );
  await expect(row).toContainText('正常', LONG);
  await expect(row).toContainText('从实例创建');
});

test('share with two accounts and copy to two regions in Chinese, axe clean with each dialog', async ({ page }) => {
  const image = 'redis-cache-debian12';
  await openImages(page, { tab: 'custom' });
  const row = imageRow(page, image);
  await expect(row).toContainText('未共享');
  await (await rowAction(row, '共享', '更多操作')).click();

  const share = page.getByRole('dialog', { name: '共享镜像' });
  await expect(share).toContainText('尚未共享给任何账号。');
  await expect(share).toContainText('接收方只能在广州使用此镜像创建实例。');
  await share.getByLabel('共享给的账号 ID').fill(`${B}, ${C}`);
  const chips = share.getByRole('list', { name: '已输入的账号 ID' }).getByRole('listitem');
  await expect(chips).toHaveText([`${B} 可以共享`, `${C} 可以共享`]);
  await expect(share.getByText('接收方 2/50')).toBeVisible();
  await expectNoAxeViolations(page, 'the 共享镜像 dialog');
  await share.getByRole('button', { name: '共享', exact: true }).click();
  await expect(page.getByText(`已将 ${image} 共享给 2 个账号。`)).toBeVisible();
  await expect(share.getByRole('checkbox', { name: new RegExp(B) })).toBeVisible();
  await share.getByRole('button', { name: '完成' }).click();
  await expect(row).toContainText('2 个账号');

  await (await rowAction(row, '复制', '更多操作')).click();
  const copy = page.getByRole('dialog', { name: '复制镜像' });
  await expect(copy).toContainText('复制免费');
  for (const group of ['中国大陆', '金融专区', '中国大陆以外'])
    await expect(copy.getByRole('group', { name: group, exact: true })).toBeVisible();
  // Outside the mainland is refused, the group saying why once, in the rules' words.
  const singapore = copy.getByRole('checkbox', { name: /^新加坡/ });
  await expect(singapore).toBeDisabled();
  await expect(singapore).toHaveAccessibleDescription(zh('copy.groupFromMainland', {}));
  await copy.getByRole('checkbox', { name: '上海 (ap-shanghai)' }).check();
  await copy.getByRole('checkbox', { name: '北京 (ap-beijing)' }).check();
  await expectNoAxeViolations(page, 'the 复制镜像 dialog');
  await copy.getByRole('button', { name: '复制到 2 个地域' }).click();
  await expect(copy).toBeHidden();
  await expect(page.getByText(`正在将 ${image} 复制到上海、北京。可在“操作记录”中查看进度。`)).toBeVisible();

  await page.getByRole('button', { name: /^操作记录/ }).click();
  const panel = page.getByRole('region', { name: '操作记录' });
  await expect(panel.getByRole('progressbar', { name: `复制 ${image} 到上海` })).toBeVisible();
  await expect(panel).toContainText(`复制 ${image} 广州 → 北京`);
  await expectNoAxeViolations(page, 'the 操作记录 panel');
  await expect(panel.getByRole('progressbar')).toHaveCount(0, LONG);
  await expect(panel.getByText('正常')).toHaveCount(2);
});

test('launch an instance through the wizard to 立即购买, axe clean on every step', async ({ page }) => {
  await page.goto('/instances/create?region=ap-guangzhou');
  const heading = page.getByRole('heading', { level: 1, name: '创建实例' });
  await expect(heading).toBeVisible();
  await expect(page).toHaveTitle('创建实例 · CVM 镜像控制台');
  const step = (name: string) => page.getByRole('heading', { level: 2, name, exact: true });
  const next = page.getByRole('button', { name: /^下一步：/ });

  await expect(step('地域和可用区')).toBeVisible();
  await expect(next).toHaveAccessibleDescription(zh('wizard.chooseZone', {}));
  const soldOut = page.getByRole('radio', { name: '广州一区 (ap-guangzhou-1)' });
  await expect(soldOut).toBeDisabled();
  await expect(soldOut).toHaveAccessibleDescription('已售罄');
  await expectNoAxeViolations(page, '第 1 步');
  await page.getByRole('radio', { name: '广州三区 (ap-guangzhou-3)' }).check();
  await expect(next).toHaveText('下一步：实例规格');
  await next.click();

  await expect(step('实例规格')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '内存' })).toBeVisible();
  // Each family by its Chinese name, as the API names it in Chinese.
  await expect(
    page
      .getByRole('row', { name: /^S5\.MEDIUM4 / })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('标准型S5');
  await expect(
    page
      .getByRole('row', { name: /^SR1\.MEDIUM4 / })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('标准型SR1');
  await expect(page.getByText(/Standard/)).toHaveCount(0);
  await page.getByRole('radio', { name: 'S5.MEDIUM4', exact: true }).check();
  await expectNoAxeViolations(page, '第 2 步');
  await next.click();

  await expect(step('镜像')).toBeVisible();
  await expect(page.getByRole('tab', { name: '公共镜像' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('searchbox', { name: '搜索镜像' }).fill('CentOS 7.9');
  const centos = page.getByRole('radio', { name: /^CentOS 7\.9 64-bit img-[a-z0-9]{8}$/ });
  await centos.check();
  const chosen = page.getByRole('group', { name: '已选镜像' });
  await expect(chosen).toContainText('已选：CentOS 7.9 64-bit');
  await expect(chosen).toContainText('64 位 x86 · 20 GB');
  await expectNoAxeViolations(page, '第 3 步');
  await next.click();

  await expect(step('存储和设置')).toBeVisible();
  await expect(page.getByLabel('系统盘（GB）')).toHaveValue('50');
  await page.getByLabel('实例名称（可选）').fill('zh-web-01');
  await expectNoAxeViolations(page, '第 4 步');
  await next.click();

  await expect(step('确认配置')).toBeVisible();
  const price = page.getByRole('table', { name: '价格明细' });
  await expect(price.getByRole('row', { name: /^合计/ })).toContainText('/小时');
  await expect(page.getByText('S5.MEDIUM4 · 2 核，4 GB · 64 位 x86')).toBeVisible();
  await expectNoAxeViolations(page, '第 5 步');
  await page.getByRole('button', { name: '立即购买', exact: true }).click();

  await expect(page).toHaveURL(/\/instances\?region=ap-guangzhou$/);
  await expect(page.getByRole('heading', { level: 1, name: '实例' })).toBeVisible();
  await expect(page.getByText(/^正在创建 1 台实例：ins-[a-z0-9]{8}。$/)).toBeVisible();
  const row = page.locator('tbody tr').filter({ hasText: 'zh-web-01' });
  await expect(row.getByRole('cell', { name: '创建中' })).toBeVisible();
  await expectNoAxeViolations(page, '实例');
  await expect(row.getByRole('cell', { name: '运行中' })).toBeVisible(LONG);
});

test('an instance launched without a name is 未命名, on Review and in the list', async ({ page }) => {
  await page.goto('/instances/create?region=ap-guangzhou&zone=ap-guangzhou-3&type=S5.MEDIUM4&step=image');
  const step = (name: string) => page.getByRole('heading', { level: 2, name, exact: true });
  const next = page.getByRole('button', { name: /^下一步：/ });
  await expect(step('镜像')).toBeVisible();
  await page.getByRole('searchbox', { name: '搜索镜像' }).fill('CentOS 7.9');
  await page.getByRole('radio', { name: /^CentOS 7\.9 64-bit img-[a-z0-9]{8}$/ }).check();
  await next.click();
  await expect(step('存储和设置')).toBeVisible();
  await expect(page.getByLabel('实例名称（可选）')).toHaveValue('');
  await next.click();
  await expect(step('确认配置')).toBeVisible();
  await expect(page.getByText('未命名', { exact: true })).toBeVisible();
  await expect(page.getByText('（默认名称）')).toBeVisible();
  await expect(page.getByRole('table', { name: '价格明细' }).getByRole('row', { name: /^合计/ })).toContainText(
    '/小时',
  );
  await page.getByRole('button', { name: '立即购买', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: '实例' })).toBeVisible();
  const launched = (await page.getByText(/^正在创建 1 台实例：ins-[a-z0-9]{8}。$/).textContent())!.match(
    /ins-[a-z0-9]{8}/,
  )![0];
  const row = page.locator('tbody tr').filter({ hasText: launched });
  await expect(row).toContainText('未命名');
  await expect(page.getByText('Unnamed')).toHaveCount(0);
});

test('an image’s page and a wrong address in Chinese', async ({ page }) => {
  await openImages(page, { tab: 'custom' });
  await imageRow(page, 'redis-cache-debian12').getByRole('link', { name: 'redis-cache-debian12', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'redis-cache-debian12' })).toBeVisible();
  await expect(page).toHaveTitle('redis-cache-debian12 · CVM 镜像控制台');
  await expect(page.getByText(/^广州的自定义镜像 · img-[a-z0-9]{8}$/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '详情' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '其他地域的副本' })).toBeVisible();
  await expectNoAxeViolations(page, 'an image’s page');

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
  await expect(page).toHaveTitle('页面不存在 · CVM 镜像控制台');
  await page.getByRole('link', { name: '前往镜像列表' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '镜像' })).toBeVisible();
});
