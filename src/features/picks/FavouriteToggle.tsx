import { useT } from '../../ui/i18n/I18n.tsx';
import { useAccount } from '../account/use-account.ts';
import { isFavourite, toggleFavourite, usePicks } from './picks-store.ts';

interface Props {
  imageId: string;
  region: string;
  /** The element naming the image: read as the toggle's description, so each row's toggle is told apart. */
  describedBy: string;
}

/**
 * "Favourite": a light star toggle (outline, filled when on), the same in the images list and the
 * wizard's picker, both reading and writing this account's picks (picks-store.ts), so a favourite
 * marked in one shows in the other.
 */
export function FavouriteToggle({ imageId, region, describedBy }: Props) {
  const t = useT();
  const account = useAccount();
  const on = isFavourite(usePicks(), imageId, region);
  // The star is the stylesheet's (picks.css): no elements of its own in each of a page's rows.
  return (
    <button
      type="button"
      className="glyph-button favourite-toggle"
      aria-label={t('image.favourite')}
      title={t('image.favourite')}
      aria-pressed={on}
      aria-describedby={describedBy}
      onClick={() => toggleFavourite(account, imageId, region)}
    />
  );
}
