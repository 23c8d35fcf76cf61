import { useQuery } from '@tanstack/react-query';
import { imageQueries } from '../../../api/image-queries.ts';
import { copiesQuery } from '../../../api/copies-queries.ts';
import { instanceQueries } from '../../../api/instance-queries.ts';
import { imageImpact, type ImageChange } from '../../../rules/impact.ts';
import type { Image } from '../../../rules/images.ts';
import { useAccount } from '../../account/use-account.ts';

/**
 * What a change to an own image touches, read when the component that asks is shown (a dialog as it
 * opens, the details page): each reading with its own loading and error state, and the facts so far.
 */
export function useImpact(image: Image, region: string, change?: ImageChange) {
  const account = useAccount();
  const instances = useQuery(instanceQueries.launchedFrom(account, region, image.ImageId));
  const shares = useQuery(imageQueries.shares(account, region, image.ImageId));
  const copies = useQuery(copiesQuery(account, region, image));
  const impact = imageImpact(image, region, account, change, {
    instances: [{ region, instances: instances.data?.InstanceSet ?? [] }],
    sharedWith: shares.data?.SharePermissionSet.map((s) => s.AccountId) ?? [],
    copies: copies.data?.copies ?? [],
  });
  return { impact, instances, shares, copies, copiesRecorded: copies.data?.recorded !== false };
}
