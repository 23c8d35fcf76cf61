import { useLayoutEffect, type RefObject } from 'react';

const GAP_PX = 4;
const MARGIN_PX = 8;

/**
 * A box fixed to the viewport (no scrolling box of a table or dialog clips it: a menu, a refused
 * action's reason shown by a tap), under its anchor, or above it when there is more room there,
 * and never past the viewport's edges (shifted in, and scrolling inside itself when taller than the
 * viewport); it follows the anchor while anything scrolls. `floating`
 * must be `position: fixed` while `open`; its place is cleared when it closes.
 */
export function useFixedPlacement(
  open: boolean,
  anchorRef: RefObject<HTMLElement | null>,
  floatingRef: RefObject<HTMLElement | null>,
  align: 'start' | 'end',
) {
  useLayoutEffect(() => {
    if (!open) return;
    const floating = floatingRef.current;
    const place = () => {
      const anchor = anchorRef.current?.getBoundingClientRect();
      if (!anchor || !floating) return;
      // Never taller than the viewport: a long menu on a short screen scrolls inside itself.
      floating.style.maxHeight = `${innerHeight - 2 * MARGIN_PX}px`;
      floating.style.overflowY = 'auto';
      const { width, height } = floating.getBoundingClientRect();
      const below = innerHeight - anchor.bottom;
      const top =
        below >= height + GAP_PX || below >= anchor.top ? anchor.bottom + GAP_PX : anchor.top - GAP_PX - height;
      const left = align === 'end' ? anchor.right - width : anchor.left;
      floating.style.top = `${Math.max(MARGIN_PX, Math.min(top, innerHeight - height - MARGIN_PX))}px`;
      floating.style.left = `${Math.min(Math.max(MARGIN_PX, left), innerWidth - width - MARGIN_PX)}px`;
    };
    place();
    addEventListener('resize', place);
    addEventListener('scroll', place, true);
    return () => {
      removeEventListener('resize', place);
      removeEventListener('scroll', place, true);
      for (const property of ['top', 'left', 'max-height', 'overflow-y']) floating?.style.removeProperty(property);
    };
  }, [open, anchorRef, floatingRef, align]);
}
