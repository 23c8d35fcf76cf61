// The instance-creation wizard (issue 5) against the real resolvers behind msw/node: each step's
// validation, what is shown when an earlier choice changes, the price review and Launch.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callCvm } from '../../api/client.ts';
import { testBackend } from '../../mocks/node.ts';
import { marketImages, publicImages } from '../../mocks/catalogue/images.ts';
import { A1, A2, listInstances } from '../../test/api-calls.ts';
import { renderAt } from '../../test/render.tsx';
import { renderWizard } from '../../test/wizard.tsx';
import { CreateInstancePage } from './CreateInstancePage.tsx';
import { routes } from '../paths.ts';

function publicId(name: string, region = 'ap-guangzhou'): string {
  const image = publicImages(region).find((i) => i.ImageName === name);
  if (!image) throw new Error(`no public image ${name}`);
  return image.ImageId;
}

function marketId(name: string, region = 'ap-guangzhou'): string {
  const image = marketImages(region).find((i) => i.ImageName === name);
  if (!image) throw new Error(`no marketplace image ${name}`);
  return image.ImageId;
}

function customId(name: string, region = 'ap-guangzhou'): string {
  const image = testBackend.data().images.find((i) => i.ImageName === name && i.Region === region);
  if (!image) throw new Error(`no custom image ${name} in ${region}`);
  return image.ImageId;
}

/** Select what the field holds and type over it, as a person does. */
async function replaceValue(user: UserEvent, field: HTMLElement, text: string) {
  await user.tripleClick(field);
  await user.keyboard(text);
}

const stepHeading = (name: string) => screen.findByRole('heading', { level: 2, name });
const nextButton = () => screen.getByRole('button', { name: /^Next: / });
const launchButton = () => screen.getByRole('button', { name: 'Launch' });
const imageRadio = (name: string | RegExp) => screen.findByRole('radio', { name });
/** The errors on screen: text styled as an error (an instruction is not one). */
const errorsShown = () => screen.queryAllByText((_text, el) => el?.classList.contains('field-error') === true);
const compatibleOnly = () => screen.getByRole('checkbox', { name: 'Compatible only' });

/** The picker lists compatible images only until this is unticked; then the others show, refused. */
async function showIncompatible(user: UserEvent) {
  await user.click(await screen.findByRole('checkbox', { name: 'Compatible only' }));
}

/** The row of the price table whose header starts with `label`. */
function priceRow(label: string | RegExp): HTMLElement {
  const table = screen.getByRole('table', { name: 'Price breakdown' });
  return within(table).getByRole('row', { name: label });
}

describe('step 1, Location', () => {
  it('asks for a zone, shows sold-out zones disabled with the reason, then moves on', async () => {
    const { user, router } = renderWizard();
    expect(screen.getByRole('heading', { level: 1, name: 'Create instance' })).toBeInTheDocument();
    await stepHeading('Location');

    expect(screen.getByText('Choose an availability zone.')).toBeInTheDocument();
    expect(nextButton()).toHaveAccessibleName('Next: Instance type');
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(nextButton());
    expect(screen.getByRole('heading', { level: 2, name: 'Location' })).toBeInTheDocument();
    expect(router.state.location.search).not.toContain('step=');

    const soldOut = screen.getByRole('radio', { name: /\(ap-guangzhou-1\)/ });
    expect(soldOut).toBeDisabled();
    expect(soldOut).toHaveAccessibleDescription('Sold out');
    expect(screen.getByRole('radio', { name: /\(ap-guangzhou-2\)/ })).toBeDisabled();
    const zone3 = screen.getByRole('radio', { name: 'Guangzhou Zone 3 (ap-guangzhou-3)' });
    expect(zone3).toBeEnabled();
    expect(zone3).not.toHaveAccessibleDescription();

    await user.click(zone3);
    expect(zone3).toBeChecked();
    expect(screen.queryByText('Choose an availability zone.')).not.toBeInTheDocument();
    expect(nextButton()).not.toHaveAttribute('aria-disabled');
    await user.click(nextButton());
    await stepHeading('Instance type');
    expect(new URLSearchParams(router.state.location.search).get('zone')).toBe('ap-guangzhou-3');
  });

  it('says what the step needs as an instruction until Next is pressed, then as an error', async () => {
    const { user } = renderWizard();
    await stepHeading('Location');
    const needs = screen.getByText('Choose an availability zone.');
    expect(needs).not.toHaveClass('field-error');
    expect(errorsShown()).toEqual([]);
    await user.click(nextButton());
    expect(screen.getByText('Choose an availability zone.')).toHaveClass('field-error');
  });

  it('refuses a sold-out zone that arrives in the URL', async () => {
    renderWizard({ zone: 'ap-guangzhou-1' });
    await stepHeading('Location');
    expect(screen.getByText('ap-guangzhou-1 is sold out; choose another zone.')).toBeInTheDocument();
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
  });
});

describe('step 2, Instance type', () => {
  it('asks for a type and lists x86 and ARM families with CPU, memory and architecture', async () => {
    const { user } = renderWizard({ zone: 'ap-guangzhou-3', step: 'type' });
    await stepHeading('Instance type');
    await screen.findByRole('radio', { name: 'S5.MEDIUM4' });
    expect(screen.getByText('Choose an instance type.')).toBeInTheDocument();
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');

    const arm = screen.getByRole('row', { name: /^SR1\.MEDIUM4 / });
    expect(within(arm).getByRole('cell', { name: 'Standard SR1' })).toBeInTheDocument();
    expect(within(arm).getByRole('cell', { name: 'ARM' })).toBeInTheDocument();
    expect(within(arm).getByRole('cell', { name: '4 GB' })).toBeInTheDocument();
    const x86 = screen.getByRole('row', { name: /^SA5\.LARGE8 / });
    expect(within(x86).getByRole('cell', { name: '64-bit x86' })).toBeInTheDocument();
    expect(within(x86).getByRole('cell', { name: '8 GB' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'SR1.MEDIUM4' }));
    expect(screen.queryByText('Choose an instance type.')).not.toBeInTheDocument();
    await user.click(nextButton());
    await stepHeading('Image');
  });

  it('says when the type in the URL is not sold in the region (no ARM in Hong Kong)', async () => {
    renderWizard({ region: 'ap-hongkong', zone: 'ap-hongkong-2', type: 'SR1.MEDIUM4', step: 'type' });
    await stepHeading('Instance type');
    expect(
      await screen.findByText('SR1.MEDIUM4 is not sold in ap-hongkong-2; choose another type.'),
    ).toBeInTheDocument();
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByRole('radio', { name: 'SR1.MEDIUM4' })).not.toBeInTheDocument();
  });
});

describe('step 3, Image: the picker', () => {
  it('asks for an image, with Recent, Favourites and the four sources as tabs', async () => {
    renderWizard({ zone: 'ap-guangzhou-3', type: 'S5.MEDIUM4', step: 'image' });
    await stepHeading('Image');
    expect(screen.getByText('Choose an image.')).toBeInTheDocument();
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
    const tablist = screen.getByRole('tablist', { name: 'Image sources' });
    expect(
      within(tablist)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Recent', 'Favourites', 'Public images', 'Custom images', 'Shared images', 'Marketplace images']);
    expect(screen.getByRole('tab', { name: 'Public images' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Public images' })).toBeInTheDocument();
  });

  it('on an ARM type (SR1.MEDIUM4) refuses x86 images with the reason and offers ARM ones', async () => {
    const { user } = renderWizard({ zone: 'ap-guangzhou-3', type: 'SR1.MEDIUM4', step: 'image' });
    await showIncompatible(user);
    const x86 = await imageRadio(/^TencentOS Server 4 64-bit img-/);
    expect(x86).toBeDisabled();
    expect(x86).toHaveAccessibleDescription(expect.stringContaining('does not run on SR1.MEDIUM4'));
    expect(x86).toHaveAccessibleDescription(
      expect.stringContaining('This 64-bit x86 image does not run on SR1.MEDIUM4, which is an ARM instance type.'),
    );
    const arm = screen.getByRole('radio', { name: /^TencentOS Server 4 64-bit \(ARM\) img-/ });
    expect(arm).toBeEnabled();
    expect(arm).not.toHaveAccessibleDescription(expect.stringContaining('does not run'));

    // A refused image cannot be chosen.
    await user.click(x86);
    expect(x86).not.toBeChecked();
    expect(screen.getByText('Choose an image.')).toBeInTheDocument();

    await user.click(arm);
    expect(arm).toBeChecked();
    const summary = screen.getByRole('group', { name: 'Chosen image' });
    expect(summary).toHaveTextContent('Chosen: TencentOS Server 4 64-bit (ARM)');
    expect(summary).toHaveTextContent('ARM · 20 GB · Free');
    expect(nextButton()).not.toHaveAttribute('aria-disabled');
  });

  it('on an x86 type refuses ARM images and accepts 32-bit x86 (i386) ones', async () => {
    const { user } = renderWizard({ zone: 'ap-guangzhou-3', type: 'S5.MEDIUM4', step: 'image' });
    await showIncompatible(user);
    const arm = await imageRadio(/^TencentOS Server 2\.4 64-bit \(ARM\) img-/);
    expect(arm).toBeDisabled();
    expect(arm).toHaveAccessibleDescription(
      expect.stringContaining('This ARM image does not run on S5.MEDIUM4, which is a 64-bit x86 instance type.'),
    );
    expect(screen.getByRole('radio', { name: /^TencentOS Server 2\.4 64-bit img-/ })).toBeEnabled();

    await user.type(screen.getByRole('searchbox', { name: 'Search images' }), '32-bit');
    const i386 = await imageRadio(/^CentOS 7\.9 32-bit img-/);
    expect(i386).toBeEnabled();
    expect(i386).toHaveAccessibleDescription(expect.stringContaining('32-bit x86'));
    expect(i386).not.toHaveAccessibleDescription(expect.stringContaining('does not run'));
    await user.click(i386);
    expect(screen.getByRole('group', { name: 'Chosen image' })).toHaveTextContent('Chosen: CentOS 7.9 32-bit');
    expect(nextButton()).not.toHaveAttribute('aria-disabled');
  });

  it('"Compatible only" is on at first and hides the images that do not run on SR1.MEDIUM4', async () => {
    const { user } = renderWizard({ zone: 'ap-guangzhou-3', type: 'SR1.MEDIUM4', step: 'image' });
    await user.click(await screen.findByRole('checkbox', { name: 'Compatible only' }));
    await imageRadio(/^TencentOS Server 4 64-bit img-/);
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).disabled)).toBe(true);

    const only = compatibleOnly();
    expect(only).toHaveAccessibleDescription('Images that run on SR1.MEDIUM4');
    expect(only).not.toBeChecked();
    await user.click(only);
    await waitFor(() =>
      expect(screen.queryByRole('radio', { name: /^TencentOS Server 4 64-bit img-/ })).not.toBeInTheDocument(),
    );
    const radios = screen.getAllByRole('radio');
    // The seven ARM public images: TencentOS 2.4/3.1/4, OpenCloudOS 8.8/9, Ubuntu 22.04/24.04.
    expect(radios).toHaveLength(7);
    for (const radio of radios) {
      expect(radio).toBeEnabled();
      expect(radio).toHaveAccessibleName(/\(ARM\)/);
    }
    expect(screen.queryByRole('navigation', { name: 'Image pages' })).not.toBeInTheDocument();

    await user.click(only);
    expect(await imageRadio(/^TencentOS Server 4 64-bit img-/)).toBeDisabled();
  });

  it('shows custom images (a failed import refused), marketplace prices and the shared-image warning', async () => {
    const { user } = renderWizard({ zone: 'ap-guangzhou-3', type: 'S5.MEDIUM4', step: 'image' });
    await showIncompatible(user);
    await imageRadio(/^TencentOS Server 4 64-bit img-/);
    expect(screen.queryByText(/Shared images are not reviewed by the platform/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Custom images' }));
    expect(screen.getByRole('tab', { name: 'Custom images' })).toHaveAttribute('aria-selected', 'true');
    expect(await imageRadio(/^sql-server-2019-win img-/)).toBeEnabled();
    const failed = screen.getByRole('radio', { name: /^legacy-erp-import img-/ });
    expect(failed).toBeDisabled();
    expect(failed).toHaveAccessibleDescription(
      expect.stringContaining(
        'Importing the image failed, so it cannot be launched; delete it and import the file again.',
      ),
    );
    const armCustom = screen.getByRole('radio', { name: /^build-agent-tencentos-arm img-/ });
    expect(armCustom).toBeDisabled();
    expect(armCustom).toHaveAccessibleDescription(expect.stringContaining('does not run on S5.MEDIUM4'));

    await user.click(screen.getByRole('tab', { name: 'Marketplace images' }));
    const lamp = await imageRadio(/^LAMP stack \(Apache, MySQL, PHP\) on CentOS 7\.9 img-/);
    expect(lamp).toHaveAccessibleDescription(expect.stringContaining('¥0.20/hour · Jiangsu Dingyun'));

    await user.click(screen.getByRole('tab', { name: 'Shared images' }));
    const warning = screen.getByRole('note');
    expect(warning).toHaveTextContent(
      'Shared images are not reviewed by the platform. Use them only if you trust the account that shared them.',
    );
    const shared = await imageRadio(/^partner-api-centos79 img-/);
    expect(shared).toHaveAccessibleDescription(expect.stringContaining('shared by 100000000002'));
    await user.click(shared);
    expect(screen.getByRole('group', { name: 'Chosen image' })).toHaveTextContent(
      'Shared by account 100000000002; not reviewed by the platform.',
    );
  });
});

describe('changing an earlier step after the image is chosen', () => {
  it('an ARM type no longer fits the x86 image: the image step says why and Launch is blocked', async () => {
    const centos = publicId('CentOS 7.9 64-bit');
    const { user, router } = renderWizard({
      zone: 'ap-guangzhou-3',
      type: 'S5.MEDIUM4',
      imageId: centos,
      step: 'image',
    });
    await screen.findByRole('group', { name: 'Chosen image' });
    expect(nextButton()).not.toHaveAttribute('aria-disabled');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await stepHeading('Instance type');
    await user.click(await screen.findByRole('radio', { name: 'SR1.MEDIUM4' }));
    expect(screen.getByRole('radio', { name: 'SR1.MEDIUM4' })).toHaveAccessibleDescription(
      'Does not run the chosen image',
    );
    expect(screen.getByRole('radio', { name: 'S5.MEDIUM4' })).not.toHaveAccessibleDescription();
    await user.click(nextButton());
    await stepHeading('Image');

    const reason = 'This 64-bit x86 image does not run on SR1.MEDIUM4, which is an ARM instance type.';
    expect(screen.getByRole('group', { name: 'Chosen image' })).toHaveTextContent('Chosen: CentOS 7.9 64-bit');
    expect(screen.getAllByText(reason).length).toBeGreaterThan(0);
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
    const steps = screen.getByRole('list', { name: 'Steps' });
    expect(within(steps).getByRole('button', { name: /Review/ })).toHaveAttribute('aria-disabled', 'true');

    // Even at the review (a link to it), Launch stays refused with the step that needs attention.
    const params = new URLSearchParams(router.state.location.search);
    params.set('step', 'review');
    await router.navigate(`${routes.createInstance}?${params.toString()}`);
    await stepHeading('Review');
    expect(screen.getByRole('alert')).toHaveTextContent(`Step 3, Image, needs attention: ${reason}`);
    expect(launchButton()).toHaveAttribute('aria-disabled', 'true');
    const before = testBackend.data().instances.length;
    await user.click(launchButton());
    expect(router.state.location.pathname).toBe('/instances/create');
    expect(testBackend.data().instances).toHaveLength(before);
  });

  it('a region where the chosen custom image does not exist is named on the image step', async () => {
    const image = customId('web-server-centos79');
    const { router } = renderWizard({ zone: 'ap-guangzhou-3', type: 'S5.MEDIUM4', imageId: image, step: 'image' });
    await screen.findByRole('group', { name: 'Chosen image' });
    await router.navigate(
      `${routes.createInstance}?region=ap-shanghai&zone=ap-shanghai-2&type=S5.MEDIUM4&imageId=${image}&step=image`,
    );
    const reason = `Image ${image} is not available in Shanghai (images belong to one region, and a shared image may have been withdrawn). Choose another image.`;
    // Shown on the step, and tied to the refused Next button for screen readers.
    await waitFor(() => expect(nextButton()).toHaveAccessibleDescription(reason));
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(reason, { selector: '#step-problem' })).toBeVisible();
  });
});

describe('step 4, Storage and settings', () => {
  async function openSettings(imageId = publicId('CentOS 7.9 64-bit')) {
    const utils = renderWizard({ zone: 'ap-guangzhou-3', type: 'S5.MEDIUM4', imageId, step: 'settings' });
    await stepHeading('Storage and settings');
    await screen.findByRole('spinbutton', { name: 'System disk (GB)' });
    return utils;
  }

  it('proposes 50 GB for a 20 GB image and the image size for a larger one', async () => {
    await openSettings();
    expect(screen.getByRole('spinbutton', { name: 'System disk (GB)' })).toHaveValue(50);
    expect(screen.getByRole('spinbutton', { name: 'Number of instances' })).toHaveValue(1);
    expect(screen.getByRole('textbox', { name: 'Instance name (optional)' })).toHaveValue('');
    expect(nextButton()).toHaveAccessibleName('Next: Review');
    expect(nextButton()).not.toHaveAttribute('aria-disabled');
  });

  it('refuses a disk smaller than the image, naming both sizes', async () => {
    const { user } = await openSettings(customId('sql-server-2019-win'));
    const disk = screen.getByRole('spinbutton', { name: 'System disk (GB)' });
    expect(disk).toHaveValue(80);
    expect(disk).toHaveAccessibleDescription(expect.stringContaining('At least 80 GB (the image), at most 1024 GB.'));

    await replaceValue(user, disk, '60');
    const message = 'System disk must be at least 80 GB, the size of the image (got 60 GB).';
    expect(disk).toHaveValue(60);
    expect(disk).toBeInvalid();
    expect(disk).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(nextButton());
    expect(screen.getByRole('heading', { level: 2, name: 'Storage and settings' })).toBeInTheDocument();

    await replaceValue(user, disk, '80');
    expect(disk).toBeValid();
    expect(screen.queryByText(message)).not.toBeInTheDocument();
    expect(nextButton()).not.toHaveAttribute('aria-disabled');
  });

  it('refuses a disk above 1024 GB', async () => {
    const { user } = await openSettings();
    const disk = screen.getByRole('spinbutton', { name: 'System disk (GB)' });
    await replaceValue(user, disk, '1024');
    expect(disk).toBeValid();
    expect(nextButton()).not.toHaveAttribute('aria-disabled');

    await replaceValue(user, disk, '1025');
    const message = 'System disk size must be between 20 and 1024 GB.';
    expect(disk).toBeInvalid();
    expect(disk).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(nextButton());
    expect(screen.getByRole('heading', { level: 2, name: 'Storage and settings' })).toBeInTheDocument();
  });

  it('refuses 0 and 101 instances', async () => {
    const { user } = await openSettings();
    const count = screen.getByRole('spinbutton', { name: 'Number of instances' });
    const message = 'Instance count must be between 1 and 100.';

    await replaceValue(user, count, '0');
    expect(count).toHaveValue(0);
    expect(count).toBeInvalid();
    expect(count).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');

    // 100 is within the count's range, but more than the zone's instance quota of 30 leaves.
    await replaceValue(user, count, '20');
    expect(count).toBeValid();
    expect(nextButton()).not.toHaveAttribute('aria-disabled');

    await replaceValue(user, count, '101');
    expect(count).toBeInvalid();
    expect(count).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
  });

  it('refuses more instances than the zone’s quota of 30 leaves, before Launch', async () => {
    const { user } = await openSettings();
    const held = (await listInstances()).filter((i) => i.Placement.Zone === 'ap-guangzhou-3').length;
    const count = screen.getByRole('spinbutton', { name: 'Number of instances' });
    await replaceValue(user, count, String(30 - held + 1));
    const message = `You have ${held} of 30 instances in ap-guangzhou-3, so at most ${30 - held} more can be launched there, not ${30 - held + 1}.`;
    await waitFor(() => expect(count).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(count).toBeInvalid();
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
    await replaceValue(user, count, String(30 - held));
    expect(count).toBeValid();
  });

  it('refuses a name over 60 characters', async () => {
    const { user } = await openSettings();
    const name = screen.getByRole('textbox', { name: 'Instance name (optional)' });
    await user.click(name);
    await user.paste('n'.repeat(60));
    expect(name).toBeValid();
    expect(nextButton()).not.toHaveAttribute('aria-disabled');
    await user.type(name, 'x');
    expect(name).toHaveValue(`${'n'.repeat(60)}x`);
    expect(name).toBeInvalid();
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Instance name must be at most 60 characters.'));
    // Said once, beside the field that is optional (not "1 to 60", as if it were required).
    expect(
      screen.getAllByText('Instance name must be at most 60 characters.', { selector: '.field-error' }),
    ).toHaveLength(1);
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
  });

  it('refuses a name that leaves no room for the "-1", "-2"… of several instances', async () => {
    const { user } = await openSettings();
    const name = screen.getByRole('textbox', { name: 'Instance name (optional)' });
    await user.click(name);
    await user.paste('n'.repeat(59));
    expect(name).toBeValid();
    expect(nextButton()).not.toHaveAttribute('aria-disabled');

    await replaceValue(user, screen.getByRole('spinbutton', { name: 'Number of instances' }), '2');
    expect(name).toBeInvalid();
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining(
        'Instance name must be at most 58 characters when launching 2 instances, so that "-1" to "-2" fit in 60.',
      ),
    );
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
  });

  it('names the first problem in the order the API checks: limits, then the name, then the disk', async () => {
    const { user } = await openSettings(customId('sql-server-2019-win'));
    const disk = screen.getByRole('spinbutton', { name: 'System disk (GB)' });
    const name = screen.getByRole('textbox', { name: 'Instance name (optional)' });
    const count = screen.getByRole('spinbutton', { name: 'Number of instances' });
    await replaceValue(user, disk, '60');
    await user.click(name);
    await user.paste('n'.repeat(61));
    await replaceValue(user, count, '2');

    // A name over the parameter's limit comes first.
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
    expect(nextButton()).toHaveAccessibleDescription('Instance name must be at most 60 characters.');

    // Then the room the name leaves for "-1", "-2".
    await user.type(name, '{Backspace}{Backspace}');
    expect(nextButton()).toHaveAccessibleDescription(
      'Instance name must be at most 58 characters when launching 2 instances, so that "-1" to "-2" fit in 60.',
    );

    // Then the disk against the image.
    await replaceValue(user, count, '1');
    expect(nextButton()).toHaveAccessibleDescription(
      'System disk must be at least 80 GB, the size of the image (got 60 GB).',
    );
    await replaceValue(user, disk, '80');
    expect(nextButton()).not.toHaveAttribute('aria-disabled');
  });

  it('a custom image with a data-disk snapshot brings a data disk (sql-server-2019-win)', async () => {
    await openSettings(customId('sql-server-2019-win'));
    expect(
      screen.getByText(
        'This image includes data-disk snapshots, so each instance also gets a 200 GB data disk restored from them.',
      ),
    ).toBeInTheDocument();
  });

  it('an image without data-disk snapshots shows no data-disk notice', async () => {
    await openSettings(customId('web-server-centos79'));
    expect(screen.queryByText(/data-disk snapshots/)).not.toBeInTheDocument();
  });
});

describe('step 5, Review: the price broken down', () => {
  it('a public Linux image in a mainland region has no image fee', async () => {
    renderWizard({
      zone: 'ap-guangzhou-3',
      type: 'S5.MEDIUM4',
      imageId: publicId('CentOS 7.9 64-bit'),
      step: 'review',
    });
    await stepHeading('Review');
    await screen.findByRole('table', { name: 'Price breakdown' });
    expect(screen.getByText(/^CentOS 7\.9 64-bit \(img-/)).toBeInTheDocument();
    expect(screen.getByText('S5.MEDIUM4 · 2 vCPU, 4 GB · 64-bit x86')).toBeInTheDocument();
    expect(priceRow(/^Instance \(S5\.MEDIUM4\)/)).toHaveTextContent('¥0.36');
    expect(priceRow(/^Image fee/)).toHaveTextContent('¥0.00 Free');
    expect(priceRow(/^System disk \(50 GB\)/)).toHaveTextContent('¥0.02');
    expect(priceRow(/^Total/)).toHaveTextContent('¥0.38 per hour');
    expect(launchButton()).not.toHaveAttribute('aria-disabled');
  });

  it('a Windows image in ap-singapore carries the Windows licence fee', async () => {
    renderWizard({
      region: 'ap-singapore',
      zone: 'ap-singapore-1',
      type: 'S5.MEDIUM4',
      imageId: publicId('Windows Server 2022 Datacenter 64-bit English', 'ap-singapore'),
      step: 'review',
    });
    await screen.findByRole('table', { name: 'Price breakdown' });
    // Billed in US dollars outside the mainland: ¥0.12 and ¥0.06 at CNY_PER_USD.
    expect(priceRow(/^Image fee/)).toHaveTextContent(
      '$0.0167 Windows licence outside the Chinese mainland: $0.0083 per vCPU per hour',
    );
    // Overseas instances cost 1.25 times the mainland price: ¥0.45, in US dollars.
    expect(priceRow(/^Instance \(S5\.MEDIUM4\)/)).toHaveTextContent('$0.0625');
  });

  it('the same Windows image in Guangzhou is free', async () => {
    renderWizard({
      zone: 'ap-guangzhou-3',
      type: 'S5.MEDIUM4',
      imageId: publicId('Windows Server 2022 Datacenter 64-bit English'),
      step: 'review',
    });
    await screen.findByRole('table', { name: 'Price breakdown' });
    expect(priceRow(/^Image fee/)).toHaveTextContent('¥0.00 Free');
  });

  it('a paid marketplace image shows its vendor price (hourly and monthly)', async () => {
    const { router } = renderWizard({
      zone: 'ap-guangzhou-3',
      type: 'S5.MEDIUM4',
      imageId: marketId('LAMP stack (Apache, MySQL, PHP) on CentOS 7.9'),
      step: 'review',
    });
    await screen.findByRole('table', { name: 'Price breakdown' });
    expect(priceRow(/^Image fee/)).toHaveTextContent('¥0.20 Jiangsu Dingyun: ¥0.20 per hour');
    expect(priceRow(/^Total/)).toHaveTextContent('¥0.58 per hour');

    await router.navigate(
      `${routes.createInstance}?region=ap-guangzhou&zone=ap-guangzhou-3&type=S5.MEDIUM4&imageId=${marketId('Magento Open Source 2.4 on Ubuntu 22.04')}&step=review`,
    );
    await waitFor(() => expect(priceRow(/^Image fee/)).toHaveTextContent('Bitnami: ¥99.00 per month'));
    expect(priceRow(/^Image fee/)).toHaveTextContent('¥0.1375');
  });

  it('counts the data disk and several instances in the total', async () => {
    renderWizard({
      zone: 'ap-guangzhou-3',
      type: 'S5.MEDIUM4',
      imageId: customId('sql-server-2019-win'),
      count: '3',
      step: 'review',
    });
    await screen.findByRole('table', { name: 'Price breakdown' });
    expect(priceRow(/^Data disks/)).toHaveTextContent('¥0.08');
    expect(priceRow(/^System disk \(80 GB\)/)).toHaveTextContent('¥0.032');
    // (0.36 + 0 + 0.032 + 0.08) × 3
    expect(priceRow(/^Total for 3 instances/)).toHaveTextContent('¥1.416 per hour');
  });
});

describe('the price on each step', () => {
  it('outside the mainland, each step shows what the review charges, in the region’s currency', async () => {
    const { user } = renderWizard({
      region: 'ap-singapore',
      zone: 'ap-singapore-1',
      type: 'S5.MEDIUM4',
      imageId: publicId('Windows Server 2022 Datacenter 64-bit English', 'ap-singapore'),
      step: 'type',
    });
    await stepHeading('Instance type');
    // The Singapore price of S5.MEDIUM4 (¥0.36 × 1.25, in US dollars), not the mainland's.
    expect(await screen.findByRole('row', { name: /^S5\.MEDIUM4 / })).toHaveTextContent('$0.0625/hour');
    await user.click(nextButton());
    await stepHeading('Image');
    const stepPrice = screen.getByText(/^Price: /).textContent;
    expect(stepPrice).toMatch(/^Price: \$\d+\.\d{2,4}\/hour$/);
    await user.click(nextButton());
    await stepHeading('Storage and settings');
    expect(screen.getByText(/^Price: /)).toHaveTextContent(stepPrice!);
    // A disk the settings refuse leaves the image chosen: the price says what is to correct.
    const disk = screen.getByRole('spinbutton', { name: 'System disk (GB)' });
    const typed = String((disk as HTMLInputElement).value);
    await user.clear(disk);
    await user.type(disk, '25.5');
    expect(
      screen.getByText('Instance type: $0.0625/hour. The image and disks are added once the settings are corrected.'),
    ).toBeInTheDocument();
    await user.clear(disk);
    await user.type(disk, typed);
    expect(screen.getByText(/^Price: /)).toHaveTextContent(stepPrice!);
    await user.click(nextButton());
    await screen.findByRole('table', { name: 'Price breakdown' });
    expect(priceRow(/^Total/)).toHaveTextContent(`${stepPrice!.replace(/^Price: /, '').replace('/hour', '')} per hour`);
  });

  it('a monthly listing shows its monthly price first, the hourly share only as a hint', async () => {
    renderWizard({
      zone: 'ap-guangzhou-3',
      type: 'S5.MEDIUM4',
      imageId: marketId('Magento Open Source 2.4 on Ubuntu 22.04'),
      step: 'review',
    });
    await screen.findByRole('table', { name: 'Price breakdown' });
    expect(priceRow(/^Image fee/)).toHaveTextContent(
      /^Image fee¥99\.00\/month \(≈ ¥0\.1375\/hour in the hourly total\)/,
    );
  });
});

/** What Review says for a term of its list (each term is followed by its one definition). */
function reviewed(term: string): HTMLElement {
  const index = screen.getAllByRole('term').findIndex((t) => t.textContent === term);
  if (index < 0) throw new Error(`no term ${term}`);
  return screen.getAllByRole('definition')[index]!;
}

describe('in Chinese', () => {
  /** The wizard at `choices` on the Chinese page. */
  const renderInChinese = (choices: Record<string, string>) =>
    renderAt(<CreateInstancePage />, {
      url: `${routes.createInstance}?${new URLSearchParams({ region: 'ap-guangzhou', ...choices }).toString()}`,
      path: routes.createInstance,
      locale: 'zh-CN',
    });

  it('names the instance families in Chinese, as the API names them in Chinese', async () => {
    renderInChinese({ zone: 'ap-guangzhou-3', step: 'type' });
    await screen.findByRole('radio', { name: 'S5.MEDIUM4' });
    const family = (type: string) =>
      within(screen.getByRole('row', { name: new RegExp(`^${type.replace('.', '\\.')} `) })).getByRole('cell', {
        name: /^标准型/,
      });
    expect(family('S5.MEDIUM4')).toHaveTextContent(/^标准型S5$/);
    expect(family('SA5.LARGE8')).toHaveTextContent(/^标准型SA5$/);
    expect(family('SR1.MEDIUM4')).toHaveTextContent(/^标准型SR1$/);
    expect(screen.queryByText(/Standard/)).not.toBeInTheDocument();
  });

  it('says on Review that an instance left unnamed is named 未命名', async () => {
    renderInChinese({
      zone: 'ap-guangzhou-3',
      type: 'S5.MEDIUM4',
      imageId: publicId('Debian 12.0 64-bit'),
      step: 'review',
    });
    await screen.findByText('未命名');
    expect(reviewed('名称')).toHaveTextContent(/^未命名 （默认名称）$/);
  });
});

describe('Launch', () => {
  it('launches an instance left unnamed as 未命名, the name the API gives it, and says so on Review', async () => {
    const { user } = renderWizard({
      zone: 'ap-guangzhou-3',
      type: 'S5.MEDIUM4',
      imageId: publicId('Debian 12.0 64-bit'),
      step: 'settings',
    });
    await stepHeading('Storage and settings');
    await user.click(nextButton());
    await stepHeading('Review');
    expect(reviewed('Name')).toHaveTextContent(/^未命名 \(the default name\)$/);
    expect(screen.queryByText(/Unnamed/)).not.toBeInTheDocument();
    await screen.findByRole('table', { name: 'Price breakdown' });

    const before = testBackend.data().instances.length;
    await user.click(launchButton());
    await screen.findByTestId('navigated');
    expect(
      testBackend
        .data()
        .instances.slice(before)
        .map((i) => i.InstanceName),
    ).toEqual(['未命名']);
  });

  it('walks the five steps with Next, launches and goes to the instances of the region', async () => {
    const { user, router } = renderWizard();
    await user.click(await screen.findByRole('radio', { name: 'Guangzhou Zone 4 (ap-guangzhou-4)' }));
    await user.click(nextButton());
    await user.click(await screen.findByRole('radio', { name: 'SA5.MEDIUM4' }));
    await user.click(nextButton());
    await user.type(await screen.findByRole('searchbox', { name: 'Search images' }), 'Debian 12');
    await user.click(await imageRadio(/^Debian 12\.0 64-bit img-/));
    await user.click(nextButton());
    await user.type(await screen.findByRole('textbox', { name: 'Instance name (optional)' }), 'wizard-test-01');
    await user.click(nextButton());
    await stepHeading('Review');
    expect(screen.getByText('wizard-test-01')).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Price breakdown' });

    const before = testBackend.data().instances.length;
    await user.click(launchButton());
    await screen.findByTestId('navigated');
    expect(router.state.location.pathname).toBe('/instances');
    expect(new URLSearchParams(router.state.location.search).get('region')).toBe('ap-guangzhou');
    const created = testBackend.data().instances.slice(before);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      InstanceName: 'wizard-test-01',
      InstanceType: 'SA5.MEDIUM4',
      Placement: { Zone: 'ap-guangzhou-4' },
      ImageId: publicId('Debian 12.0 64-bit'),
      SystemDisk: expect.objectContaining({ DiskSize: 50 }),
      OwnerId: A1,
    });
    expect(screen.getByText(`Launching 1 instance: ${created[0]!.InstanceId}.`)).toBeInTheDocument();
  });

  it('shows the API refusal when the shared image was withdrawn after it was chosen', async () => {
    const { user, router } = renderWizard({ zone: 'ap-guangzhou-3', type: 'S5.MEDIUM4', step: 'image' });
    await imageRadio(/^TencentOS Server 4 64-bit img-/);
    await user.click(screen.getByRole('tab', { name: 'Shared images' }));
    await user.click(await imageRadio(/^partner-api-centos79 img-/));
    await user.click(nextButton());
    await stepHeading('Storage and settings');
    await user.click(nextButton());
    await stepHeading('Review');
    await screen.findByRole('table', { name: 'Price breakdown' });

    // The owner (account …02) cancels the share meanwhile.
    const imageId = customId('partner-api-centos79');
    await callCvm(
      'ModifyImageSharePermission',
      'ap-guangzhou',
      { ImageId: imageId, AccountIds: [A1], Permission: 'CANCEL' },
      { account: A2 },
    );

    const before = testBackend.data().instances.length;
    await user.click(launchButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`The image ${imageId} cannot be found in ap-guangzhou.`);
    expect(alert).toHaveTextContent('Code InvalidImageId.NotFound');
    expect(router.state.location.pathname).toBe('/instances/create');
    expect(testBackend.data().instances).toHaveLength(before);
    expect(launchButton()).toBeInTheDocument();
  });
});

describe('arriving from "Launch instance" on an image', () => {
  it('chooses an available zone and a type that fits the x86 image, and opens past the picker with the image summarised', async () => {
    const image = publicId('Ubuntu Server 22.04 LTS 64-bit');
    const { user, router } = renderWizard({ imageId: image, step: 'image' });
    await stepHeading('Storage and settings');
    const summary = screen.getByRole('group', { name: 'Chosen image' });
    expect(summary).toHaveTextContent('Chosen: Ubuntu Server 22.04 LTS 64-bit');
    expect(summary).toHaveTextContent('64-bit x86 · 20 GB · Free');
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('type')).toBe('S5.MEDIUM4');
    expect(params.get('zone')).toBe('ap-guangzhou-3');
    expect(params.get('step')).toBe('settings');
    // Nothing is wrong yet, and nothing says so.
    expect(errorsShown()).toEqual([]);
    expect(nextButton()).not.toHaveAttribute('aria-disabled');

    // Change image: the picker, the chosen image ticked.
    await user.click(within(summary).getByRole('button', { name: 'Change image' }));
    await stepHeading('Image');
    expect(screen.getByRole('tab', { name: 'Public images' })).toHaveAttribute('aria-selected', 'true');
    expect(compatibleOnly()).toBeChecked();
    await user.type(screen.getByRole('searchbox', { name: 'Search images' }), 'Ubuntu Server 22.04');
    expect(await imageRadio(/^Ubuntu Server 22\.04 LTS 64-bit img-/)).toBeChecked();
    expect(nextButton()).not.toHaveAttribute('aria-disabled');
  });

  it('from a custom image, the picker opens on the Custom images tab', async () => {
    const { user } = renderWizard({ imageId: customId('web-server-centos79'), step: 'image' });
    await stepHeading('Storage and settings');
    await user.click(screen.getByRole('button', { name: 'Change image' }));
    await stepHeading('Image');
    expect(screen.getByRole('tab', { name: 'Custom images' })).toHaveAttribute('aria-selected', 'true');
    expect(await imageRadio(/^web-server-centos79 img-/)).toBeChecked();
  });

  it('preselects the first zone that sells a type that runs the image', async () => {
    // Guangzhou zone 3 is the first available zone; an ARM image needs an ARM type, sold there too.
    const { router } = renderWizard({ imageId: customId('build-agent-tencentos-arm'), step: 'image' });
    await stepHeading('Storage and settings');
    expect(new URLSearchParams(router.state.location.search).get('zone')).toBe('ap-guangzhou-3');
  });

  it('an ARM image in Chengdu, where no ARM type is sold, says so on the picker and chooses no zone or type', async () => {
    const arm = publicImages('ap-chengdu').find((i) => i.Architecture === 'arm')!;
    const { router } = renderWizard({ region: 'ap-chengdu', imageId: arm.ImageId, step: 'image' });
    await stepHeading('Image');
    await screen.findByRole('group', { name: 'Chosen image' });
    // Said once, above the list, and each ARM image listed points to it.
    const reason =
      'No instance type sold in Chengdu runs ARM images, so this image has no instance type to run on here; choose another image, or copy it to a region that sells such types.';
    await waitFor(() => expect(screen.getByRole('note')).toHaveTextContent(reason));
    expect(screen.getAllByText(reason, { ignore: '.visually-hidden' })).toHaveLength(1);
    const listedArm = await imageRadio(new RegExp(`^${arm.ImageName.replace(/[()]/g, '\\$&')} img-`));
    expect(listedArm).toBeDisabled();
    expect(listedArm).toHaveAccessibleDescription(expect.stringContaining(reason));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('zone')).toBeNull();
    expect(params.get('type')).toBeNull();
    expect(params.get('step')).toBe('image');
  });

  it('chooses an ARM type for an ARM image', async () => {
    const image = customId('build-agent-tencentos-arm');
    const { router } = renderWizard({ imageId: image, step: 'image' });
    await screen.findByRole('group', { name: 'Chosen image' });
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('type')).toBe('SR1.MEDIUM4'));
    expect(screen.getByRole('group', { name: 'Chosen image' })).toHaveTextContent('ARM · 40 GB · Free');
    expect(screen.queryByText('Choose an image.')).not.toBeInTheDocument();
    expect(nextButton()).not.toHaveAttribute('aria-disabled');
  });
});
