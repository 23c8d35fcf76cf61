// The instances page: what the wizard launched (Launching, then Running on the test clock) and
// "Create custom image" from an instance, against the real resolvers behind msw/node.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testBackend, testClock } from '../../mocks/node.ts';
import { publicImages } from '../../mocks/catalogue/images.ts';
import { renderAt } from '../../test/render.tsx';
import { renderWizard } from '../../test/wizard.tsx';
import { InstancesPage } from './InstancesPage.tsx';
import { instancesPath, routes } from '../paths.ts';

function openInstances(region = 'ap-guangzhou', instance?: string) {
  return renderAt(<InstancesPage />, { url: instancesPath(region, instance), path: routes.instances });
}

/** The table row of the instance with this name. */
function instanceRow(name: string): Promise<HTMLElement> {
  return screen.findByRole('row', { name: new RegExp(`^${name}\\s*ins-[a-z0-9]{8}\\b`) });
}

function stateCell(row: HTMLElement): HTMLElement {
  return within(row).getAllByRole('cell')[1]!;
}

describe('the instances page', () => {
  it("lists the region's instances with their state, zone, type and image", async () => {
    openInstances();
    const web = await instanceRow('web-01');
    expect(stateCell(web)).toHaveTextContent('Running');
    expect(web).toHaveTextContent('S5.MEDIUM4 · 2 vCPU, 4 GB');
    expect(web).toHaveTextContent(/ap-guangzhou-\d/);
    expect(await instanceRow('build-arm-01')).toHaveTextContent('SR1.MEDIUM4');
    expect(screen.queryByText('sg-web-01')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create instance' })).toHaveAttribute(
      'href',
      '/instances/create?region=ap-guangzhou',
    );
  });

  it('names each fact by its column (data-label), so a phone shows each instance as a card with its action', async () => {
    openInstances();
    const row = await instanceRow('web-01');
    const table = screen.getByRole('table', { name: /instances/i });
    expect(table).toHaveClass('data-table', 'card-table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Name and ID', 'State', 'Zone', 'Type', 'Image', 'Actions']);
    const cells = within(row).getAllByRole('cell');
    // The name leads the card and the action closes it: neither needs its column's name.
    expect(cells.map((c) => c.dataset.label)).toEqual([undefined, 'State', 'Zone', 'Type', 'Image', undefined]);
    expect(cells[3]).toHaveTextContent('S5.MEDIUM4 · 2 vCPU, 4 GB');
    expect(cells[5]).toHaveClass('actions-cell');
    expect(within(cells[5]!).getByRole('button', { name: 'Create custom image' })).toBeInTheDocument();
  });

  it('an address naming an instance ("Go to ID") marks its row and focuses it; the others stay as they are', async () => {
    const instance = testBackend
      .data()
      .instances.find((i) => i.Region === 'ap-guangzhou' && i.InstanceName === 'app-01')!;
    openInstances('ap-guangzhou', instance.InstanceId);
    const row = await instanceRow('app-01');
    expect(row).toHaveAttribute('aria-current', 'true');
    await waitFor(() => expect(row).toHaveFocus());
    expect(await instanceRow('web-01')).not.toHaveAttribute('aria-current');
  });

  it('shows a launched instance as Launching, then Running once the launch has taken its time', async () => {
    const image = publicImages('ap-guangzhou').find((i) => i.ImageName === 'Rocky Linux 9.2 64-bit')!;
    const { user, router, unmount } = renderWizard({
      zone: 'ap-guangzhou-6',
      type: 'S5.LARGE8',
      imageId: image.ImageId,
      name: 'rocky-launch-01',
      step: 'review',
    });
    await screen.findByRole('table', { name: 'Price breakdown' });
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    await screen.findByTestId('navigated');
    const landed = router.state.location;
    expect(landed.pathname).toBe('/instances');
    unmount();

    const { queryClient } = renderAt(<InstancesPage />, {
      url: `${landed.pathname}${landed.search}`,
      path: routes.instances,
    });
    const row = await instanceRow('rocky-launch-01');
    expect(stateCell(row)).toHaveTextContent('Launching');
    expect(row).toHaveTextContent('ap-guangzhou-6');
    expect(row).toHaveTextContent('S5.LARGE8 · 4 vCPU, 8 GB');
    expect(row).toHaveTextContent(image.ImageId);
    expect(stateCell(await instanceRow('web-01'))).toHaveTextContent('Running');

    testClock.advance(testBackend.durations.launch);
    await queryClient.refetchQueries();
    await waitFor(() => expect(stateCell(row)).toHaveTextContent('Running'));
  });

  it('"Create custom image" opens the dialog with the instance chosen, and creates the image', async () => {
    const { user } = openInstances();
    const row = await instanceRow('app-01');
    const instanceId = within(row).getByText(/^ins-/).textContent!;
    await user.click(within(row).getByRole('button', { name: 'Create custom image' }));

    const dialog = await screen.findByRole('dialog', { name: 'Create custom image' });
    const instance = within(dialog).getByRole('combobox', { name: 'Instance' });
    await waitFor(() => expect(instance).toHaveValue(instanceId));
    expect(within(instance).getByRole('option', { selected: true })).toHaveTextContent(`app-01 (${instanceId})`);

    await user.type(within(dialog).getByRole('textbox', { name: 'Image name' }), 'app-01-snapshot');
    await user.click(within(dialog).getByRole('button', { name: 'Create image' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Create custom image' })).not.toBeInTheDocument());
    const created = testBackend.data().images.find((i) => i.ImageName === 'app-01-snapshot');
    expect(created).toMatchObject({ Region: 'ap-guangzhou', OwnerId: '100000000001' });
    expect(await screen.findByText(/^Creating app-01-snapshot \(img-[a-z0-9]{8}\)/)).toBeInTheDocument();
  });

  it('"Create custom image" from an instance still launching says why it cannot be imaged yet', async () => {
    const image = publicImages('ap-guangzhou').find((i) => i.ImageName === 'Debian 12.0 64-bit')!;
    const view = renderWizard({
      zone: 'ap-guangzhou-3',
      type: 'S5.MEDIUM4',
      imageId: image.ImageId,
      name: 'fresh-01',
      step: 'review',
    });
    await screen.findByRole('table', { name: 'Price breakdown' });
    await view.user.click(screen.getByRole('button', { name: 'Launch' }));
    await screen.findByTestId('navigated');
    view.unmount();

    const { user } = openInstances();
    const row = await instanceRow('fresh-01');
    const instanceId = within(row).getByText(/^ins-/).textContent!;
    // Refused before the dialog opens: the button stays, disabled, and says why.
    const button = within(row).getByRole('button', { name: 'Create custom image' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(
      `Instance ${instanceId} is pending; images can be made from running or stopped instances.`,
    );
    await user.click(button);
    expect(screen.queryByRole('dialog', { name: 'Create custom image' })).not.toBeInTheDocument();
    expect(testBackend.data().images.some((i) => i.ImageName === 'too-early')).toBe(false);
  });
});
