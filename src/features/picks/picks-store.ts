import { accountList, useAccountList } from '../../api/stored.ts';
import { IMAGE_ID_PATTERN } from '../../rules/ids.ts';
import { isKnownRegion } from '../../rules/regions.ts';
import { z } from '../../rules/zod.ts';
import { useAccount } from '../account/use-account.ts';

// The picker's memory, per account, in this browser only (never sent to any server): images marked
// Favourite, and the images instances were last launched from with this console. Kept like the
// operations list (operations-store.ts): read back entry by entry, what cannot be read set aside.

const pickSchema = z.object({
  list: z.enum(['favourite', 'recent']),
  imageId: z.string().check(z.regex(IMAGE_ID_PATTERN)),
  region: z.string().check(z.refine(isKnownRegion)),
  /** When it was marked or launched from (ms), newest first in each list. */
  at: z.number(),
});
export type PickedImage = z.infer<typeof pickSchema>;

export const FAVOURITES_MAX = 50;
export const RECENT_MAX = 10;
const picks = accountList('cvm-console:picks', 'picks', pickSchema);

/** Both lists of an account, newest first; the same array until the stored value changes (another tab may change it). */
export function picksOf(account: string): PickedImage[] {
  return picks.of(account);
}

const write = picks.write;

const same = (p: PickedImage, list: PickedImage['list'], imageId: string, region: string) =>
  p.list === list && p.imageId === imageId && p.region === region;

/** Add `list`'s entry for an image at the front, without its older entry, keeping at most `max` of that list. */
function put(account: string, list: PickedImage['list'], imageId: string, region: string, max: number) {
  const rest = picksOf(account).filter((p) => !same(p, list, imageId, region));
  const kept = rest.filter((p) => p.list === list).slice(0, max - 1);
  const others = rest.filter((p) => p.list !== list);
  write(account, [{ list, imageId, region, at: Date.now() }, ...kept, ...others]);
}

export function isFavourite(picks: readonly PickedImage[], imageId: string, region: string): boolean {
  return picks.some((p) => same(p, 'favourite', imageId, region));
}

export function toggleFavourite(account: string, imageId: string, region: string): void {
  if (isFavourite(picksOf(account), imageId, region))
    write(
      account,
      picksOf(account).filter((p) => !same(p, 'favourite', imageId, region)),
    );
  else put(account, 'favourite', imageId, region, FAVOURITES_MAX);
}

/** An instance was launched from this image: it heads the Recent list. */
export function recordLaunch(account: string, imageId: string, region: string): void {
  put(account, 'recent', imageId, region, RECENT_MAX);
}

/** The image IDs of one list in a region, newest first. */
export function pickedIds(picks: readonly PickedImage[], list: PickedImage['list'], region: string): string[] {
  return picks.filter((p) => p.list === list && p.region === region).map((p) => p.imageId);
}

export function usePicks(): PickedImage[] {
  return useAccountList(picks, useAccount());
}
