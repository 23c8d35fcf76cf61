// The custom-image lifecycle dialogs, opened from the images page, against the real resolvers.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testBackend, testClock } from '../../mocks/node.ts';
import { imageNamed, ok } from '../../test/api-calls.ts';
import {
  names,
  openForSelected,
  openFromRow,
  openFromToolbar,
  POLLS,
  renderCustomImages,
  row,
  rowAction,
  toasts,
} from '../../test/images-page.tsx';

describe('Create custom image', () => {
  it('lists the instances in the region to make the image from', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Create custom image', 'Create custom image');
    const select = within(dialog).getByRole('combobox', { name: 'Instance' });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(4));
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options[0]).toBe('Choose an instance');
    expect(options.slice(1).map((o) => o?.split(' ')[0])).toEqual(['web-01', 'app-01', 'build-arm-01']);
    expect(options[1]).toMatch(/^web-01 \(ins-[a-z0-9]{8}\) · CentOS 7\.9/);
  });

  it('says what is missing when submitted empty, and sends nothing', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Create custom image', 'Create custom image');
    await user.click(within(dialog).getByRole('button', { name: 'Create image' }));
    expect(within(dialog).getByText('Choose the instance to make the image from.')).toBeInTheDocument();
    const name = within(dialog).getByRole('textbox', { name: 'Image name' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Image name is required (1 to 60 characters).'));
    expect(screen.getByRole('dialog', { name: 'Create custom image' })).toBeInTheDocument();
    expect(
      testBackend.data().images.filter((i) => i.Region === 'ap-guangzhou' && i.OwnerId === '100000000001'),
    ).toHaveLength(8);
  });

  it('says a 61-character name is too long, naming the limit of 60', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Create custom image', 'Create custom image');
    const name = within(dialog).getByRole('textbox', { name: 'Image name' });
    await user.click(name);
    await user.paste('n'.repeat(61));
    await user.tab();
    expect(within(dialog).getByText('Image name must be at most 60 characters (it has 61).')).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription(expect.stringContaining('61 of 60 characters'));
    await user.type(name, '{Backspace}');
    expect(within(dialog).queryByText(/Image name must be at most 60 characters/)).not.toBeInTheDocument();
  });

  it('a name the server refuses as a duplicate shows under the name field and keeps what was typed', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Create custom image', 'Create custom image');
    const select = within(dialog).getByRole('combobox', { name: 'Instance' });
    const web01 = await within(select).findByRole('option', { name: /^web-01 / });
    await user.selectOptions(select, web01);
    const name = within(dialog).getByRole('textbox', { name: 'Image name' });
    await user.type(name, 'web-server-centos79');
    await user.type(within(dialog).getByRole('textbox', { name: 'Description (optional)' }), 'second try');
    await user.click(within(dialog).getByRole('button', { name: 'Create image' }));

    const message = 'You already have an image named "web-server-centos79" in this region; choose another name.';
    await waitFor(() => expect(name).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveValue('web-server-centos79');
    expect(select).toHaveValue((web01 as HTMLOptionElement).value);
    expect(within(dialog).getByRole('textbox', { name: 'Description (optional)' })).toHaveValue('second try');
    expect(screen.getByRole('dialog', { name: 'Create custom image' })).toBeInTheDocument();
  });

  it('creates the image: a toast, a Creating row with progress, then Normal once the clock has moved on', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Create custom image', 'Create custom image');
    const select = within(dialog).getByRole('combobox', { name: 'Instance' });
    await user.selectOptions(select, await within(select).findByRole('option', { name: /^web-01 / }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Image name' }), 'web-golden');
    await user.click(within(dialog).getByRole('button', { name: 'Create image' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(toasts()).toHaveTextContent(
      /Creating web-golden \(img-[a-z0-9]{8}\)\. It appears as Creating until it is ready\./,
    );
    const tr = await row('web-golden');
    expect(tr).toHaveTextContent('Creating');
    expect(within(tr).getByRole('progressbar', { name: 'Creating web-golden' })).toBeInTheDocument();
    expect(await screen.findByText('9 of 10 used in Guangzhou')).toBeInTheDocument();
    expect(await rowAction(user, tr, 'Delete')).toHaveAttribute('aria-disabled', 'true');

    testClock.advance(testBackend.durations.create);
    await waitFor(() => expect(within(tr).queryByRole('progressbar')).not.toBeInTheDocument(), POLLS);
    expect(tr).toHaveTextContent('Normal');
    expect(await rowAction(user, tr, 'Delete')).not.toHaveAttribute('aria-disabled');
  });

  it('a creation that fails on the server ends as Creation failed with the reason', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Create custom image', 'Create custom image');
    const select = within(dialog).getByRole('combobox', { name: 'Instance' });
    await user.selectOptions(select, await within(select).findByRole('option', { name: /^app-01 / }));
    // user.type reads "[" as a key name; paste types it as it is.
    await user.click(within(dialog).getByRole('textbox', { name: 'Image name' }));
    await user.paste('app [fail]');
    await user.click(within(dialog).getByRole('button', { name: 'Create image' }));
    const tr = await row('app [fail]');
    testClock.advance(testBackend.durations.create);
    await waitFor(() => expect(tr).toHaveTextContent('Creation failed'), POLLS);
    expect(tr).toHaveTextContent('InternalError: the snapshot of the system disk could not be taken.');
  });

  it('Cancel closes the dialog without creating anything', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Create custom image', 'Create custom image');
    await user.type(within(dialog).getByRole('textbox', { name: 'Image name' }), 'never-made');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(names()).not.toContain('never-made');
  });
});

describe('Import image', () => {
  const GZ = 'https://images-1250000000.cos.ap-guangzhou.myqcloud.com';

  it('a URL in a bucket of another region names both cities', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Import image', 'Import image');
    const url = within(dialog).getByRole('textbox', { name: 'Image file URL' });
    await user.type(url, 'https://images-1250000000.cos.ap-shanghai.myqcloud.com/server.qcow2');
    await user.tab();
    expect(url).toHaveAccessibleDescription(
      expect.stringContaining('The bucket is in Shanghai, but images can only be imported from a bucket in Guangzhou.'),
    );
    expect(url).toHaveAttribute('aria-invalid', 'true');
  });

  it('a URL that is not an object-storage bucket is refused with the expected form', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Import image', 'Import image');
    const url = within(dialog).getByRole('textbox', { name: 'Image file URL' });
    await user.type(url, 'https://example.com/server.qcow2');
    await user.tab();
    expect(url).toHaveAccessibleDescription(expect.stringContaining('Image file URL must point to a COS bucket'));
  });

  it('shows the format read from the file name', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Import image', 'Import image');
    const url = within(dialog).getByRole('textbox', { name: 'Image file URL' });
    await user.type(url, `${GZ}/server.vmdk`);
    expect(url).toHaveAccessibleDescription('Format: VMDK (from the file name)');
  });

  it('an ISO file needs forced import', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Import image', 'Import image');
    await user.type(within(dialog).getByRole('textbox', { name: 'Image file URL' }), `${GZ}/installer.iso`);
    await user.tab();
    expect(within(dialog).getByText('ISO files must be imported with forced import turned on.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Forced import' }));
    expect(
      within(dialog).queryByText('ISO files must be imported with forced import turned on.'),
    ).not.toBeInTheDocument();
  });

  it('the OS and version choices come from DescribeImportImageOs', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Import image', 'Import image');
    const os = within(dialog).getByRole('combobox', { name: 'Operating system' });
    const linux = await within(os).findByRole('group', { name: 'Linux' });
    expect(
      within(linux)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['CentOS', 'Ubuntu', 'Debian', 'OpenSUSE', 'SUSE', 'CoreOS', 'FreeBSD', 'Redhat', 'Other Linux']);
    expect(
      within(within(os).getByRole('group', { name: 'Windows' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Windows Server 2008', 'Windows Server 2012', 'Windows Server 2016']);

    const version = within(dialog).getByRole('combobox', { name: 'OS version' });
    const architecture = within(dialog).getByRole('combobox', { name: 'Architecture' });
    await user.selectOptions(os, 'Ubuntu');
    expect(
      within(version)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose', '10', '12', '14', '16']);
    expect(
      within(architecture)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['64-bit x86', '32-bit x86', 'ARM']);
    await user.selectOptions(os, 'Windows Server 2016');
    expect(
      within(version)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose', '-']);
    expect(
      within(architecture)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['64-bit x86', '32-bit x86']);
  });

  it('says what is missing when submitted empty', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Import image', 'Import image');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(within(dialog).getByRole('textbox', { name: 'Image file URL' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter the URL of the image file in a COS bucket in Guangzhou.'),
    );
    expect(within(dialog).getByText('Choose the operating system of the image.')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose the version.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Image name' })).toHaveAccessibleDescription(
      expect.stringContaining('Image name is required (1 to 60 characters).'),
    );
  });

  it('a file the backend cannot import ends as Import failed with the reason', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Import image', 'Import image');
    await user.type(within(dialog).getByRole('textbox', { name: 'Image file URL' }), `${GZ}/corrupt-erp.qcow2`);
    const os = within(dialog).getByRole('combobox', { name: 'Operating system' });
    await within(os).findByRole('option', { name: 'CentOS' });
    await user.selectOptions(os, 'CentOS');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'OS version' }), '7');
    await user.type(within(dialog).getByRole('textbox', { name: 'Image name' }), 'erp-reimport');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(toasts()).toHaveTextContent(/Importing erp-reimport \(img-[a-z0-9]{8}\)\. Its state shows in the list\./);
    const tr = await row('erp-reimport');
    expect(tr).toHaveTextContent('Importing');
    expect(within(tr).getByRole('progressbar', { name: 'Importing erp-reimport' })).toBeInTheDocument();
    expect(within(tr).getByText('Imported')).toBeInTheDocument();

    testClock.advance(testBackend.durations.import);
    await waitFor(() => expect(tr).toHaveTextContent('Import failed'), POLLS);
    expect(tr).toHaveTextContent('VirtioNotInstall: the virtio driver is not installed in the image.');
    expect(within(tr).queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('a good file ends as Normal', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromToolbar(user, 'Import image', 'Import image');
    await user.type(within(dialog).getByRole('textbox', { name: 'Image file URL' }), `${GZ}/debian9.raw`);
    const os = within(dialog).getByRole('combobox', { name: 'Operating system' });
    await within(os).findByRole('option', { name: 'Debian' });
    await user.selectOptions(os, 'Debian');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'OS version' }), '9');
    await user.type(within(dialog).getByRole('textbox', { name: 'Image name' }), 'debian9-import');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    const tr = await row('debian9-import');
    testClock.advance(testBackend.durations.import);
    await waitFor(() => expect(within(tr).queryByRole('progressbar')).not.toBeInTheDocument(), POLLS);
    expect(tr).toHaveTextContent('Normal');
  });
});

describe('Edit image', () => {
  it('renames an image and says so', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'redis-cache-debian12', 'Edit', 'Edit image');
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('redis-cache-debian12');
    await user.clear(name);
    await user.type(name, 'redis-cache-debian12-v2');
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Redis 7.2, persistence off.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(toasts()).toHaveTextContent('Saved redis-cache-debian12-v2.');
    expect(await row('redis-cache-debian12-v2')).toBeInTheDocument();
    expect(names()).not.toContain('redis-cache-debian12');
    expect((await imageNamed('redis-cache-debian12-v2')).ImageDescription).toBe('Redis 7.2, persistence off.');
  });

  it('an empty name is refused before sending', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'redis-cache-debian12', 'Edit', 'Edit image');
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.tab();
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Image name is required (1 to 60 characters).'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('dialog', { name: 'Edit image' })).toBeInTheDocument();
    expect((await imageNamed('redis-cache-debian12')).ImageName).toBe('redis-cache-debian12');
  });

  it('a name of only spaces and invisible characters is refused as empty before sending', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'redis-cache-debian12', 'Edit', 'Edit image');
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.click(name);
    await user.paste(' \u200b\u200e\u200f ');
    await user.tab();
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Image name is required (1 to 60 characters).'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('dialog', { name: 'Edit image' })).toBeInTheDocument();
    expect((await imageNamed('redis-cache-debian12')).ImageName).toBe('redis-cache-debian12');
  });

  it('a 61-character name is refused, naming the limit', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'redis-cache-debian12', 'Edit', 'Edit image');
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.paste('r'.repeat(61));
    await user.tab();
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining('Image name must be at most 60 characters (it has 61).'),
    );
  });

  it('a name the server refuses shows under the field and the typed values stay', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'redis-cache-debian12', 'Edit', 'Edit image');
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'gitlab-runner-rocky9');
    const description = within(dialog).getByRole('textbox', { name: 'Description' });
    await user.type(description, 'typed before the error');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const message = 'You already have an image named "gitlab-runner-rocky9" in this region; choose another name.';
    await waitFor(() => expect(name).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(name).toHaveValue('gitlab-runner-rocky9');
    expect(description).toHaveValue('typed before the error');
    expect(screen.getByRole('dialog', { name: 'Edit image' })).toBeInTheDocument();
  });

  it('drops the server’s "already named" error once the name changes, and says it again for that name', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'redis-cache-debian12', 'Edit', 'Edit image');
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'gitlab-runner-rocky9');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const message = 'You already have an image named "gitlab-runner-rocky9" in this region; choose another name.';
    await waitFor(() => expect(name).toHaveAccessibleDescription(expect.stringContaining(message)));

    await user.type(name, '-b');
    expect(name).toHaveAccessibleDescription('22 of 60 characters, unique in this region');
    expect(within(dialog).queryByText(message)).not.toBeInTheDocument();
    await user.type(name, '{Backspace}{Backspace}');
    expect(name).toHaveAccessibleDescription(expect.stringContaining(message));
  });
});

describe('a refusal naming a parameter the form has no field for', () => {
  it('shows at the top of the form (the API names ImageId; the dialog has no such field)', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'redis-cache-debian12', 'Edit', 'Edit image');
    // Deleted elsewhere (another tab) while the dialog is open.
    const { ImageId } = await imageNamed('redis-cache-debian12');
    await ok('DeleteImages', { ImageIds: [ImageId] });
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'too late');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(`The image ${ImageId} cannot be found in ap-guangzhou.`);
    expect(alert).toHaveTextContent('Code InvalidImageId.NotFound');
    expect(within(dialog).getByRole('textbox', { name: 'Description' })).toHaveValue('too late');
  });
});

describe('Delete image', () => {
  it('with several rows selected, lists what will be deleted and what is refused, and deletes only the deletable', async () => {
    const { user } = renderCustomImages();
    await row('redis-cache-debian12');
    for (const name of ['web-server-centos79', 'app-base-ubuntu2204', 'redis-cache-debian12', 'gitlab-runner-rocky9'])
      await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
    await user.click(screen.getByRole('button', { name: 'Delete selected (4)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete image' });

    const [deletable, refused] = within(dialog).getAllByRole('list');
    expect(within(dialog).getByText(/These 2 images will be deleted/)).toBeInTheDocument();
    const toDelete = within(deletable!).getAllByRole('listitem');
    expect(toDelete).toHaveLength(2);
    // In the list's order: newest first.
    expect(toDelete[0]).toHaveTextContent(/^gitlab-runner-rocky9 img-[a-z0-9]{8}$/);
    expect(toDelete[1]).toHaveTextContent(/^redis-cache-debian12 img-[a-z0-9]{8}$/);
    expect(within(dialog).getByText(/These 2 images cannot be deleted/)).toBeInTheDocument();
    const refusedItems = within(refused!).getAllByRole('listitem');
    expect(refusedItems[0]).toHaveTextContent('app-base-ubuntu2204');
    expect(refusedItems[0]).toHaveTextContent('Cancel sharing with 2 accounts before deleting.');
    expect(refusedItems[1]).toHaveTextContent('web-server-centos79');
    expect(refusedItems[1]).toHaveTextContent('Cancel sharing with 1 account before deleting.');

    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 images' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(toasts()).toHaveTextContent('Deleted 2 images.');
    await waitFor(() => expect(names()).not.toContain('redis-cache-debian12'));
    expect(names()).not.toContain('gitlab-runner-rocky9');
    expect(names()).toContain('web-server-centos79');
    expect(names()).toContain('app-base-ubuntu2204');
    expect(await screen.findByText('6 of 10 used in Guangzhou')).toBeInTheDocument();
  });

  it('one image from its row: confirms by name and deletes it', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'k8s-node-opencloudos9', 'Delete', 'Delete image');
    expect(within(dialog).getByText(/This image will be deleted/)).toBeInTheDocument();
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('k8s-node-opencloudos9');
    await user.click(within(dialog).getByRole('button', { name: 'Delete image' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(toasts()).toHaveTextContent('Deleted k8s-node-opencloudos9.');
    await waitFor(() => expect(names()).not.toContain('k8s-node-opencloudos9'));
  });

  it('when every selected image is refused, offers no delete button', async () => {
    const { user } = renderCustomImages();
    const dialog = await openForSelected(
      user,
      ['web-server-centos79', 'app-base-ubuntu2204'],
      'Delete selected (2)',
      'Delete image',
    );
    expect(within(dialog).getByText(/These 2 images cannot be deleted/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(names()).toHaveLength(8);
  });
});
