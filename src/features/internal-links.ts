import { useEffect } from 'react';
import { useNavigate } from './router.tsx';

/**
 * Internal links are plain `<a href>`: a router `<Link>` costs hooks, a memoized path and a click
 * handler on every render, which on a page of image rows (two links each) was the largest part of
 * rendering the first rows (npm run bench, CPU profile). One listener on the document routes a
 * plain left click on any same-origin link without reloading the page; a modified or middle click,
 * a link with a target or a download, and an anchor on the same page keep the browser's behaviour.
 * It listens after React's handlers, so a handler that already took the click (preventDefault) wins.
 */
export function useInternalLinks() {
  const navigate = useNavigate();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
      if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return;
      const here = window.location;
      if (link.hash && link.pathname === here.pathname && link.search === here.search) return;
      event.preventDefault();
      void navigate(link.pathname + link.search + link.hash);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [navigate]);
}
