import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { useT } from '../ui/i18n/I18n.tsx';
import { Menu, type MenuEntry } from '../ui/Menu.tsx';
import { chooseTheme, chosenTheme, subscribeTheme, themes } from '../ui/theme.ts';
import { useDemoBackendPromise, type DemoBackend } from './demo-backend.ts';

// Asked for only when a person chooses Reset: the first page does not carry the dialog.
const ResetDemoDialog = lazy(() => import('./ResetDemoDialog.tsx'));

const themeKeys = { system: 'settings.themeSystem', light: 'settings.themeLight', dark: 'settings.themeDark' } as const;

/**
 * The header's "Settings": the theme, and "Reset demo data" (asked first, in a dialog) when the
 * console runs on its embedded backend. The theme is offered at once; Reset once the backend has started.
 */
export function SettingsMenu() {
  const t = useT();
  const backend = useStartedBackend();
  const theme = useSyncExternalStore(subscribeTheme, chosenTheme);
  const [asking, setAsking] = useState(false);
  const entries: MenuEntry[] = [
    {
      key: 'theme',
      label: t('settings.theme'),
      items: themes.map((choice) => ({
        key: choice,
        label: t(themeKeys[choice]),
        checked: theme === choice,
        onSelect: () => chooseTheme(choice),
      })),
    },
    ...(backend
      ? [{ key: 'reset', label: t('backend.reset'), tone: 'danger' as const, onSelect: () => setAsking(true) }]
      : []),
  ];
  return (
    <>
      <Menu label={t('settings.label')} entries={entries} />
      {asking && backend && (
        <Suspense fallback={null}>
          <ResetDemoDialog backend={backend} onClose={() => setAsking(false)} />
        </Suspense>
      )}
    </>
  );
}

/** The embedded backend once it has started (null until then, and when there is none or it failed). */
function useStartedBackend(): DemoBackend | null {
  const promise = useDemoBackendPromise();
  const [backend, setBackend] = useState<DemoBackend | null>(null);
  useEffect(() => {
    let current = true;
    void promise.then((started) => {
      if (current) setBackend(started?.startError ? null : started);
    });
    return () => {
      current = false;
    };
  }, [promise]);
  return backend;
}
