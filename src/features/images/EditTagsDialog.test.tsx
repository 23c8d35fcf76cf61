// Tags on custom images as a person uses them: the Edit tags dialog from a row (the tag service's
// ModifyResourceTags behind it), tags given at create time, and the list filtered by tag from the URL.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../../mocks/node.ts';
import { imageResourceName } from '../../rules/tag-service.ts';
import { A1, imageNamed, instanceNamed, ok } from '../../test/api-calls.ts';
import {
  names,
  openFromRow,
  openFromToolbar,
  renderCustomImages,
  renderImagesPage,
  row,
  rowAction,
  toasts,
} from '../../test/images-page.tsx';
import { renderAt } from '../../test/render.tsx';
import { routes } from '../paths.ts';
import { ImagesPage } from './ImagesPage.tsx';

const storedTags = (name: string) =>
  testBackend.data().images.find((i) => i.ImageName === name && i.OwnerId === A1)!.Tags;

describe('Edit tags', () => {
  it('changes a value, adds a tag and removes one, in one save, and says so', async () => {
    await ok('ModifyResourceTags', {
      Resource: imageResourceName('ap-guangzhou', A1, (await imageNamed('web-server-centos79')).ImageId),
      ReplaceTags: [{ TagKey: 'owner', TagValue: 'web team' }],
    });
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'web-server-centos79', 'Edit tags', 'Edit tags');
    expect(within(dialog).getByRole('textbox', { name: 'Tag key 1' })).toHaveValue('env');
    const value = within(dialog).getByRole('textbox', { name: 'Tag value 1' });
    expect(value).toHaveValue('prod');
    await user.clear(value);
    await user.paste('staging');
    await user.click(within(dialog).getByRole('button', { name: 'Remove tag 2' }));
    expect(within(dialog).queryByRole('textbox', { name: 'Tag key 2' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add tag' }));
    const key = within(dialog).getByRole('textbox', { name: 'Tag key 2' });
    expect(key).toHaveFocus();
    await user.paste('cost centre');
    await user.click(within(dialog).getByRole('textbox', { name: 'Tag value 2' }));
    await user.paste('R+D 【web】');
    expect(within(dialog).getByText('2 of 50 tags. A key has one value.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(toasts()).toHaveTextContent('Saved the tags of web-server-centos79.');
    expect(storedTags('web-server-centos79')).toEqual([
      { Key: 'env', Value: 'staging' },
      { Key: 'cost centre', Value: 'R+D 【web】' },
    ]);
  });

  it('says each rule under its own field before sending, and keeps what was typed', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'redis-cache-debian12', 'Edit tags', 'Edit tags');
    expect(within(dialog).getByText('No tags')).toBeInTheDocument();
    for (const [i, key, value] of [
      [1, 'qcs:owner', 'me'],
      [2, 'team', 'v'.repeat(256)],
      [3, 'team', 'ops'],
      [4, 'a*b', ' x'],
    ] as const) {
      await user.click(within(dialog).getByRole('button', { name: 'Add tag' }));
      await user.type(within(dialog).getByRole('textbox', { name: `Tag key ${i}` }), key);
      await user.click(within(dialog).getByRole('textbox', { name: `Tag value ${i}` }));
      await user.paste(value);
    }
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const field = (name: string) => within(dialog).getByRole('textbox', { name });
    expect(field('Tag key 1')).toHaveAccessibleDescription(
      'Tag keys starting with "qcs:" are reserved for Tencent Cloud; choose another key.',
    );
    expect(field('Tag value 2')).toHaveAccessibleDescription(
      'A tag value must be at most 255 characters (it has 256).',
    );
    expect(field('Tag key 3')).toHaveAccessibleDescription(
      'Tag key "team" is given more than once; a key has one value per resource.',
    );
    expect(field('Tag key 4')).toHaveAccessibleDescription(
      expect.stringMatching(/^Tag key "a\*b" may contain letters/),
    );
    expect(field('Tag value 4')).toHaveAccessibleDescription('Tag value " x" must not start or end with a space.');
    expect(field('Tag key 1')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Tag value 1')).not.toHaveAttribute('aria-invalid');
    expect(field('Tag key 4')).toHaveValue('a*b');
    expect(screen.getByRole('dialog', { name: 'Edit tags' })).toBeInTheDocument();
    expect(storedTags('redis-cache-debian12')).toEqual([]);
  });

  it('offers no 51st tag: Add tag is refused with the limit', async () => {
    const redis = await imageNamed('redis-cache-debian12');
    await ok('ModifyResourceTags', {
      Resource: imageResourceName('ap-guangzhou', A1, redis.ImageId),
      ReplaceTags: Array.from({ length: 50 }, (_, i) => ({ TagKey: `k${i}`, TagValue: 'v' })),
    });
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'redis-cache-debian12', 'Edit tags', 'Edit tags');
    const add = within(dialog).getByRole('button', { name: 'Add tag' });
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveAccessibleDescription('An image can have at most 50 tags.');
    await user.click(add);
    expect(within(dialog).queryByRole('textbox', { name: 'Tag key 51' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Remove tag 50' }));
    expect(add).not.toHaveAttribute('aria-disabled');
  });

  it('is refused on an image shared with the account, saying only its owner can', async () => {
    const { user } = renderImagesPage('region=ap-guangzhou&tab=shared');
    const shared = await row('partner-api-centos79');
    const item = await rowAction(user, shared, 'Edit tags');
    expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(item).toHaveAccessibleDescription(expect.stringContaining('only its owner can'));
  });

  it('speaks the rules in Chinese', async () => {
    const { user } = renderAt(<ImagesPage />, {
      url: `${routes.images}?region=ap-guangzhou&tab=custom`,
      path: routes.images,
      locale: 'zh-CN',
    });
    const tr = await row('redis-cache-debian12');
    await user.click(within(tr).getByRole('button', { name: '更多操作' }));
    await user.click(within(tr).getByRole('menuitem', { name: '编辑标签' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑标签' });
    await user.click(within(dialog).getByRole('button', { name: '添加标签' }));
    const key = within(dialog).getByRole('textbox', { name: '标签键 1' });
    await user.type(key, 'project:x');
    await user.tab();
    expect(key).toHaveAccessibleDescription('以“project:”开头的标签键为系统预留标签键，请使用其他标签键。');
  });
});

describe('Tags at create time', () => {
  it('Create custom image sends the rows as its TagSpecification', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Create custom image', 'Create custom image');
    const select = within(dialog).getByRole('combobox', { name: 'Instance' });
    await user.selectOptions(select, await within(select).findByRole('option', { name: /^web-01 / }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Image name' }), 'tagged-at-birth');
    await user.click(within(dialog).getByRole('button', { name: 'Add tag' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Tag key 1' }), 'env');
    await user.type(within(dialog).getByRole('textbox', { name: 'Tag value 1' }), 'test');
    await user.click(within(dialog).getByRole('button', { name: 'Create image' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(storedTags('tagged-at-birth')).toEqual([{ Key: 'env', Value: 'test' }]);
    expect((await instanceNamed('web-01')).InstanceId).toMatch(/^ins-/);
  });
});

describe('The custom list filtered by tag', () => {
  it('restores `?tag=env:prod` (key and value) and `?tag=team` (key) from the address', async () => {
    const { unmount } = renderImagesPage('region=ap-guangzhou&tab=custom&tag=env:prod');
    await row('web-server-centos79');
    expect(screen.getByRole('searchbox', { name: 'Tag' })).toHaveValue('env:prod');
    expect(names().sort()).toEqual(
      testBackend
        .data()
        .images.filter(
          (i) =>
            i.OwnerId === A1 &&
            i.Region === 'ap-guangzhou' &&
            i.Tags.some((t) => t.Key === 'env' && t.Value === 'prod'),
        )
        .map((i) => i.ImageName)
        .sort(),
    );
    unmount();
    renderImagesPage('region=ap-guangzhou&tab=custom&tag=team');
    await waitFor(() => expect(names()).toEqual(['k8s-node-opencloudos9']));
  });

  it('writes what is typed into the address, and Clear search and filters takes it out', async () => {
    const { user, router } = renderCustomImages();
    await row('redis-cache-debian12');
    await user.type(screen.getByRole('searchbox', { name: 'Tag' }), 'team:platform');
    await waitFor(() => expect(names()).toEqual(['k8s-node-opencloudos9']));
    expect(new URLSearchParams(router.state.location.search).get('tag')).toBe('team:platform');
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(names()).toContain('redis-cache-debian12'));
    expect(new URLSearchParams(router.state.location.search).has('tag')).toBe(false);
    expect(screen.getByRole('searchbox', { name: 'Tag' })).toHaveValue('');
  });

  it('is a filter of the custom list only: other tabs neither show nor keep it', async () => {
    renderImagesPage('region=ap-guangzhou&tab=public&tag=env');
    await screen.findByRole('searchbox', { name: 'Search images' });
    expect(screen.queryByRole('searchbox', { name: 'Tag' })).not.toBeInTheDocument();
  });
});
