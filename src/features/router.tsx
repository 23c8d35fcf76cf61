import { useCallback, useLayoutEffect, useMemo, useRef, type AnchorHTMLAttributes } from 'react';
import { Link as WouterLink, Redirect, useLocation as useWouterLocation, useSearch } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';

/**
 * The console's one routing module, on wouter (about 2.5 kB gzip; react-router was 14 kB of the
 * first page and some 60 ms of main-thread time before the first row). Pages and the app import
 * routing from here only, in the call shapes they used before: `useSearchParams()`,
 * `useNavigate()(to, { replace })`, `useLocation()`'s `{ pathname, search, state }`, `useParams`,
 * `Link`, `NavLink`, `Navigate`. The routes themselves are wouter's Switch/Route (src/app/router.tsx).
 */
export { Route, Switch, useParams, useSearchParams } from 'wouter';

/** Where to go: a path with its query, or only a new query (or hash) for the current path. */
export type To = string | { pathname?: string; search?: string; hash?: string };

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

/** The current location: its path, its query with the `?` (or empty), and its history entry's state. */
export function useLocation(): { pathname: string; search: string; state: unknown } {
  const [pathname] = useWouterLocation();
  const query = useSearch();
  const state: unknown = useHistoryState();
  return useMemo(() => ({ pathname, search: query ? `?${query}` : '', state }), [pathname, query, state]);
}

/** A stable `navigate(to, { replace, state })`; an object `to` keeps the parts it does not name. */
export function useNavigate(): (to: To, options?: NavigateOptions) => void {
  const [pathname, go] = useWouterLocation();
  const here = useRef(pathname);
  useLayoutEffect(() => {
    here.current = pathname;
  });
  return useCallback(
    (to: To, options?: NavigateOptions) => {
      const href =
        typeof to === 'string'
          ? to
          : `${to.pathname ?? here.current}${withPrefix('?', to.search)}${withPrefix('#', to.hash)}`;
      go(href, options);
    },
    [go],
  );
}

function withPrefix(prefix: string, part: string | undefined): string {
  if (!part) return '';
  return part.startsWith(prefix) ? part : prefix + part;
}

/** Replaces the location with `to` once rendered (`replace` keeps the current entry out of history). */
export function Navigate({ to, replace }: { to: string; replace?: boolean }) {
  return <Redirect to={to} replace={replace} />;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; replace?: boolean };

/** A link routed in the page (a modified or middle click is left to the browser). */
export function Link(props: LinkProps) {
  return <WouterLink {...props} />;
}

/**
 * A navigation link that says when its page is the current one: class `active` and
 * `aria-current="page"` while the path is `to`'s path or below it (only `to`'s path with `end`).
 */
export function NavLink({ to, end, className, ...rest }: LinkProps & { end?: boolean }) {
  const [pathname] = useWouterLocation();
  const target = to.split(/[?#]/)[0] ?? to;
  const active = pathname === target || (!end && pathname.startsWith(target.endsWith('/') ? target : `${target}/`));
  return (
    <WouterLink
      to={to}
      {...rest}
      className={[className, active ? 'active' : ''].filter(Boolean).join(' ') || undefined}
      aria-current={active ? 'page' : undefined}
    />
  );
}
