// What the load test reads from the product: the limits, regions and copy rules the server runs, and
// the demo world it starts from. Built next to the server (scripts/load-test/server.mjs adds this
// entry to vite.server.config.ts's build), so that the scripts type none of it again.
import { accounts } from '../../src/rules/accounts.ts';
import { destinationViolation } from '../../src/rules/copy.ts';
import { regions } from '../../src/rules/regions.ts';
import { seedStore } from '../../src/mocks/seed/seed-store.ts';

export { CUSTOM_IMAGE_QUOTA_PER_REGION, DESCRIBE_LIMIT_MAX, SHARE_RECIPIENTS_MAX } from '../../src/rules/limits.ts';
export { BUSY_STATES } from '../../src/rules/images.ts';
export { mulberry32 } from '../../src/mocks/random.ts';

/** The demo accounts, which the server prints credentials for. */
export const accountIds: string[] = accounts.map((a) => a.accountId);

export const regionIds: string[] = regions.map((r) => r.id);

/** The regions an image in `source` may be copied to, by the copy rules (quota aside). */
export function copyDestinations(source: string): string[] {
  return regionIds.filter((id) => destinationViolation(source, id) === undefined);
}

/** Where each demo account has seeded images or instances (in seed order): most traffic goes there. */
export function homeRegions(): Record<string, string[]> {
  const { images, instances } = seedStore();
  const home: Record<string, string[]> = Object.fromEntries(accountIds.map((id) => [id, []]));
  for (const { OwnerId, Region } of [...images, ...instances])
    if (!home[OwnerId]!.includes(Region)) home[OwnerId]!.push(Region);
  return home;
}
