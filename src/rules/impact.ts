import { deleteBlockedReason, modifyBlockedReason } from './custom-images.ts';
import type { Image, Snapshot } from './images.ts';
import type { Instance } from './instances.ts';
import type { Money } from './messages/params.ts';
import { snapshotMonthlyCost } from './pricing.ts';
import { shareBlockedReason } from './share.ts';
import type { Violation } from './violation.ts';

// What a change to a custom image touches, from what the console can read of it: the instances
// launched from it, the accounts it is shared with, its copies in other regions and the snapshots
// behind it with what they cost, and what refuses the change. One view for the Delete, Cancel
// sharing and Edit dialogs and the details page, so each says the same facts the same way.

/** The changes a dialog previews. */
export type ImageChange = 'delete' | 'cancelShare' | 'edit';

export type LaunchedInstance = Pick<Instance, 'InstanceId' | 'InstanceName' | 'InstanceState'>;

/** What the console read about an image (DescribeInstances, DescribeImageSharePermission, its copies). */
export interface ImpactReadings {
  /** Instances launched from it, by the region they run in. */
  instances: readonly { region: string; instances: readonly LaunchedInstance[] }[];
  sharedWith: readonly string[];
  copies: readonly { region: string; image: Pick<Image, 'ImageId' | 'ImageName' | 'ImageState'> }[];
}

export interface SnapshotCost extends Snapshot {
  monthly: Money;
}

export interface Impact extends ImpactReadings {
  snapshots: SnapshotCost[];
  /** What its snapshots cost together each month (they stay billed until deleted). */
  snapshotsMonthly: Money;
  /** Why the change is refused; none when it may go ahead. */
  refusals: Violation[];
}

const blockers: Record<ImageChange, (image: Image, accountId: string) => Violation | undefined> = {
  delete: deleteBlockedReason,
  cancelShare: shareBlockedReason,
  edit: modifyBlockedReason,
};

/** The snapshots behind these images together: how many, how large (GB), and what they cost a month. */
export function snapshotsCost(
  images: readonly Pick<Image, 'SnapshotSet'>[],
  region: string,
): { count: number; sizeGb: number; monthly: Money } {
  const all = images.flatMap((i) => i.SnapshotSet);
  const sizeGb = all.reduce((n, s) => n + s.DiskSize, 0);
  return { count: all.length, sizeGb, monthly: snapshotMonthlyCost(sizeGb, region) };
}

/**
 * The facts of a change to `image` (in `region`, as `accountId` sees it), from what was read; with no
 * change, the facts as they stand (the details page) and no refusals.
 */
export function imageImpact(
  image: Image,
  region: string,
  accountId: string,
  change: ImageChange | undefined,
  readings: ImpactReadings,
): Impact {
  const snapshots = image.SnapshotSet.map((s) => ({ ...s, monthly: snapshotMonthlyCost(s.DiskSize, region) }));
  const refusal = change && blockers[change](image, accountId);
  return {
    instances: readings.instances.filter((group) => group.instances.length > 0),
    sharedWith: readings.sharedWith,
    copies: readings.copies,
    snapshots,
    snapshotsMonthly: snapshotsCost([image], region).monthly,
    refusals: refusal ? [refusal] : [],
  };
}
