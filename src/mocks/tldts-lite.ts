/**
 * The browser build's stand-in for `tldts` (the full public-suffix list, about half of MSW's
 * browser chunk). MSW only needs it through tough-cookie to match cookie domains, and the
 * embedded backend neither sets nor reads cookies; the console is served from one host.
 * Aliased in vite.config.ts for the client bundle only; Node (tests, mock-api) keeps the real one.
 */
export function getDomain(hostname: string): string | null {
  if (hostname === '' || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return null;
  const labels = hostname.split('.');
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}
