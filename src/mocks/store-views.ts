// The store as the API shows it: an image's state at a time, a stored image as a viewer sees it,
// what a viewer can see and address in a region, and whether an image ID is taken.
import { violation, type Violation } from '../rules/violation.ts';
import type { Image, ImageOrderField, ImageState, ImageType, LatestExport } from '../rules/images.ts';
import type { InstanceState } from '../rules/instances.ts';
import { catalogueIds, marketImages, publicImages } from './catalogue/images.ts';
import type { ImageExport, StoredImage, StoredInstance, StoreView } from './store.ts';

/** The state and copy progress of a stored image at `now`. */
export function imageStateAt(image: Readonly<StoredImage>, now: number): { state: ImageState; percent: number | null } {
  const task = image.Task;
  if (!task) return { state: image.BaseState, percent: null };
  const elapsed = now - task.startedAt;
  if (elapsed >= task.durationMs) return { state: task.outcome, percent: task.kind === 'SYNC' ? 100 : null };
  const percent = Math.max(0, Math.min(99, Math.floor((elapsed / task.durationMs) * 100)));
  switch (task.kind) {
    case 'CREATE':
      return { state: 'CREATING', percent };
    case 'IMPORT':
      return { state: 'IMPORTING', percent };
    case 'SYNC':
      return { state: 'SYNCING', percent };
  }
}

export type CopyInFlight = NonNullable<Image['CopyingTo']>[number];

/**
 * The copies still being made (SyncImages destinations still SYNCING), by the ID of the image they
 * are copied from: what makes a source busy. One pass over the store, for a whole answer.
 */
export function copiesInFlight(data: StoreView, now: number): ReadonlyMap<string, CopyInFlight[]> {
  const out = new Map<string, CopyInFlight[]>();
  for (const image of data.images) {
    if (image.Task?.kind !== 'SYNC' || !image.CopiedFrom) continue;
    const { state, percent } = imageStateAt(image, now);
    if (state !== 'SYNCING') continue;
    const copy = { ImageId: image.ImageId, Region: image.Region, SyncPercent: percent ?? 0 };
    const list = out.get(image.CopiedFrom.ImageId);
    if (list) list.push(copy);
    else out.set(image.CopiedFrom.ImageId, [copy]);
  }
  return out;
}

type ExportInFlight = NonNullable<Image['ExportingTo']>[number];

/** The export of an image still being written at `now`, with its progress (none or one). */
export function exportsInFlight(image: Readonly<StoredImage>, now: number): ExportInFlight[] {
  const task = image.Export;
  if (!task) return [];
  const elapsed = now - task.startedAt;
  if (elapsed >= exportEnd(task)) return [];
  const ExportPercent = Math.max(0, Math.min(99, Math.floor((elapsed / task.durationMs) * 100)));
  return [{ TaskId: task.TaskId, BucketName: task.BucketName, ExportPercent }];
}

/**
 * An image's latest export at `now`: its files are written one after another, each taking its
 * disk's share of the task's time (a failed task stopped halfway, and says why).
 */
export function latestExport(image: Readonly<StoredImage>, now: number): LatestExport | null {
  const task = image.Export;
  if (!task) return null;
  const over = now - task.startedAt >= exportEnd(task);
  const failed = over && task.FailureReason !== undefined;
  const elapsed = Math.min(now - task.startedAt, exportEnd(task));
  const sizes = task.CosPaths.map((path) => diskSizeOf(image, path));
  const total = sizes.reduce((a, b) => a + b, 0);
  let before = 0;
  const Files = task.CosPaths.map((CosPath, index) => {
    const share = (sizes[index]! / total) * task.durationMs;
    const done = task.durationMs === 0 ? 1 : (elapsed - before) / share;
    before += share;
    const Percent = over && !failed ? 100 : Math.max(0, Math.min(99, Math.floor(done * 100)));
    return { CosPath, Percent };
  });
  return {
    TaskId: task.TaskId,
    BucketName: task.BucketName,
    State: !over ? 'EXPORTING' : failed ? 'FAILED' : 'EXPORTED',
    Files,
    FailureReason: failed ? task.FailureReason! : null,
  };
}

/** When an export task is over: a failing one stops halfway. */
function exportEnd(task: ImageExport): number {
  return task.FailureReason === undefined ? task.durationMs : task.durationMs / 2;
}

/** The size of the disk a file of an export holds (its name ends with the disk's snapshot ID). */
function diskSizeOf(image: Readonly<StoredImage>, cosPath: string): number {
  const disk = image.SnapshotSet.find((s) => cosPath.endsWith(`_${s.SnapshotId}.${cosPath.split('.').pop()}`));
  return Math.max(1, disk?.DiskSize ?? 1);
}

/** A stored custom image as the API shows it to `viewer` at `now` (`copies`: copiesInFlight of the same data and time). */
export function presentImage(
  image: Readonly<StoredImage>,
  viewer: string,
  data: StoreView,
  now: number,
  copies: ReadonlyMap<string, CopyInFlight[]>,
): Image {
  const { Region: _region, OwnerId, BaseState: _base, Task, Export: _export, Flaked: _flaked, ...fields } = image;
  const { state, percent } = imageStateAt(image, now);
  const own = OwnerId === viewer;
  const failed = state === 'IMPORTFAILED' || state === 'CREATEFAILED';
  return {
    ...fields,
    ImageType: own ? 'PRIVATE_IMAGE' : 'SHARED_IMAGE',
    ImageState: state,
    SyncPercent: Task?.kind === 'SYNC' ? percent : null,
    SharedAccountCount: own ? (data.shares[image.ImageId]?.length ?? 0) : 0,
    FailureReason: failed ? fields.FailureReason : null,
    Encrypted: fields.Encrypted ?? false,
    MarketDerived: fields.MarketDerived ?? false,
    // Extension: only the owner learns where its image is being copied or exported.
    ...(own
      ? {
          CopyingTo: copies.get(image.ImageId) ?? [],
          ExportingTo: exportsInFlight(image, now),
          LatestExport: latestExport(image, now),
        }
      : {}),
  };
}

export function instanceStateAt(instance: Readonly<StoredInstance>, now: number, launchMs: number): InstanceState {
  if (instance.InstanceState === 'PENDING' && now - instance.LaunchedAt >= launchMs) return 'RUNNING';
  return instance.InstanceState;
}

export function isSharedWith(data: StoreView, imageId: string, accountId: string): boolean {
  return data.shares[imageId]?.some((s) => s.AccountId === accountId) ?? false;
}

/** Custom images an account holds in a region, copies and imports in flight included (they count against quota). */
export function customImagesOf(data: StoreView, accountId: string, region: string): Readonly<StoredImage>[] {
  return data.images.filter((i) => i.OwnerId === accountId && i.Region === region);
}

/**
 * An image `viewer` can see, before it is presented: the fields a list sorts and filters on (the
 * same as the presented image's), and `present` for the API's image. A list of thousands that
 * shows a page presents only that page's.
 */
export type Visible = Pick<Image, ImageOrderField | 'Architecture' | 'ImageType'> & { present: () => Image };

/**
 * Every image `viewer` can see in `region`: own custom, shared with them, public, marketplace;
 * only of the `types` asked for, so that a list of one source does not present all the others.
 */
export function visibleEntries(
  data: StoreView,
  viewer: string,
  region: string,
  now: number,
  types: ReadonlySet<ImageType> = ALL_TYPES,
  keep: (image: Filterable) => boolean = () => true,
): Visible[] {
  const entry = (image: Readonly<StoredImage> | Image, type: ImageType, present: () => Image): Visible => ({
    ImageType: type,
    ImageName: image.ImageName,
    OsName: image.OsName,
    CreatedTime: image.CreatedTime,
    ImageSize: image.ImageSize,
    Architecture: image.Architecture,
    present,
  });
  const custom: Visible[] = [];
  // What own images are being copied to, found once the first of them is presented (a page of a
  // long list presents twenty).
  let copies: ReadonlyMap<string, CopyInFlight[]> | undefined;
  const copiesNow = () => (copies ??= copiesInFlight(data, now));
  if (types.has('PRIVATE_IMAGE') || types.has('SHARED_IMAGE'))
    for (const image of data.images) {
      if (image.Region !== region || !keep(image)) continue;
      const own = image.OwnerId === viewer;
      if (own ? types.has('PRIVATE_IMAGE') : types.has('SHARED_IMAGE') && isSharedWith(data, image.ImageId, viewer))
        custom.push(
          entry(image, own ? 'PRIVATE_IMAGE' : 'SHARED_IMAGE', () =>
            presentImage(image, viewer, data, now, copiesNow()),
          ),
        );
    }
  const listed = (images: Image[]) => images.filter(keep).map((image) => entry(image, image.ImageType, () => image));
  return [
    ...custom,
    ...(types.has('PUBLIC_IMAGE') ? listed(publicImages(region)) : []),
    ...(types.has('MARKET_IMAGE') ? listed(marketImages(region)) : []),
  ];
}

/** The same images, presented. */
export function visibleImages(...args: Parameters<typeof visibleEntries>): Image[] {
  return visibleEntries(...args).map((v) => v.present());
}

/** The fields of an image that do not depend on who looks or when: what early filters read. */
export type Filterable = Pick<
  Image,
  | 'ImageId'
  | 'ImageName'
  | 'OsName'
  | 'Platform'
  | 'Architecture'
  | 'Tags'
  | 'CopiedFrom'
  | 'LineageRoot'
  | 'ImageFamily'
  | 'ImageDeprecated'
>;

const ALL_TYPES: ReadonlySet<ImageType> = new Set(['PRIVATE_IMAGE', 'SHARED_IMAGE', 'PUBLIC_IMAGE', 'MARKET_IMAGE']);

export interface Located {
  image: Image;
  /** Present for custom images (own, shared with the viewer, or another account's). */
  stored?: Readonly<StoredImage>;
}

/**
 * Find an image by ID in a region as `viewer` may address it. Another account's image that is
 * not shared with the viewer is returned as such (ImageType PRIVATE_IMAGE, creator not the viewer),
 * so that the rules answer `UnauthorizedOperation.ImageNotBelongToAccount` for it.
 */
export function locateImage(
  data: StoreView,
  viewer: string,
  region: string,
  imageId: string,
  now: number,
): Located | Violation {
  const stored = data.images.find((i) => i.ImageId === imageId && i.Region === region);
  if (stored) {
    const image = presentImage(stored, viewer, data, now, copiesInFlight(data, now));
    if (stored.OwnerId !== viewer && !isSharedWith(data, imageId, viewer))
      return { image: { ...image, ImageType: 'PRIVATE_IMAGE' }, stored };
    return { image, stored };
  }
  const catalogImage =
    publicImages(region).find((i) => i.ImageId === imageId) ?? marketImages(region).find((i) => i.ImageId === imageId);
  if (catalogImage) return { image: catalogImage };
  return violation('InvalidImageId.NotFound', 'image.notFound', { imageId, region }, 'ImageId');
}

/** Like locateImage, but an image of another account that is not shared with the viewer does not exist for reads. */
export function locateVisibleImage(
  data: StoreView,
  viewer: string,
  region: string,
  imageId: string,
  now: number,
): Located | Violation {
  const found = locateImage(data, viewer, region, imageId, now);
  if ('code' in found) return found;
  if (found.stored && found.stored.OwnerId !== viewer && !isSharedWith(data, imageId, viewer))
    return violation('InvalidImageId.NotFound', 'image.notFound', { imageId, region }, 'ImageId');
  return found;
}

export function imageIdTaken(data: StoreView, id: string): boolean {
  return data.images.some((i) => i.ImageId === id) || catalogueIds.has(id);
}
