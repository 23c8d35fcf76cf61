import { useEffect } from 'react';
import { useT } from './i18n/I18n.tsx';

/** The browser tab's title while a page is shown: "Images · CVM Image Console", in the person's language. */
export function useTitle(page: string | undefined): void {
  const t = useT();
  useEffect(() => {
    document.title = page ? t('app.pageTitle', { page }) : t('app.name');
  }, [page, t]);
}
