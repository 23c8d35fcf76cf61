// The header's Settings: the theme (System, Light, Dark) applied at once and remembered; "Reset demo
// data" asks first, naming what is lost, and Cancel keeps everything.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { operationsOf, recordOperations } from '../features/operations/operations-store.ts';
import { renderAt } from '../test/render.tsx';
import type { ChosenLocale } from '../ui/i18n/locale.ts';
import { chosenTheme } from '../ui/theme.ts';
import { DemoBackendContext, type DemoBackend } from './demo-backend.ts';
import { SettingsMenu } from './SettingsMenu.tsx';

function renderSettings(backend: DemoBackend | null, locale: ChosenLocale = 'en') {
  return renderAt(
    <DemoBackendContext.Provider value={Promise.resolve(backend)}>
      <SettingsMenu />
    </DemoBackendContext.Provider>,
    { locale },
  );
}

const ACCOUNT = '100000000001';

describe('Settings', () => {
  afterEach(() => {
    localStorage.clear();
    delete document.documentElement.dataset.theme;
  });

  it('offers the theme, System first; a choice applies at once and is remembered', async () => {
    const { user } = renderSettings(null);
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(screen.getByRole('group', { name: 'Theme' })).toBeInTheDocument();
    expect(screen.getByRole('menuitemradio', { name: 'System' })).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('menuitemradio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(chosenTheme()).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(screen.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('menuitemradio', { name: 'System' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(chosenTheme()).toBe('system');
  });

  it('offers no Reset without the embedded backend', async () => {
    const { user } = renderSettings(null);
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(screen.queryByRole('menuitem', { name: 'Reset demo data' })).not.toBeInTheDocument();
  });

  it('Reset asks first, naming what is lost; Cancel keeps everything', async () => {
    const backend = { reset: vi.fn() };
    recordOperations(ACCOUNT, [{ imageId: 'img-aaaaaaaa', region: 'ap-guangzhou', kind: 'create', name: 'web' }]);
    const { user } = renderSettings(backend);
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Reset demo data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset demo data?' });
    expect(dialog).toHaveTextContent('images, shares, copies, instances and operations');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(backend.reset).not.toHaveBeenCalled();
    expect(operationsOf(ACCOUNT)).toHaveLength(1);
    // Focus is back on Settings, where the person was.
    expect(screen.getByRole('button', { name: 'Settings' })).toHaveFocus();
  });

  it('Reset in the dialog resets the backend, forgets the operations and says so', async () => {
    const backend = { reset: vi.fn() };
    recordOperations(ACCOUNT, [{ imageId: 'img-aaaaaaaa', region: 'ap-guangzhou', kind: 'create', name: 'web' }]);
    const { user } = renderSettings(backend, 'zh-CN');
    await user.click(screen.getByRole('button', { name: '设置' }));
    await user.click(await screen.findByRole('menuitem', { name: '重置演示数据' }));
    const dialog = await screen.findByRole('dialog', { name: '重置演示数据？' });
    await user.click(screen.getByRole('button', { name: '重置演示数据' }));
    expect(dialog).not.toBeInTheDocument();
    expect(backend.reset).toHaveBeenCalledOnce();
    expect(operationsOf(ACCOUNT)).toEqual([]);
    expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('演示数据已恢复为初始数据。');
  });
});
