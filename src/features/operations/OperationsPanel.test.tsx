// The operations panel alone: operations recorded by the console, followed through the real resolvers.
import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getAccount } from '../../api/session.ts';
import { testBackend, testClock } from '../../mocks/node.ts';
import { instanceNamed, ok } from '../../test/api-calls.ts';
import { POLLS } from '../../test/images-page.tsx';
import { renderAt } from '../../test/render.tsx';
import { clearOperations, recordOperations } from './operations-store.ts';
import { OperationsPanel } from './OperationsPanel.tsx';

// The operations list is kept in memory as well as in localStorage: start each test with none.
afterEach(() => clearOperations(getAccount(), () => false));

vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 5000 });

const GZ = 'https://images-1250000000.cos.ap-guangzhou.myqcloud.com';

function renderPanel() {
  return renderAt(<OperationsPanel />, { url: '/images?region=ap-guangzhou', path: '/images' });
}

async function startCreate(name: string) {
  const InstanceId = (await instanceNamed('web-01')).InstanceId;
  const { ImageId } = await ok<{ ImageId: string }>('CreateImage', { InstanceId, ImageName: name });
  recordOperations(getAccount(), [{ imageId: ImageId, region: 'ap-guangzhou', kind: 'create', name }]);
  return ImageId;
}

async function startImport(name: string, file: string) {
  const { ImageId } = await ok<{ ImageId: string }>('ImportImage', {
    ImageUrl: `${GZ}/${file}`,
    OsType: 'CentOS',
    OsVersion: '7',
    Architecture: 'x86_64',
    ImageName: name,
  });
  recordOperations(getAccount(), [{ imageId: ImageId, region: 'ap-guangzhou', kind: 'import', name }]);
  return ImageId;
}

describe('Operations panel', () => {
  it('opens from its button, says what it will show, and closes on Escape with focus back on the button', async () => {
    const { user } = renderPanel();
    const button = screen.getByRole('button', { name: 'Operations' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Operations' });
    expect(button).toHaveAttribute('aria-controls', panel.id);
    expect(panel).toHaveTextContent('Images you create, import or copy show here with their progress.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Operations' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('counts running operations on its button and follows a create to Normal, with a link to the image', async () => {
    const id = await startCreate('golden-web');
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Operations (1 running)' }));
    const panel = screen.getByRole('region', { name: 'Operations' });
    const item = within(panel).getByRole('listitem');
    expect(item).toHaveTextContent('Create golden-web in Guangzhou');
    expect(item).toHaveTextContent('Creating');
    expect(within(item).getByRole('progressbar', { name: 'Create golden-web to Guangzhou' })).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: id })).toHaveAttribute('href', `/images/${id}?region=ap-guangzhou`);

    testClock.advance(testBackend.durations.create);
    await waitFor(() => expect(item).toHaveTextContent('Normal'), POLLS);
    expect(within(item).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Operations' })).toBeInTheDocument();
  });

  it('shows a failed import with its reason', async () => {
    await startImport('broken-disk', 'no-partition.raw');
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Operations (1 running)' }));
    const item = within(screen.getByRole('region', { name: 'Operations' })).getByRole('listitem');
    expect(item).toHaveTextContent('Import broken-disk in Guangzhou');
    testClock.advance(testBackend.durations.import);
    await waitFor(() => expect(item).toHaveTextContent('Import failed'), POLLS);
    expect(item).toHaveTextContent('RootPartitionNotFound: no root partition was found in the image.');
  });

  it('shows Deleted for an image that no longer exists, and Clear finished keeps only what is running', async () => {
    const done = await startCreate('finished-one');
    testClock.advance(testBackend.durations.create);
    await ok('DeleteImages', { ImageIds: [done] });
    await startCreate('still-running');
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Operations (1 running)' }));
    const panel = screen.getByRole('region', { name: 'Operations' });
    await waitFor(() => expect(within(panel).getAllByRole('listitem')[1]).toHaveTextContent('Deleted'));
    expect(within(panel).getAllByRole('listitem')[0]).toHaveTextContent('Create still-running');

    await user.click(within(panel).getByRole('button', { name: 'Clear finished' }));
    const items = within(panel).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Create still-running');
  });
});
