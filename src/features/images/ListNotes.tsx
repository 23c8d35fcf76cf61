import type { ImageList } from '../../api/image-list.ts';
import { useT } from '../../ui/i18n/I18n.tsx';
import type { Correction } from './image-view.ts';

/** The marketplace tab when the API lists no marketplace images (Tencent Cloud's CVM does not). */
export function UnlistedMarketplace() {
  const t = useT();
  return (
    <p className="notice notice-info" role="note">
      {t('images.marketUnlisted')}
    </p>
  );
}

/**
 * A list the console searched, filtered or sorted in the page, over fewer images than the API lists:
 * what it shows may miss some. Silent when it read them all (the result is then exact).
 */
export function InPageNote({ list }: { list: ImageList | undefined }) {
  const t = useT();
  const scan = list?.inPage;
  if (!scan || scan.read >= scan.of) return null;
  return (
    <p className="notice notice-warning" role="note">
      {t('images.inPageNote', { read: scan.read, of: scan.of })}
    </p>
  );
}

/** What the console corrected in the address to show this list (a region or page that is not there). */
export function Corrections({ corrections }: { corrections: Correction[] }) {
  const t = useT();
  if (corrections.length === 0) return null;
  return (
    <div className="notice notice-info" role="note">
      {corrections.map((c) => (
        <p key={c.kind}>
          {c.kind === 'region'
            ? t('images.corrected.region', { given: c.given, region: t.regionName(c.shown) })
            : t('images.corrected.page', { given: String(c.given), pages: c.pages })}
        </p>
      ))}
    </div>
  );
}
