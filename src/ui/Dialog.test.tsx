import { screen } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderAt } from '../test/render.tsx';
import { Dialog } from './Dialog.tsx';

/**
 * jsdom has no modal dialogs (src/test/setup.ts makes showModal/close toggle `open`). Here
 * Escape fires a cancelable `cancel` event at the open dialog, closing it unless prevented.
 */
const cancelEvents: Event[] = [];
function onEscape(event: KeyboardEvent) {
  if (event.key !== 'Escape') return;
  const dialog = screen.queryAllByRole('dialog').at(-1) as HTMLDialogElement | undefined;
  if (!dialog) return;
  const cancel = new Event('cancel', { cancelable: true });
  cancelEvents.push(cancel);
  if (dialog.dispatchEvent(cancel)) dialog.close();
}

beforeAll(() => document.addEventListener('keydown', onEscape));
afterAll(() => document.removeEventListener('keydown', onEscape));

function Harness({ onClose = () => undefined }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open settings
      </button>
      {open && (
        <Dialog
          title="Settings"
          onClose={() => {
            onClose();
            setOpen(false);
          }}
        >
          <label>
            Nickname <input />
          </label>
        </Dialog>
      )}
    </>
  );
}

describe('Dialog', () => {
  it('opens as a modal dialog named by its title', async () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const { user } = renderAt(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open settings' }));
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    expect(dialog).toHaveAttribute('open');
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    showModal.mockRestore();
  });

  it('closes on Escape and returns focus to what opened it', async () => {
    const onClose = vi.fn();
    const { user } = renderAt(<Harness onClose={onClose} />);
    const opener = screen.getByRole('button', { name: 'Open settings' });
    await user.click(opener);
    await user.click(screen.getByRole('textbox', { name: 'Nickname' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    // The dialog keeps control of closing: the browser's own close is prevented.
    expect(cancelEvents.at(-1)?.defaultPrevented).toBe(true);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('closes from its Close button and returns focus to what opened it', async () => {
    const { user } = renderAt(<Harness />);
    const opener = screen.getByRole('button', { name: 'Open settings' });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});
