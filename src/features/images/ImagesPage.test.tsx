// The images console against the real resolvers (msw/node): tabs, find, paging, states, quota, row actions.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccount } from '../../api/session.ts';
import { server, testBackend, testClock } from '../../mocks/node.ts';
import { instanceNamed, listImages, ok } from '../../test/api-calls.ts';
import { CVM_API_PATH } from '../../rules/protocol.ts';
import { failNextCall } from '../../test/api-error.ts';
import {
  cellOf,
  headers,
  names,
  panel,
  recordFrames,
  renderImagesPage,
  row,
  rowAction,
  rowMenu,
  table,
  windowAt,
} from '../../test/images-page.tsx';
import { countRequests, deferred } from '../../test/requests.ts';
import { imagesPath } from '../paths.ts';
import { queryDefaults } from '../../api/query-defaults.ts';

afterEach(() => setAccount('100000000001'));

/**
 * Open and cancel an allowed dialog, so that the dialogs' lazy chunk is loaded: a refused action
 * that wrongly opened a dialog would then show it at once, before the test looks.
 */
async function preloadDialogs(user: ReturnType<typeof renderImagesPage>['user']) {
  await user.click(await rowAction(user, await row('redis-cache-debian12'), 'Edit'));
  const dialog = await screen.findByRole('dialog', { name: 'Edit image' });
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
}

function location(router: ReturnType<typeof renderImagesPage>['router']) {
  return new URLSearchParams(router.state.location.search);
}

describe('the four tabs', () => {
  it('names the four sources as tabs, public selected by default', async () => {
    renderImagesPage('region=ap-guangzhou');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Public images',
      'Custom images',
      'Shared images',
      'Marketplace images',
    ]);
    expect(screen.getByRole('tab', { name: 'Public images' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Public images');
  });

  it('public images in Guangzhou: name, OS, architecture, size and a free fee, Windows included', async () => {
    renderImagesPage('region=ap-guangzhou');
    const grid = await table();
    expect(grid).toHaveAccessibleName('Public images in Guangzhou');
    expect(headers(grid)).toEqual(['Name and ID', 'Operating system', 'Architecture', 'Size', 'Fee', 'Actions']);
    expect(screen.getByText('Page 1 of 2 · 35 images')).toBeInTheDocument();
    const centos = await row('CentOS 7.9 64-bit');
    // The API's OS name is "CentOS 7.9 64位": English reads its Chinese words in English.
    expect(cellOf(centos, grid, 'Operating system')).toHaveTextContent(/^CentOS 7\.9 64-bit$/);
    expect(cellOf(centos, grid, 'Architecture')).toHaveTextContent('64-bit x86');
    expect(cellOf(centos, grid, 'Size')).toHaveTextContent('20 GB');
    expect(cellOf(centos, grid, 'Fee')).toHaveTextContent('Free');
    expect(within(centos).getByText(/^img-[a-z0-9]{8}$/)).toBeInTheDocument();
    expect(cellOf(await row('CentOS 7.9 32-bit'), grid, 'Architecture')).toHaveTextContent('32-bit x86');
  });

  it('in Chinese, OS names as the API gives them', async () => {
    renderImagesPage('region=ap-guangzhou', undefined, 'zh-CN');
    const grid = await table();
    expect(cellOf(await row('CentOS 7.9 64-bit'), grid, '操作系统')).toHaveTextContent(/^CentOS 7\.9 64位$/);
    expect(cellOf(await row('CentOS 7.9 32-bit'), grid, '操作系统')).toHaveTextContent(/^CentOS 7\.9 32位$/);
  });

  it('public Windows images are free in the mainland', async () => {
    renderImagesPage('region=ap-guangzhou&os=Windows');
    const grid = await table();
    expect(names(grid)).toHaveLength(6);
    const win = await row('Windows Server 2022 Datacenter 64-bit English');
    expect(cellOf(win, grid, 'Fee')).toHaveTextContent(/^Free$/);
    expect(cellOf(win, grid, 'Size')).toHaveTextContent('50 GB');
  });

  it('public Windows images carry a licence fee outside the mainland, Linux stays free', async () => {
    const { user } = renderImagesPage('region=ap-singapore');
    const grid = await table();
    expect(grid).toHaveAccessibleName('Public images in Singapore');
    expect(screen.getByText('Page 1 of 2 · 35 images')).toBeInTheDocument();
    expect(cellOf(await row('Ubuntu Server 22.04 LTS 64-bit'), grid, 'Fee')).toHaveTextContent(/^Free$/);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    const win = await row('Windows Server 2019 Datacenter 64-bit Chinese');
    // Billed in US dollars outside the mainland: ¥0.06 at CNY_PER_USD.
    expect(cellOf(win, grid, 'Fee')).toHaveTextContent('$0.0083/vCPU/hour');
  });

  it('marketplace images in Guangzhou: vendor, software, price and review, the whole catalogue', async () => {
    const { user } = renderImagesPage('region=ap-guangzhou');
    await user.click(screen.getByRole('tab', { name: 'Marketplace images' }));
    const grid = await table();
    expect(grid).toHaveAccessibleName('Marketplace images in Guangzhou');
    expect(headers(grid)).toEqual([
      'Name and ID',
      'Vendor',
      'Pre-installed software',
      'Operating system',
      'Architecture',
      'Price',
      'Review',
      'Actions',
    ]);
    expect(await screen.findByText('Page 1 of 1 · 19 images')).toBeInTheDocument();
    await waitFor(() => expect(names(grid)).toHaveLength(19));
    expect(screen.getByRole('note')).toHaveTextContent('Marketplace images come from audited vendors');
    const lamp = await row('LAMP stack (Apache, MySQL, PHP) on CentOS 7.9');
    expect(cellOf(lamp, grid, 'Price')).toHaveTextContent('¥0.20/hour');
    expect(cellOf(lamp, grid, 'Review')).toHaveTextContent('Audited');
    const java = await row('Java 17 + Tomcat 10 on CentOS 7.9');
    expect(cellOf(java, grid, 'Price')).toHaveTextContent('¥39.00/month');
    const ftp = await row('FTP server (vsftpd) on CentOS 7.9');
    expect(cellOf(ftp, grid, 'Review')).toHaveTextContent('Audited');
    const wordpress = await row('WordPress 6.5 (LNMP) on CentOS 7.9');
    expect(cellOf(wordpress, grid, 'Price')).toHaveTextContent(/^Free$/);
    expect(within(cellOf(wordpress, grid, 'Pre-installed software')).getAllByRole('listitem').length).toBeGreaterThan(
      0,
    );
  });

  it('marketplace images outside the mainland: only the global listings', async () => {
    renderImagesPage('region=ap-singapore&tab=marketplace');
    const grid = await table();
    expect(grid).toHaveAccessibleName('Marketplace images in Singapore');
    expect(await screen.findByText('Page 1 of 1 · 6 images')).toBeInTheDocument();
    expect(names(grid)).toHaveLength(6);
    expect(names(grid)).toContain('Docker CE 26 on Ubuntu 22.04');
    expect(names(grid)).not.toContain('Discuz! X3.5 forum on CentOS 7.9');
  });

  it('custom images in Guangzhou: state, source, sharing and creation time', async () => {
    renderImagesPage('region=ap-guangzhou&tab=custom');
    const grid = await table();
    expect(grid).toHaveAccessibleName('Custom images in Guangzhou');
    expect(headers(grid)).toEqual([
      'Name and ID',
      'State',
      'Operating system',
      'Architecture',
      'Size',
      'Source',
      'Shared with',
      'Created',
      'Actions',
    ]);
    // Newest first: a new image lands on page 1.
    expect(within(grid).getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'descending');
    expect(names(grid)).toEqual([
      'gitlab-runner-rocky9',
      'k8s-node-opencloudos9',
      'redis-cache-debian12',
      'legacy-erp-import',
      'build-agent-tencentos-arm',
      'sql-server-2019-win',
      'app-base-ubuntu2204',
      'web-server-centos79',
    ]);
    const web = await row('web-server-centos79');
    expect(cellOf(web, grid, 'State')).toHaveTextContent('Normal');
    expect(cellOf(web, grid, 'Source')).toHaveTextContent('Created from instance');
    expect(cellOf(web, grid, 'Shared with')).toHaveTextContent('1 account');
    expect(cellOf(web, grid, 'Created')).toHaveTextContent('2025');
    expect(cellOf(await row('app-base-ubuntu2204'), grid, 'Shared with')).toHaveTextContent('2 accounts');
    expect(cellOf(await row('redis-cache-debian12'), grid, 'Shared with')).toHaveTextContent('Not shared');
    expect(cellOf(await row('build-agent-tencentos-arm'), grid, 'Architecture')).toHaveTextContent('ARM');
    const failed = await row('legacy-erp-import');
    expect(cellOf(failed, grid, 'State')).toHaveTextContent('Import failed');
    expect(cellOf(failed, grid, 'State')).toHaveTextContent('VirtioNotInstall: the virtio driver is not installed');
    expect(cellOf(failed, grid, 'Source')).toHaveTextContent('Imported');
  });

  it('custom images outside the mainland: that region’s own images, copies named by origin', async () => {
    renderImagesPage('region=ap-singapore&tab=custom');
    const grid = await table();
    expect(grid).toHaveAccessibleName('Custom images in Singapore');
    expect(names(grid)).toEqual(['imported-debian11-base', 'overseas-web-ubuntu2204']);
    expect(cellOf(await row('imported-debian11-base'), grid, 'Source')).toHaveTextContent('Imported');
  });

  it('custom images copied from another region say where from', async () => {
    renderImagesPage('region=ap-shanghai&tab=custom');
    const grid = await table();
    expect(cellOf(await row('web-server-centos79'), grid, 'Source')).toHaveTextContent(/^Copied from Guangzhou$/);
  });

  it('shared images in Guangzhou: the owner’s account, and a warning that they are not reviewed', async () => {
    renderImagesPage('region=ap-guangzhou&tab=shared');
    const grid = await table();
    expect(grid).toHaveAccessibleName('Shared images in Guangzhou');
    expect(headers(grid)).toEqual([
      'Name and ID',
      'Owner account',
      'Operating system',
      'Architecture',
      'Size',
      'Image family',
      'Tags',
      'Actions',
    ]);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Shared images are not reviewed by the platform. Launch them only if they come from accounts you trust.',
    );
    expect(names(grid).sort()).toEqual(['partner-api-centos79', 'partner-nodejs-ubuntu2204', 'reseller-lamp-centos79']);
    expect(cellOf(await row('partner-api-centos79'), grid, 'Owner account')).toHaveTextContent('100000000002');
    expect(cellOf(await row('reseller-lamp-centos79'), grid, 'Owner account')).toHaveTextContent('100000000003');
  });

  it('shared images outside the mainland: only those shared in that region', async () => {
    renderImagesPage('region=ap-singapore&tab=shared');
    const grid = await table();
    expect(names(grid)).toEqual(['sg-shop-almalinux9']);
    expect(cellOf(await row('sg-shop-almalinux9'), grid, 'Owner account')).toHaveTextContent('100000000003');
    expect(screen.getByRole('note')).toHaveTextContent('not reviewed by the platform');
  });

  it('switching tabs writes the tab to the URL', async () => {
    const { user, router } = renderImagesPage('region=ap-guangzhou');
    await table();
    await user.click(screen.getByRole('tab', { name: 'Shared images' }));
    expect(location(router).get('tab')).toBe('shared');
    expect(location(router).get('region')).toBe('ap-guangzhou');
    expect(screen.getByRole('tab', { name: 'Shared images' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('link', { name: 'partner-api-centos79' })).toBeInTheDocument();
  });
});

/**
 * Hold back the DescribeImages answers that `match` picks until the returned function is called;
 * every other call, and the held ones once released, go to the real resolvers.
 */
function holdDescribeImages(
  match: (region: string | null, body: { Filters?: { Name: string; Values: string[] }[] }) => boolean,
) {
  const { promise: released, resolve: release } = deferred();
  server.use(
    http.post(CVM_API_PATH, async ({ request }) => {
      if (request.headers.get('X-TC-Action') !== 'DescribeImages') return undefined;
      const body = (await request.clone().json()) as Parameters<typeof match>[1];
      if (match(request.headers.get('X-TC-Region'), body)) await released;
      return undefined;
    }),
  );
  return release;
}

const filterValue = (body: Parameters<Parameters<typeof holdDescribeImages>[0]>[1], name: string) =>
  body.Filters?.find((f) => f.Name === name)?.Values[0];

describe('a new set of rows', () => {
  const recordRows = () => recordFrames(names);

  // jsdom's window is 768 px tall: a first screen shows (768 - 380) / 64 rows, rounded up, plus one.
  it('renders the rows a first screen shows, then the rest once that frame is painted: on the first load and on the next page', async () => {
    const { shown, stop } = recordRows();
    const { user } = renderImagesPage('region=ap-guangzhou&tab=public');
    await waitFor(() => expect(names()).toHaveLength(20));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(names()).toHaveLength(15));
    stop();
    // Nothing, then the first page's first 8 rows and all 20, then the second page's first 8 and all 15.
    expect(shown.map((rows) => rows.length)).toEqual([0, 8, 20, 8, 15]);
    expect(shown[3]![0]).not.toBe(shown[2]![0]);
  });

  it('renders every row at once when the rows it would leave for later were there before: a new image at the top keeps the rows', async () => {
    windowAt('innerHeight', 500); // a first screen of three rows
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom');
    await waitFor(() => expect(names()).toHaveLength(8));
    const last = screen.getByRole('link', { name: names()[7] });
    const { shown, stop } = recordRows();
    await ok('CreateImage', { InstanceId: (await instanceNamed('web-01')).InstanceId, ImageName: 'new-on-top' });
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(names()[0]).toBe('new-on-top'));
    stop();
    // The eight rows, then nine in one batch, the eight among them: the same elements, never taken away.
    expect(shown.map((rows) => rows.length)).toEqual([8, 9]);
    expect(last).toBeInTheDocument();
  });

  it('counts the first screen from where the page is scrolled: scrolled down to the pager, the next page comes whole', async () => {
    windowAt('scrollY', 1500);
    const { user } = renderImagesPage('region=ap-guangzhou&tab=public');
    await waitFor(() => expect(names()).toHaveLength(20));
    const { shown, stop } = recordRows();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(names()).toHaveLength(15));
    stop();
    expect(shown.map((rows) => rows.length)).toEqual([20, 15]);
  });
});

describe('the next page', () => {
  it('is read once the page is idle: "Next page" shows its rows at once, without asking the API again', async () => {
    // jsdom has no idle callbacks: here they run on the next task.
    vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    // Page 2's list, once read ahead, is refused from then on: asked again, the page would show the error.
    const offsets: number[] = [];
    server.use(
      http.post(CVM_API_PATH, async ({ request }) => {
        if (request.headers.get('X-TC-Action') !== 'DescribeImages') return undefined;
        const { Offset = 0, Limit } = (await request.clone().json()) as { Offset?: number; Limit?: number };
        if (Limit === 1) return undefined; // the tabs' counts
        offsets.push(Offset);
        if (Offset === 20 && offsets.filter((o) => o === 20).length > 1)
          return HttpResponse.json({
            Response: { Error: { Code: 'InternalError', Message: 'asked twice' }, RequestId: 'r' },
          });
        return undefined;
      }),
    );
    try {
      const { user, queryClient } = renderImagesPage('region=ap-singapore');
      // The console's own defaults: what was read stays fresh for its stale time.
      queryClient.setDefaultOptions(queryDefaults);
      await screen.findByText('Page 1 of 2 · 35 images');
      await waitFor(() => expect(offsets).toEqual([0, 20]));
      await user.click(screen.getByRole('button', { name: 'Next page' }));
      expect(await row('Windows Server 2019 Datacenter 64-bit Chinese')).toBeInTheDocument();
      expect(screen.getByText('Page 2 of 2 · 35 images')).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      // The last page reads nothing ahead.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(offsets).toEqual([0, 20]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('while another list loads', () => {
  it('another region shows no rows of the previous region until its own arrive', async () => {
    const release = holdDescribeImages((region) => region === 'ap-shanghai');
    const { router } = renderImagesPage('region=ap-guangzhou&tab=custom');
    await row('redis-cache-debian12');
    await router.navigate(imagesPath({ region: 'ap-shanghai', tab: 'custom' }));
    const grid = await screen.findByRole('table', { name: 'Custom images in Shanghai' });
    expect(panel()).toHaveAttribute('aria-busy', 'true');
    expect(names(grid)).toEqual([]);
    expect(screen.queryByText('redis-cache-debian12')).not.toBeInTheDocument();
    release();
    await waitFor(() => expect(panel()).toHaveAttribute('aria-busy', 'false'));
    expect(names(grid)).toEqual(['vmware-migrated-win2016', 'payment-gateway-ubuntu2004', 'web-server-centos79']);
  });

  it('another tab shows no rows of the previous tab until its own arrive', async () => {
    const release = holdDescribeImages((_region, body) => filterValue(body, 'image-type') === 'SHARED_IMAGE');
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom');
    await row('redis-cache-debian12');
    await user.click(screen.getByRole('tab', { name: 'Shared images' }));
    const grid = await screen.findByRole('table', { name: 'Shared images in Guangzhou' });
    expect(panel()).toHaveAttribute('aria-busy', 'true');
    expect(names(grid)).toEqual([]);
    expect(screen.queryByText('redis-cache-debian12')).not.toBeInTheDocument();
    release();
    await waitFor(() => expect(panel()).toHaveAttribute('aria-busy', 'false'));
    expect(names(grid).sort()).toEqual(['partner-api-centos79', 'partner-nodejs-ubuntu2204', 'reseller-lamp-centos79']);
  });

  it('a search in the same region and tab keeps the rows on screen until the results arrive', async () => {
    const release = holdDescribeImages((_region, body) => filterValue(body, 'keyword') !== undefined);
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom');
    const grid = await table();
    expect(names(grid)).toHaveLength(8);
    await user.type(screen.getByRole('searchbox', { name: 'Search images' }), 'redis{Enter}');
    await waitFor(() => expect(panel()).toHaveAttribute('aria-busy', 'true'));
    expect(names(grid)).toHaveLength(8);
    release();
    await waitFor(() => expect(names(grid)).toEqual(['redis-cache-debian12']));
  });
});

describe('finding an image', () => {
  it('the search box filters by name after a pause and puts q= in the URL', async () => {
    const { user, router } = renderImagesPage('region=ap-guangzhou');
    await table();
    await user.type(screen.getByRole('searchbox', { name: 'Search images' }), 'ubuntu');
    expect(await screen.findByText('Page 1 of 1 · 7 images')).toBeInTheDocument();
    const grid = await table();
    expect(names(grid)).toHaveLength(7);
    for (const name of names(grid)) expect(name).toMatch(/Ubuntu/);
    expect(location(router).get('q')).toBe('ubuntu');
  });

  it('back after a search returns to the unsearched list, and the search box follows', async () => {
    const { user, router } = renderImagesPage('region=ap-guangzhou');
    await table();
    const box = screen.getByRole('searchbox', { name: 'Search images' });
    await user.type(box, 'debian');
    expect(await screen.findByText('Page 1 of 1 · 4 images')).toBeInTheDocument();
    await router.navigate(-1);
    expect(await screen.findByText('Page 1 of 2 · 35 images')).toBeInTheDocument();
    expect(location(router).has('q')).toBe(false);
    expect(box).toHaveValue('');
    await router.navigate(1);
    expect(await screen.findByText('Page 1 of 1 · 4 images')).toBeInTheDocument();
    expect(box).toHaveValue('debian');
  });

  it('a search longer than the API takes is refused in the box’s words, before any request', async () => {
    const { user, router } = renderImagesPage('region=ap-guangzhou');
    const grid = await table();
    const box = screen.getByRole('searchbox', { name: 'Search images' });
    await user.type(box, 'ubuntu');
    expect(await screen.findByText('Page 1 of 1 · 7 images')).toBeInTheDocument();
    const requests = countRequests();
    await user.click(box);
    await user.paste('x'.repeat(300));
    expect(box).toHaveAccessibleDescription('Search for at most 256 characters (this search has 306).');
    expect(box).toBeInvalid();
    // The last search still shows, nothing was asked, and there is no error page.
    expect(names(grid)).toHaveLength(7);
    expect(location(router).get('q')).toBe('ubuntu');
    expect(requests.of('DescribeImages')).toBe(0);
    requests.stop();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a link holding a search too long shows the list unsearched and says why', async () => {
    renderImagesPage(`region=ap-guangzhou&q=${'x'.repeat(300)}`);
    expect(await screen.findByText('Page 1 of 2 · 35 images')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search images' })).toHaveAccessibleDescription(
      'Search for at most 256 characters (this search has 300).',
    );
  });

  it('the search box finds an image by its ID', async () => {
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom');
    const grid = await table();
    const redis = await row('redis-cache-debian12');
    const id = within(redis).getByText(/^img-/).textContent!;
    await user.type(screen.getByRole('searchbox', { name: 'Search images' }), `${id}{Enter}`);
    await waitFor(() => expect(names(grid)).toEqual(['redis-cache-debian12']));
  });

  it('a search that matches nothing says so, and the filters can be cleared', async () => {
    const { user, router } = renderImagesPage('region=ap-guangzhou');
    await table();
    await user.type(screen.getByRole('searchbox', { name: 'Search images' }), 'no-such-image');
    expect(await screen.findByText('No public images in Guangzhou match your search or filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(await screen.findByText('Page 1 of 2 · 35 images')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search images' })).toHaveValue('');
    expect(location(router).has('q')).toBe(false);
  });

  it('the operating system filter shows only that OS and goes into the URL', async () => {
    const { user, router } = renderImagesPage('region=ap-guangzhou');
    const grid = await table();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Operating system' }), 'Windows');
    expect(await screen.findByText('Page 1 of 1 · 6 images')).toBeInTheDocument();
    for (const name of names(grid)) expect(name).toMatch(/^Windows Server/);
    expect(location(router).get('os')).toBe('Windows');
  });

  it('the architecture filter shows only that architecture and goes into the URL', async () => {
    const { user, router } = renderImagesPage('region=ap-guangzhou');
    const grid = await table();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Architecture' }), 'ARM');
    expect(await screen.findByText('Page 1 of 1 · 7 images')).toBeInTheDocument();
    for (const name of names(grid)) expect(name).toMatch(/\(ARM\)$/);
    expect(location(router).get('arch')).toBe('arm');
  });

  it('filters and search combine, and are read back from a shared URL', async () => {
    renderImagesPage('region=ap-guangzhou&q=ubuntu&arch=arm');
    const grid = await table();
    expect(screen.getByRole('searchbox', { name: 'Search images' })).toHaveValue('ubuntu');
    expect(screen.getByRole('combobox', { name: 'Architecture' })).toHaveValue('arm');
    expect(names(grid).sort()).toEqual([
      'Ubuntu Server 22.04 LTS 64-bit (ARM)',
      'Ubuntu Server 24.04 LTS 64-bit (ARM)',
    ]);
  });

  it('sorting by a column sets aria-sort and orders the rows, ascending then descending', async () => {
    const { user, router } = renderImagesPage('region=ap-guangzhou');
    const grid = await table();
    const sizeHeader = within(grid).getByRole('columnheader', { name: /Size/ });
    expect(sizeHeader).not.toHaveAttribute('aria-sort');
    expect(names(grid)[0]).toBe('TencentOS Server 2.4 64-bit');

    await user.click(within(sizeHeader).getByRole('button', { name: /Size/ }));
    await waitFor(() => expect(sizeHeader).toHaveAttribute('aria-sort', 'ascending'));
    expect(location(router).get('sort')).toBe('ImageSize');
    await waitFor(() => expect(cellOf(within(grid).getAllByRole('row')[1]!, grid, 'Size')).toHaveTextContent('20 GB'));

    await user.click(within(sizeHeader).getByRole('button', { name: /Size/ }));
    await waitFor(() => expect(sizeHeader).toHaveAttribute('aria-sort', 'descending'));
    expect(location(router).get('order')).toBe('desc');
    await waitFor(() => expect(names(grid)[0]).toMatch(/^Windows Server/));
    expect(cellOf(within(grid).getAllByRole('row')[1]!, grid, 'Size')).toHaveTextContent('50 GB');
  });

  it('sorting by name orders the rows alphabetically', async () => {
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom');
    const grid = await table();
    const nameHeader = within(grid).getByRole('columnheader', { name: /Name and ID/ });
    await user.click(within(nameHeader).getByRole('button'));
    await waitFor(() => expect(nameHeader).toHaveAttribute('aria-sort', 'ascending'));
    await waitFor(() =>
      expect(names(grid)).toEqual([
        'app-base-ubuntu2204',
        'build-agent-tencentos-arm',
        'gitlab-runner-rocky9',
        'k8s-node-opencloudos9',
        'legacy-erp-import',
        'redis-cache-debian12',
        'sql-server-2019-win',
        'web-server-centos79',
      ]),
    );
  });
});

describe('paging', () => {
  it('next and previous page move through the images and write the page to the URL', async () => {
    const { user, router } = renderImagesPage('region=ap-guangzhou');
    const grid = await table();
    await waitFor(() => expect(names(grid)).toHaveLength(20));
    const firstPage = names(grid);
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Page 2 of 2 · 35 images')).toBeInTheDocument();
    await waitFor(() => expect(names(grid)).toHaveLength(15));
    expect(names(grid)).not.toContain(firstPage[0]);
    expect(location(router).get('page')).toBe('2');
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByText('Page 1 of 2 · 35 images')).toBeInTheDocument();
    await waitFor(() => expect(names(grid)).toEqual(firstPage));
    expect(location(router).has('page')).toBe(false);
  });

  it('rows per page changes the page size and goes back to page 1', async () => {
    const { user, router } = renderImagesPage('region=ap-guangzhou&page=2');
    const grid = await table();
    expect(screen.getByText('Page 2 of 2 · 35 images')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '10');
    expect(await screen.findByText('Page 1 of 4 · 35 images')).toBeInTheDocument();
    await waitFor(() => expect(names(grid)).toHaveLength(10));
    expect(location(router).get('size')).toBe('10');
    expect(location(router).has('page')).toBe(false);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50');
    await waitFor(() => expect(names(grid)).toHaveLength(35));
    expect(screen.getByText('Page 1 of 1 · 35 images')).toBeInTheDocument();
  });
});

describe('an address that names what is not there', () => {
  it('a page past the end is corrected in the URL, and the page says so until the next navigation', async () => {
    const { user, router } = renderImagesPage('region=ap-guangzhou&page=9');
    expect(await screen.findByText('Page 2 of 2 · 35 images')).toBeInTheDocument();
    await waitFor(() => expect(location(router).get('page')).toBe('2'));
    expect(await screen.findByRole('note')).toHaveTextContent(
      'There is no page 9: this list has 2 pages, so its last page is shown.',
    );
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByText('Page 1 of 2 · 35 images')).toBeInTheDocument();
    expect(screen.queryByText(/There is no page 9/)).not.toBeInTheDocument();
  });

  it('an unknown region is replaced in the URL by the one shown, with a notice', async () => {
    const { router } = renderImagesPage('region=xx-bogus&tab=custom');
    expect(await screen.findByRole('table', { name: 'Custom images in Guangzhou' })).toBeInTheDocument();
    await waitFor(() => expect(location(router).get('region')).toBe('ap-guangzhou'));
    expect(location(router).get('tab')).toBe('custom');
    expect(screen.getByText('There is no region “xx-bogus”: showing South China (Guangzhou).')).toBeInTheDocument();
  });
});

describe('empty and error states', () => {
  it('custom tab with no images says how to get one', async () => {
    setAccount('100000000003');
    renderImagesPage('region=ap-shanghai&tab=custom');
    expect(
      await screen.findByText(
        'You have no custom images in Shanghai. Create one from an instance or import an image file to launch identical servers.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Custom image quota' })).toHaveAttribute(
      'aria-valuetext',
      '0 of 10 used in Shanghai',
    );
  });

  it('shared tab with nothing shared says how shares arrive', async () => {
    renderImagesPage('region=ap-tokyo&tab=shared');
    expect(
      await screen.findByText(
        'No images are shared with this account in Tokyo. Ask the owner to share one with your account ID; shares work within one region.',
      ),
    ).toBeInTheDocument();
  });

  it('marketplace tab with no match suggests clearing the search', async () => {
    const { user } = renderImagesPage('region=ap-singapore&tab=marketplace');
    await table();
    await user.type(screen.getByRole('searchbox', { name: 'Search images' }), 'discuz');
    expect(
      await screen.findByText('No marketplace images in Singapore match your search or filters.'),
    ).toBeInTheDocument();
  });

  it('an error envelope shows the API message and code, and Try again loads the list', async () => {
    failNextCall({ Code: 'InternalError', Message: 'The image service is briefly unavailable.' }, 'req-0001');
    const { user } = renderImagesPage('region=ap-guangzhou');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong. The image service is briefly unavailable.');
    expect(alert).toHaveTextContent('Code InternalError · Request req-0001');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Page 1 of 2 · 35 images')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('an HTTP 500 shows a readable message, and Try again loads the list', async () => {
    let failed = false;
    server.use(
      http.post(CVM_API_PATH, ({ request }) => {
        if (failed || request.headers.get('X-TC-Action') !== 'DescribeImages') return undefined;
        failed = true;
        return new HttpResponse('upstream down', { status: 500 });
      }),
    );
    const { user } = renderImagesPage('region=ap-shanghai&tab=marketplace');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API answered HTTP 500');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await row('Docker CE 26 on Ubuntu 22.04')).toBeInTheDocument();
  });
});

describe('quota', () => {
  it('the custom tab shows the quota meter in words', async () => {
    renderImagesPage('region=ap-guangzhou&tab=custom');
    const meter = await screen.findByRole('meter', { name: 'Custom image quota' });
    expect(meter).toHaveAttribute('aria-valuetext', '8 of 10 used in Guangzhou');
    expect(meter).toHaveAttribute('aria-valuenow', '8');
    expect(meter).toHaveAttribute('aria-valuemax', '10');
    expect(screen.getByText('8 of 10 used in Guangzhou')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create custom image' })).not.toHaveAttribute('aria-disabled');
  });

  it('a full quota refuses Create custom image and Import image with the reason', async () => {
    const web01 = (await instanceNamed('web-01')).InstanceId;
    await ok('CreateImage', { InstanceId: web01, ImageName: 'fill-1' });
    await ok('CreateImage', { InstanceId: web01, ImageName: 'fill-2' });
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom');
    expect(await screen.findByText('10 of 10 used in Guangzhou')).toBeInTheDocument();
    const create = screen.getByRole('button', { name: 'Create custom image' });
    expect(create).toHaveAttribute('aria-disabled', 'true');
    expect(create).toHaveAccessibleDescription('10 of 10 custom images used in Guangzhou; delete one to make room.');
    const importButton = screen.getByRole('button', { name: 'Import image' });
    expect(importButton).toHaveAttribute('aria-disabled', 'true');
    expect(importButton).toHaveAccessibleDescription(
      '10 of 10 custom images used in Guangzhou; delete one to make room.',
    );
    await preloadDialogs(user);
    await user.click(create);
    await user.click(importButton);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('the quota belongs to the region shown', async () => {
    renderImagesPage('region=ap-singapore&tab=custom');
    expect(await screen.findByRole('meter', { name: 'Custom image quota' })).toHaveAttribute(
      'aria-valuetext',
      '2 of 10 used in Singapore',
    );
  });
});

/** What the rules say to the recipient of a shared image, per action. */
const SHARED_REFUSALS: Record<string, string> = {
  Share: 'This image is shared with you by another account; only its owner can share it.',
  Copy: 'Images shared with you cannot be copied; ask the owner to copy and share it in the region you need.',
  Export: 'Images shared with you cannot be exported; only their owner can export them.',
  Edit: 'Images shared with you by another account cannot be renamed or edited.',
  'Edit tags': 'This image is shared with you by another account, so it cannot be edited; only its owner can.',
  Delete: 'This image is shared with you by another account, so it cannot be deleted; only its owner can.',
};

describe('row actions', () => {
  /** The row's actions cell (its last): the name cell has its own "Copy ID" button. */
  const actionsOf = (tr: HTMLElement) => within(tr).getAllByRole('cell').at(-1)!;
  /** The items of a menu, in order, found by their names (a reason under an item is its description, not its name). */
  const itemsNamed = (menu: HTMLElement, names: string[]) => {
    const items = names.map((name) => within(menu).getByRole('menuitem', { name }));
    expect(within(menu).getAllByRole('menuitem')).toEqual(items);
    return items;
  };
  const launchHref = (region: string, id: string) => `/instances/create?region=${region}&imageId=${id}&step=image`;

  it('a public row offers only Launch instance, linking to the wizard with the image chosen', async () => {
    const { user, router } = renderImagesPage('region=ap-guangzhou');
    const tr = await row('CentOS 7.9 64-bit');
    const id = within(tr).getByText(/^img-/).textContent!;
    const launch = within(tr).getByRole('link', { name: 'Launch instance' });
    expect(launch).toHaveAttribute('href', launchHref('ap-guangzhou', id));
    expect(within(actionsOf(tr)).queryAllByRole('button')).toHaveLength(0);
    await user.click(launch);
    expect(router.state.location.pathname).toBe('/instances/create');
    expect(Object.fromEntries(location(router))).toEqual({ region: 'ap-guangzhou', imageId: id, step: 'image' });
  });

  it('a marketplace row offers only Launch instance', async () => {
    renderImagesPage('region=ap-singapore&tab=marketplace');
    const tr = await row('Docker CE 26 on Ubuntu 22.04');
    const id = within(tr).getByText(/^img-/).textContent!;
    expect(within(tr).getByRole('link', { name: 'Launch instance' })).toHaveAttribute(
      'href',
      launchHref('ap-singapore', id),
    );
    expect(within(actionsOf(tr)).queryAllByRole('button')).toHaveLength(0);
  });

  it('a shared row can only be launched: any other action it shows is refused with the reason', async () => {
    const { user } = renderImagesPage('region=ap-guangzhou&tab=shared');
    const tr = await row('partner-api-centos79');
    const id = within(tr).getByText(/^img-/).textContent!;
    expect(within(tr).getByRole('link', { name: 'Launch instance' })).toHaveAttribute(
      'href',
      launchHref('ap-guangzhou', id),
    );
    const items = itemsNamed(await rowMenu(user, tr), Object.keys(SHARED_REFUSALS));
    for (const [i, reason] of Object.values(SHARED_REFUSALS).entries()) {
      expect(items[i]).toHaveAttribute('aria-disabled', 'true');
      expect(items[i]).toHaveAccessibleDescription(reason);
      await user.click(items[i]!);
    }
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(tr).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('an own custom image offers Launch instance, and Share, Copy, Export, Edit and Delete under More actions', async () => {
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom');
    const tr = await row('redis-cache-debian12');
    const id = within(tr).getByText(/^img-/).textContent!;
    expect(within(tr).getByRole('link', { name: 'Launch instance' })).toHaveAttribute(
      'href',
      launchHref('ap-guangzhou', id),
    );
    const [more, ...others] = within(actionsOf(tr)).getAllByRole('button');
    expect(more).toHaveAccessibleName('More actions');
    expect(more).toHaveTextContent('More');
    expect(others).toEqual([]);
    const items = itemsNamed(await rowMenu(user, tr), ['Share', 'Copy', 'Export', 'Edit', 'Edit tags', 'Delete']);
    for (const item of items) expect(item).not.toHaveAttribute('aria-disabled');
  });

  it('Delete of a shared image is refused, naming how many shares to cancel', async () => {
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom');
    const app = await row('app-base-ubuntu2204');
    const del = await rowAction(user, app, 'Delete');
    expect(del).toHaveAttribute('aria-disabled', 'true');
    expect(del).toHaveAccessibleDescription('Cancel sharing with 2 accounts before deleting.');
    expect(await rowAction(user, app, 'Cancel sharing')).not.toHaveAttribute('aria-disabled');
    const web = await row('web-server-centos79');
    expect(await rowAction(user, web, 'Delete')).toHaveAccessibleDescription(
      'Cancel sharing with 1 account before deleting.',
    );
  });

  it('the source of a copy in flight says where it is being copied, with progress, and refuses changes until done', async () => {
    const redis = (await listImages({}, 'PRIVATE_IMAGE')).find((i) => i.ImageName === 'redis-cache-debian12')!;
    await ok('SyncImages', { ImageIds: [redis.ImageId], DestinationRegions: ['ap-shanghai', 'ap-beijing'] });
    testClock.advance(testBackend.durations.sync * 0.4);
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom');
    const tr = await row('redis-cache-debian12');
    expect(within(tr).getByText('Being copied to 2 regions')).toBeInTheDocument();
    expect(
      within(tr).getByRole('progressbar', { name: 'Copying redis-cache-debian12 to Shanghai, Beijing' }),
    ).toHaveValue(40);
    for (const [label, done] of [
      ['Share', 'shared'],
      ['Copy', 'copied'],
      ['Edit', 'edited'],
      ['Delete', 'deleted'],
    ]) {
      const item = await rowAction(user, tr, label!);
      expect(item).toHaveAttribute('aria-disabled', 'true');
      expect(item).toHaveAccessibleDescription(
        `The image is being copied to 2 other regions; it can be ${done} once the copies are done.`,
      );
    }
    expect(within(tr).getByRole('link', { name: 'Launch instance' })).toBeInTheDocument();
    // The list looks again while the copies run: once they are done, the row is free.
    testClock.advance(testBackend.durations.sync);
    await waitFor(() => expect(within(tr).queryByText('Being copied to 2 regions')).not.toBeInTheDocument(), {
      timeout: 5000,
    });
    for (const item of within(await rowMenu(user, tr)).getAllByRole('menuitem'))
      expect(item).not.toHaveAttribute('aria-disabled');
  });

  it('a refused Delete opens nothing when clicked', async () => {
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom');
    await preloadDialogs(user);
    const app = await row('app-base-ubuntu2204');
    await user.click(await rowAction(user, app, 'Delete'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('an image whose import failed refuses Launch, Share and Copy with reasons, but allows Edit and Delete', async () => {
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom');
    const tr = await row('legacy-erp-import');
    expect(within(tr).queryByRole('link', { name: 'Launch instance' })).not.toBeInTheDocument();
    const launch = within(tr).getByRole('button', { name: 'Launch instance' });
    expect(launch).toHaveAttribute('aria-disabled', 'true');
    expect(launch).toHaveAccessibleDescription(
      'Importing the image failed, so it cannot be launched; delete it and import the file again.',
    );
    const share = await rowAction(user, tr, 'Share');
    expect(share).toHaveAttribute('aria-disabled', 'true');
    expect(share).toHaveAccessibleDescription(
      'Importing the image failed, so it cannot be shared; delete it and import the file again.',
    );
    const copy = await rowAction(user, tr, 'Copy');
    expect(copy).toHaveAttribute('aria-disabled', 'true');
    expect(copy).toHaveAccessibleDescription(
      'Importing the image failed, so it cannot be copied; delete it and import the file again.',
    );
    expect(await rowAction(user, tr, 'Edit')).not.toHaveAttribute('aria-disabled');
    expect(await rowAction(user, tr, 'Delete')).not.toHaveAttribute('aria-disabled');
    await preloadDialogs(user);
    await user.click(launch);
    await user.click(await rowAction(user, tr, 'Share'));
    await user.click(await rowAction(user, tr, 'Copy'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('an ARM image where no ARM type is sold refuses Launch with the picker’s reason; an x86 one launches', async () => {
    const { user } = renderImagesPage('region=ap-chengdu&q=TencentOS%20Server%204%2064-bit');
    const arm = await row('TencentOS Server 4 64-bit (ARM)');
    expect(within(arm).queryByRole('link', { name: 'Launch instance' })).not.toBeInTheDocument();
    const launch = within(arm).getByRole('button', { name: 'Launch instance' });
    expect(launch).toHaveAttribute('aria-disabled', 'true');
    expect(launch).toHaveAccessibleDescription(
      'No instance type sold in Chengdu runs ARM images, so this image has no instance type to run on here; choose another image, or copy it to a region that sells such types.',
    );
    await user.click(launch);
    expect(screen.queryByTestId('navigated')).not.toBeInTheDocument();
    expect(
      within(await row('TencentOS Server 4 64-bit')).getByRole('link', { name: 'Launch instance' }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/instances\/create\?region=ap-chengdu&imageId=img-/));
  });

  it('batch actions ask for a selection first, then name how many are selected', async () => {
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom');
    await table();
    const del = screen.getByRole('button', { name: 'Delete selected' });
    expect(del).toHaveAttribute('aria-disabled', 'true');
    expect(del).toHaveAccessibleDescription('Select one or more images first.');
    await user.click(screen.getByRole('checkbox', { name: 'Select redis-cache-debian12' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select gitlab-runner-rocky9' }));
    expect(screen.getByRole('button', { name: 'Delete selected (2)' })).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('button', { name: 'Copy selected (2)' })).not.toHaveAttribute('aria-disabled');
    await user.click(screen.getByRole('checkbox', { name: 'Select legacy-erp-import' }));
    expect(screen.getByRole('button', { name: 'Copy selected (3)' })).toHaveAccessibleDescription(
      'Importing the image failed, so it cannot be copied; delete it and import the file again.',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Select all images on this page' }));
    expect(screen.getByRole('button', { name: 'Delete selected (8)' })).toBeInTheDocument();
  });
});
