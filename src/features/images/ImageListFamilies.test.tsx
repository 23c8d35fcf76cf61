// Issue 16 in the images list: the Family and Tags columns (a tag chip sets the tag filter), the
// custom list grouped by family with each family's latest image marked, and the Favourite toggle
// that the list and the wizard's picker share (picks-store.ts). In English, and in Chinese.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { imageNamed } from '../../test/api-calls.ts';
import {
  cellOf,
  headers,
  names,
  recordFrames,
  renderImagesPage,
  row,
  table,
  windowAt,
} from '../../test/images-page.tsx';
import { renderWizard } from '../../test/wizard.tsx';

/** Show or hide a column with "Columns" (its checkbox named like the column's header). */
async function chooseColumn(user: UserEvent, column: string, chooser = 'Columns') {
  await user.click(screen.getByRole('button', { name: chooser }));
  await user.click(screen.getByRole('checkbox', { name: column }));
  await user.keyboard('{Escape}');
}

/** The groups of a grouped table: each group's heading and its images' names, in order. */
function groupsOf(grid: HTMLElement) {
  return within(grid)
    .getAllByRole('rowgroup')
    .filter((group) => group.tagName === 'TBODY')
    .map((group) => ({
      heading: group.querySelector('th[scope="rowgroup"]')?.textContent,
      images: names(group),
    }));
}

/** Each group of the page's table, as painted: its heading and how many image rows it has. */
function groupRowCounts(): [string | null, number][] {
  return [...document.querySelectorAll('tbody.family-group')].map((group) => [
    group.querySelector('th[scope="rowgroup"]')!.textContent,
    group.querySelectorAll('a.name').length,
  ]);
}

describe('the Family and Tags columns', () => {
  it('are hidden on the custom tab until shown with Columns, then say each image’s family and tags', async () => {
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom');
    const grid = await table();
    expect(headers(grid)).not.toContain('Image family');
    expect(headers(grid)).not.toContain('Tags');

    await chooseColumn(user, 'Image family');
    await chooseColumn(user, 'Tags');
    expect(headers(grid)).toEqual(expect.arrayContaining(['Image family', 'Tags']));
    const web = await row('web-server-centos79');
    expect(cellOf(web, grid, 'Image family')).toHaveTextContent('web-tier');
    const chip = within(cellOf(web, grid, 'Tags')).getByRole('button', { name: 'Filter by tag env: prod' });
    expect(chip).toHaveTextContent('env: prod');
    expect(chip).toHaveAttribute('title', 'env: prod');
    expect(cellOf(await row('redis-cache-debian12'), grid, 'Tags')).toBeEmptyDOMElement();
  });

  it('a tag chip sets the tag filter: the URL, the Tag box and the rows follow', async () => {
    const { user, router } = renderImagesPage('region=ap-guangzhou&tab=custom');
    const grid = await table();
    await chooseColumn(user, 'Tags');
    await user.click(
      within(cellOf(await row('k8s-node-opencloudos9'), grid, 'Tags')).getByRole('button', {
        name: 'Filter by tag team: platform',
      }),
    );
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('tag')).toBe('team:platform'));
    expect(screen.getByRole('searchbox', { name: 'Tag' })).toHaveValue('team:platform');
    await waitFor(() => expect(names(grid)).toEqual(['k8s-node-opencloudos9']));
  });

  it('show on the shared tab by default, the owner’s tags read but not a filter there', async () => {
    renderImagesPage('region=ap-guangzhou&tab=shared');
    const grid = await table();
    expect(headers(grid)).toEqual(expect.arrayContaining(['Image family', 'Tags']));
    const api = await row('partner-api-centos79');
    expect(cellOf(api, grid, 'Image family')).toHaveTextContent('partner-api');
    expect(cellOf(api, grid, 'Tags')).toHaveTextContent('team: partner');
    expect(cellOf(await row('reseller-lamp-centos79'), grid, 'Tags')).toHaveTextContent('env: template');
    expect(within(grid).queryByRole('button', { name: /^Filter by tag/ })).not.toBeInTheDocument();
  });
});

describe('Group by family', () => {
  it('groups the custom list under each family’s heading with its count, the latest marked, No family last', async () => {
    const { user, router } = renderImagesPage('region=ap-guangzhou&tab=custom');
    const grid = await table();
    const toggle = screen.getByRole('checkbox', { name: 'Group by family' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('group')).toBe('family'));
    expect(toggle).toBeChecked();
    await waitFor(() =>
      expect(groupsOf(grid).map((g) => g.heading)).toEqual(['web-tier 1 image', 'No family 7 images']),
    );
    expect(within(grid).getByRole('rowheader', { name: 'web-tier 1 image' })).toBeInTheDocument();
    await waitFor(async () => expect(within(await row('web-server-centos79')).getByText('Latest')).toBeInTheDocument());
    expect(within(await row('redis-cache-debian12')).queryByText('Latest')).not.toBeInTheDocument();

    await user.click(toggle);
    await waitFor(() => expect(within(grid).queryByRole('rowheader', { name: /No family/ })).not.toBeInTheDocument());
    expect(new URLSearchParams(router.state.location.search).has('group')).toBe(false);
  });

  it('counts each group’s images in the first frame too, which renders only the first screen’s rows', async () => {
    // A 500 px tall window shows three rows: the web-tier group's one and two of "No family". Each
    // batch of DOM changes is recorded as it lands: the groups' headings and their rows' count.
    windowAt('innerHeight', 500);
    const { shown, stop } = recordFrames(groupRowCounts);
    renderImagesPage('region=ap-guangzhou&tab=custom&group=family');
    const grid = await table();
    await waitFor(() => expect(groupsOf(grid)[1]?.images).toHaveLength(7));
    stop();
    const frames = shown.filter((groups) => groups.length > 0);
    expect(frames[0]).toEqual([
      ['web-tier 1 image', 1],
      ['No family 7 images', 2],
    ]);
    expect(frames.at(-1)).toEqual([
      ['web-tier 1 image', 1],
      ['No family 7 images', 7],
    ]);
  });

  it('marks the image DescribeImageFromFamily stands for (not the deprecated newest), and sorts within groups', async () => {
    const { user } = renderImagesPage('region=ap-beijing&tab=custom&group=family');
    const grid = await table();
    await waitFor(() =>
      expect(groupsOf(grid)).toEqual([
        { heading: 'app-base 3 images', images: ['app-base-2025.03', 'app-base-2025.02', 'app-base-2025.01'] },
      ]),
    );
    await waitFor(async () => expect(within(await row('app-base-2025.02')).getByText('Latest')).toBeInTheDocument());
    expect(within(await row('app-base-2025.03')).queryByText('Latest')).not.toBeInTheDocument();
    expect(within(await row('app-base-2025.03')).getByText('Deprecated')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Name and ID/ }));
    await waitFor(() =>
      expect(groupsOf(grid)[0]!.images).toEqual(['app-base-2025.01', 'app-base-2025.02', 'app-base-2025.03']),
    );
  });
});

describe('the Favourite toggle', () => {
  it('on a row is named Favourite, described by the image’s name, and pressed once marked', async () => {
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom');
    await table();
    const toggle = within(await row('redis-cache-debian12')).getByRole('button', {
      name: 'Favourite',
      description: 'redis-cache-debian12',
    });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // One toggle per row, each told apart by its image.
    expect(screen.getAllByRole('button', { name: 'Favourite', description: 'redis-cache-debian12' })).toHaveLength(1);
  });

  it('marked in the list shows in the picker’s Favourites, and unmarked there shows unpressed in the list', async () => {
    const view = renderImagesPage('region=ap-guangzhou&tab=custom');
    await table();
    await view.user.click(within(await row('redis-cache-debian12')).getByRole('button', { name: 'Favourite' }));
    view.unmount();

    const redis = await imageNamed('redis-cache-debian12');
    const utils = renderWizard({ zone: 'ap-guangzhou-3', type: 'S5.MEDIUM4', step: 'image' });
    await utils.user.click(await screen.findByRole('tab', { name: 'Favourites' }));
    const panel = screen.getByRole('tabpanel', { name: 'Favourites' });
    const radio = await within(panel).findByRole('radio', { name: `redis-cache-debian12 ${redis.ImageId}` });
    expect(radio).toBeInTheDocument();
    const inPicker = within(panel).getByRole('button', { name: 'Favourite' });
    expect(inPicker).toHaveAttribute('aria-pressed', 'true');
    await utils.user.click(inPicker);
    utils.unmount();

    renderImagesPage('region=ap-guangzhou&tab=custom');
    await table();
    expect(within(await row('redis-cache-debian12')).getByRole('button', { name: 'Favourite' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('is on the public, shared and marketplace rows too', async () => {
    for (const tab of ['public', 'shared', 'marketplace']) {
      const view = renderImagesPage(`region=ap-guangzhou&tab=${tab}`);
      const grid = await table();
      const rows = within(grid).getAllByRole('row').slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const tr of rows) expect(within(tr).getByRole('button', { name: 'Favourite' })).toBeInTheDocument();
      view.unmount();
    }
  });
});

describe('in Chinese', () => {
  it('groups by family, marks the latest, names the Favourite toggle and the tag chips in Chinese', async () => {
    const { user } = renderImagesPage('region=ap-guangzhou&tab=custom', undefined, 'zh-CN');
    const grid = await table();
    await user.click(screen.getByRole('checkbox', { name: '按镜像族分组' }));
    await waitFor(() =>
      expect(groupsOf(grid).map((g) => g.heading)).toEqual(['web-tier 1 个镜像', '无镜像族 7 个镜像']),
    );
    const web = await row('web-server-centos79');
    await waitFor(() => expect(within(web).getByText('最新')).toBeInTheDocument());
    expect(within(web).getByRole('button', { name: '收藏', description: 'web-server-centos79' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    await chooseColumn(user, '标签', '列设置');
    expect(within(cellOf(web, grid, '标签')).getByRole('button', { name: '按标签 env: prod 筛选' })).toHaveTextContent(
      'env: prod',
    );
  });
});
