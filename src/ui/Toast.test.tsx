// Toasts belong to the account they were shown for, stack at most two with "N more", and each can be dismissed.
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withI18n } from '../test/render.tsx';
import { ToastProvider, useToast } from './Toast.tsx';

function Shower() {
  const toast = useToast();
  const [n, setN] = useState(1);
  return (
    <button
      type="button"
      onClick={() => {
        toast.show(`Done ${n}`);
        setN(n + 1);
      }}
    >
      Show
    </button>
  );
}

function Harness() {
  const [account, setAccount] = useState('100000000001');
  return (
    <ToastProvider owner={account}>
      <Shower />
      <button type="button" onClick={() => setAccount(account === '100000000001' ? '100000000003' : '100000000001')}>
        Switch account
      </button>
    </ToastProvider>
  );
}

function renderToasts() {
  const user = userEvent.setup();
  render(withI18n(<Harness />));
  return { user };
}

const toastList = () => screen.getAllByRole('status').at(-1)!;

describe('Toast', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the two newest and says how many more wait; "N more" shows them all', async () => {
    const { user } = renderToasts();
    for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(toastList()).toHaveTextContent('Done 3');
    expect(toastList()).toHaveTextContent('Done 4');
    expect(toastList()).not.toHaveTextContent('Done 1');
    expect(toastList()).not.toHaveTextContent('Done 2');
    const more = screen.getByRole('button', { name: '2 more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(toastList()).toHaveTextContent(/Done 1.*Done 2.*Done 3.*Done 4/);
    await user.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(toastList()).not.toHaveTextContent('Done 1');
  });

  it('a dismissed toast goes and the next waiting one shows', async () => {
    const { user } = renderToasts();
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Show' }));
    await user.click(screen.getAllByRole('button', { name: 'Dismiss' })[1]!);
    expect(toastList()).toHaveTextContent(/Done 1.*Done 2/);
    expect(toastList()).not.toHaveTextContent('Done 3');
    expect(screen.queryByRole('button', { name: /more$/ })).not.toBeInTheDocument();
  });

  it('belongs to its account: switching hides it, switching back shows it again', async () => {
    const { user } = renderToasts();
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(toastList()).toHaveTextContent('Done 1');
    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    expect(toastList()).not.toHaveTextContent('Done 1');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(toastList()).toHaveTextContent('Done 2');
    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    expect(toastList()).toHaveTextContent('Done 1');
    expect(toastList()).not.toHaveTextContent('Done 2');
  });

  it('goes by itself after a few seconds', () => {
    vi.useFakeTimers();
    renderToasts();
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(toastList()).toHaveTextContent('Done 1');
    act(() => vi.advanceTimersByTime(6000));
    expect(toastList()).toBeEmptyDOMElement();
  });

  it('stays while the focus is on it, and goes once the focus leaves', () => {
    vi.useFakeTimers();
    renderToasts();
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    screen.getByRole('button', { name: 'Dismiss' }).focus();
    act(() => vi.advanceTimersByTime(10_000));
    expect(toastList()).toHaveTextContent('Done 1');
    act(() => screen.getByRole('button', { name: 'Show' }).focus());
    expect(toastList()).toBeEmptyDOMElement();
  });

  it('leaves no timer behind once the console is gone (one left set state after the page was torn down)', () => {
    vi.useFakeTimers();
    const { unmount } = render(withI18n(<Harness />));
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
