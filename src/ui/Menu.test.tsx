import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderAt } from '../test/render.tsx';
import { Menu, type MenuEntry } from './Menu.tsx';

function Harness({ onEdit = () => undefined, onCopy = () => undefined }: { onEdit?: () => void; onCopy?: () => void }) {
  const [size, setSize] = useState('small');
  const entries: MenuEntry[] = [
    { key: 'edit', label: 'Edit', onSelect: onEdit },
    { key: 'delete', label: 'Delete', onSelect: () => undefined, reason: 'Shared with 2 accounts', tone: 'danger' },
    { key: 'copy', label: 'Copy', onSelect: onCopy },
    {
      key: 'size',
      label: 'Size',
      items: ['small', 'large'].map((value) => ({
        key: value,
        label: value === 'small' ? 'Small' : 'Large',
        checked: size === value,
        onSelect: () => setSize(value),
      })),
    },
  ];
  return (
    <>
      <button type="button">Before</button>
      <Menu label="More actions" entries={entries} />
      <button type="button">After</button>
      <p>Size: {size}</p>
    </>
  );
}

const menuButton = () => screen.getByRole('button', { name: 'More actions' });
const item = (name: string) => screen.getByRole('menuitem', { name });

describe('Menu', () => {
  it('is a closed menu button until asked', () => {
    renderAt(<Harness />);
    expect(menuButton()).toHaveAttribute('aria-haspopup', 'menu');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it.each(['{Enter}', ' ', '{ArrowDown}'])('%s on the button opens the menu on its first item', async (key) => {
    const { user } = renderAt(<Harness />);
    menuButton().focus();
    await user.keyboard(key);
    expect(screen.getByRole('menu', { name: 'More actions' })).toBeInTheDocument();
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    expect(item('Edit')).toHaveFocus();
  });

  it('ArrowUp on the button opens it on its last item', async () => {
    const { user } = renderAt(<Harness />);
    menuButton().focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitemradio', { name: 'Large' })).toHaveFocus();
  });

  it('the arrows move through every item, wrapping; Home, End and a first letter jump', async () => {
    const { user } = renderAt(<Harness />);
    menuButton().focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}');
    // A disabled item is reached too: its reason is read there.
    expect(item('Delete')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('menuitemradio', { name: 'Small' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(item('Edit')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitemradio', { name: 'Large' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('Edit')).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitemradio', { name: 'Large' })).toHaveFocus();
    await user.keyboard('c');
    expect(item('Copy')).toHaveFocus();
  });

  it('Escape closes the menu and gives focus back to the button', async () => {
    const { user } = renderAt(<Harness />);
    menuButton().focus();
    await user.keyboard('{Enter}{ArrowDown}{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(menuButton()).toHaveFocus();
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('Tab closes the menu and moves on to what follows the button', async () => {
    const { user } = renderAt(<Harness />);
    menuButton().focus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });

  it('Enter on an item runs it, closes the menu and returns focus to the button', async () => {
    const onCopy = vi.fn();
    const { user } = renderAt(<Harness onCopy={onCopy} />);
    menuButton().focus();
    await user.keyboard('{Enter}{ArrowDown}{ArrowDown}{Enter}');
    expect(onCopy).toHaveBeenCalledOnce();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(menuButton()).toHaveFocus();
  });

  it('a disabled item says why, to a screen reader and on screen, and does nothing when chosen', async () => {
    const { user } = renderAt(<Harness />);
    await user.click(menuButton());
    const refused = screen.getByRole('menuitem', { name: 'Delete', description: 'Shared with 2 accounts' });
    expect(refused).toHaveAttribute('aria-disabled', 'true');
    expect(refused).toBeVisible();
    await user.click(refused);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    refused.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menu')).toBeInTheDocument();
  });

  it('choices in a group are radios that show which is chosen', async () => {
    const { user } = renderAt(<Harness />);
    await user.click(menuButton());
    expect(screen.getByRole('group', { name: 'Size' })).toBeInTheDocument();
    expect(screen.getByRole('menuitemradio', { name: 'Small' })).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('menuitemradio', { name: 'Large' }));
    expect(screen.getByText('Size: large')).toBeInTheDocument();
    await user.click(menuButton());
    expect(screen.getByRole('menuitemradio', { name: 'Large' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('menuitemradio', { name: 'Small' })).toHaveAttribute('aria-checked', 'false');
  });

  it('a click on the button toggles it; a click elsewhere closes it', async () => {
    const onEdit = vi.fn();
    const { user } = renderAt(<Harness onEdit={onEdit} />);
    await user.click(menuButton());
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(menuButton());
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.click(menuButton());
    await user.click(screen.getByText(/Size:/));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(onEdit).not.toHaveBeenCalled();
  });
});
