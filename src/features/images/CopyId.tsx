import { useEffect, useState } from 'react';
import { useT } from '../../ui/i18n/I18n.tsx';

/** How long "ID copied" stays beside the button. */
const SAID_MS = 2000;

/**
 * "Copy ID": puts an image's ID on the clipboard and says so beside the button, in a live region
 * (a screen reader hears it; the name of the button does not change under focus).
 */
export function CopyId({ id }: { id: string }) {
  const t = useT();
  const [said, setSaid] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => setSaid(null), SAID_MS);
    return () => clearTimeout(timer);
  }, [said]);
  const copy = () =>
    // The clipboard refuses without a secure context or permission: say so, the ID stays selectable.
    (navigator.clipboard?.writeText(id) ?? Promise.reject(new Error('no clipboard'))).then(
      () => setSaid('copied'),
      () => setSaid('failed'),
    );
  return (
    <>
      {/* The icon is the stylesheet's (images.css): no elements of its own in each of a page's rows. */}
      <button
        type="button"
        className="glyph-button copy-id"
        aria-label={t('image.copyId')}
        title={t('image.copyId')}
        onClick={copy}
      />
      <span className="copy-id-said" aria-live="polite">
        {said === 'copied' ? t('image.idCopied') : said === 'failed' ? t('image.idNotCopied') : ''}
      </span>
    </>
  );
}
