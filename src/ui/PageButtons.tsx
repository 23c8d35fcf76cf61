import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useT } from './i18n/I18n.tsx';

interface Props {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  /** What stands between the two buttons: where the list is ("Page 2 of 5"). */
  children: ReactNode;
}

/**
 * Previous page, what is between, Next page. A press that reaches the first or the last page
 * disables the button pressed, and the browser would drop the focus to the document's start: it
 * moves to the other button instead, so the keyboard stays in the pager.
 */
export function PageButtons({ page, pages, onPage, children }: Props) {
  const t = useT();
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const pressed = useRef<'previous' | 'next' | null>(null);
  const first = page <= 1;
  const last = page >= pages;
  useLayoutEffect(() => {
    const was = pressed.current;
    pressed.current = null;
    if (was === 'next' && last) previous.current?.focus();
    else if (was === 'previous' && first) next.current?.focus();
  }, [page, first, last]);
  const press = (which: 'previous' | 'next') => {
    pressed.current = which;
    onPage(which === 'next' ? page + 1 : page - 1);
  };
  return (
    <>
      <button ref={previous} type="button" className="secondary" disabled={first} onClick={() => press('previous')}>
        {t('pager.previous')}
      </button>
      {children}
      <button ref={next} type="button" className="secondary" disabled={last} onClick={() => press('next')}>
        {t('pager.next')}
      </button>
    </>
  );
}
