import { storedImageSchema, storedInstanceSchema, storedSharesSchema, storedSnapshotSchema } from './store-schema.ts';
import { STORE_VERSION, type StoreData, type StoredImage, type StoredInstance, type StoredSnapshot } from './store.ts';
import type { SharePermission } from '../rules/images.ts';

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** migrations[n] turns version n into version n + 1; an entry it cannot read stays as it was, for readStore to set aside. */
const migrations: Record<number, Migration> = {
  // v1 kept a failed task's reason in the task; v2 keeps it in the image's FailureReason.
  1: (data) => ({
    ...data,
    version: 2,
    images: (data.images as unknown[]).map((image) => {
      if (!isRecord(image) || !isRecord(image.Task) || image.Task.failureReason === undefined) return image;
      const { failureReason, ...rest } = image.Task;
      return { ...image, FailureReason: failureReason, Task: rest };
    }),
  }),
  // v3 keeps snapshots as records (made from each image's SnapshotSet, as the images were then) and
  // gives each copy the original its line started from (followed up CopiedFrom as far as it goes).
  2: (data) => {
    const images = data.images as unknown[];
    const byId = new Map<string, Record<string, unknown>>();
    for (const image of images)
      if (isRecord(image) && typeof image.ImageId === 'string') byId.set(image.ImageId, image);
    const copiedFrom = (image: Record<string, unknown>) =>
      isRecord(image.CopiedFrom) && typeof image.CopiedFrom.ImageId === 'string' ? image.CopiedFrom : undefined;
    const rootOf = (image: Record<string, unknown>) => {
      let root = copiedFrom(image);
      const seen = new Set<unknown>([image.ImageId]);
      while (root && !seen.has(root.ImageId)) {
        seen.add(root.ImageId);
        const parent = byId.get(root.ImageId as string);
        const up = parent && copiedFrom(parent);
        if (!up) break;
        root = up;
      }
      return root && { ImageId: root.ImageId, Region: root.Region };
    };
    const snapshots = images.flatMap((image) =>
      isRecord(image) && Array.isArray(image.SnapshotSet)
        ? image.SnapshotSet.map((s: unknown) => ({
            ...(isRecord(s) ? s : {}),
            Region: image.Region,
            OwnerId: image.OwnerId,
            ImageId: image.ImageId,
            CreatedTime: image.CreatedTime,
          }))
        : [],
    );
    return {
      ...data,
      version: 3,
      images: images.map((image) => {
        if (!isRecord(image)) return image;
        const root = rootOf(image);
        return root ? { ...image, LineageRoot: root } : image;
      }),
      snapshots,
    };
  },
};

/** Whether a value is a store of `version` in outline: the right containers, whatever their entries. */
export function looksLikeStore(value: unknown, version: number = STORE_VERSION): boolean {
  if (!isRecord(value)) return false;
  return (
    value.version === version &&
    Array.isArray(value.images) &&
    Array.isArray(value.instances) &&
    isRecord(value.shares) &&
    (version < 3 || Array.isArray(value.snapshots))
  );
}

/** Bring stored data of any earlier version up to the current one, in outline; undefined when it cannot be read. */
export function migrateStore(value: unknown): Record<string, unknown> | undefined {
  if (!isRecord(value)) return undefined;
  let data = value;
  const from = data.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from > STORE_VERSION) return undefined;
  for (let version = from; version < STORE_VERSION; version++) {
    const step = migrations[version];
    if (!step || !looksLikeStore(data, version)) return undefined;
    data = step(data);
  }
  return looksLikeStore(data) ? data : undefined;
}

/** The entries of a stored store that could not be read, as they were stored. */
export interface SetAsideEntries {
  images: unknown[];
  instances: unknown[];
  shares: Record<string, unknown>;
  snapshots: unknown[];
  seq?: unknown;
}

export function countSetAside(aside: SetAsideEntries): number {
  return (
    aside.images.length +
    aside.instances.length +
    aside.snapshots.length +
    Object.keys(aside.shares).length +
    ('seq' in aside ? 1 : 0)
  );
}

/**
 * Read stored data of any version: migrated, then every entry checked with the API's schemas
 * (store-schema.ts). An entry that does not parse is set aside and the others are kept, so that one
 * bad entry loses nothing valid; undefined when the whole value cannot be read (not a store, or of a
 * version from the future).
 */
export function readStore(value: unknown): { data: StoreData; setAside: SetAsideEntries | undefined } | undefined {
  const stored = migrateStore(value);
  if (!stored) return undefined;
  const aside: SetAsideEntries = { images: [], instances: [], shares: {}, snapshots: [] };
  const images: StoredImage[] = [];
  for (const entry of stored.images as unknown[]) {
    const parsed = storedImageSchema.safeParse(entry);
    if (parsed.success) images.push(parsed.data);
    else aside.images.push(entry);
  }
  const instances: StoredInstance[] = [];
  for (const entry of stored.instances as unknown[]) {
    const parsed = storedInstanceSchema.safeParse(entry);
    if (parsed.success) instances.push(parsed.data);
    else aside.instances.push(entry);
  }
  const snapshots: StoredSnapshot[] = [];
  for (const entry of stored.snapshots as unknown[]) {
    const parsed = storedSnapshotSchema.safeParse(entry);
    if (parsed.success) snapshots.push(parsed.data);
    else aside.snapshots.push(entry);
  }
  const shares: Record<string, SharePermission[]> = {};
  for (const [imageId, entry] of Object.entries(stored.shares as Record<string, unknown>)) {
    const parsed = storedSharesSchema.safeParse(entry);
    if (parsed.success) shares[imageId] = parsed.data;
    else aside.shares[imageId] = entry;
  }
  // The counter behind generated IDs: any count will do, since a new image or instance ID is checked
  // against the store; a broken one restarts past the entries kept.
  let seq = stored.seq;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) {
    aside.seq = seq;
    seq = images.length + instances.length;
  }
  const data: StoreData = { version: STORE_VERSION, seq: seq as number, images, shares, instances, snapshots };
  return { data, setAside: countSetAside(aside) > 0 ? aside : undefined };
}
