// Where something is, for an address or a search that names it by ID alone (`/images/<id>`,
// "Go to ID"): IDs are unique across regions, but every API call is made in one region.
import { queryOptions } from '@tanstack/react-query';
import { regions } from '../rules/regions.ts';
import { callCvm } from './client.ts';

/**
 * The region of the first of `regions` whose answer `has` what was asked (each asked by ID): the
 * preferred one first, alone, then all the others at once. One call when the thing is where the
 * person last looked, one per region otherwise. Null when no region has it; a region's failure
 * counts only when no other region answered.
 */
async function firstRegionWith(preferred: string, ask: (region: string) => Promise<boolean>): Promise<string | null> {
  if (await ask(preferred)) return preferred;
  const others = regions.map((r) => r.id).filter((id) => id !== preferred);
  const answers = await Promise.allSettled(others.map(ask));
  const found = answers.findIndex((a) => a.status === 'fulfilled' && a.value);
  if (found >= 0) return others[found]!;
  const failed = answers.find((a) => a.status === 'rejected');
  if (failed && answers.every((a) => a.status === 'rejected')) throw failed.reason;
  return null;
}

/** The region an image is in, for an address without one (`/images/<id>`). */
export function imageRegionQuery(account: string, preferred: string, imageId: string) {
  return queryOptions({
    queryKey: ['images', account, 'region-of', imageId] as const,
    queryFn: ({ signal }) =>
      firstRegionWith(preferred, async (region) => {
        const res = await callCvm('DescribeImages', region, { ImageIds: [imageId] }, { signal, account });
        return res.ImageSet.length > 0;
      }),
  });
}

/** The region an instance is in ("Go to ID" with an instance ID). */
export function instanceRegionQuery(account: string, preferred: string, instanceId: string) {
  return queryOptions({
    queryKey: ['instances', account, 'region-of', instanceId] as const,
    queryFn: ({ signal }) =>
      firstRegionWith(preferred, async (region) => {
        const res = await callCvm('DescribeInstances', region, { InstanceIds: [instanceId] }, { signal, account });
        return res.InstanceSet.length > 0;
      }),
  });
}
