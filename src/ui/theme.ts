// Light or dark. The tokens follow the system (prefers-color-scheme) unless a person chose one in
// the header's Settings: that choice is remembered per browser, like the language, and applied by
// the entry (src/app/main.tsx) as <html data-theme>, before React renders. Imported by the first
// page's entry, so it imports nothing.

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

const KEY = 'cvm-console:theme';
const listeners = new Set<() => void>();

function stored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The theme this browser chose last; `system` when it chose none (or stored something else). */
export function chosenTheme(): Theme {
  const value = stored();
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** Puts the theme on the page: tokens.css reads <html data-theme> (none: the system's). */
export function applyTheme(theme: Theme = chosenTheme()): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** Applies `theme` now and remembers it for the next visit. */
export function chooseTheme(theme: Theme): void {
  try {
    if (theme === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // applied to this page, not remembered
  }
  applyTheme(theme);
  for (const listener of listeners) listener();
}

export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
