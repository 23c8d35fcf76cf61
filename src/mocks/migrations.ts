import { STORE_VERSION, type StoreData } from './store.ts';

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] turns version n into version n + 1. */
const migrations: Record<number, Migration> = {
  // v1 kept a failed task's reason in the task; v2 keeps it in the image's FailureReason.
  1: (data) => ({
    ...data,
    version: 2,
    images: (data.images as Record<string, unknown>[]).map((image) => {
      const task = image.Task as (Record<string, unknown> & { failureReason?: string }) | null;
      if (!task || task.failureReason === undefined) return image;
      const { failureReason, ...rest } = task;
      return { ...image, FailureReason: failureReason, Task: rest };
    }),
  }),
};

export function looksLikeStore(value: unknown, version: number = STORE_VERSION): boolean {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<Record<keyof StoreData, unknown>>;
  return (
    v.version === version &&
    typeof v.seq === 'number' &&
    Array.isArray(v.images) &&
    Array.isArray(v.instances) &&
    v.shares !== null &&
    typeof v.shares === 'object'
  );
}

/** Bring stored data of any earlier version up to the current one; undefined when it cannot be read. */
export function migrateStore(value: unknown): StoreData | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  let data = value as Record<string, unknown>;
  const from = data.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from > STORE_VERSION) return undefined;
  for (let version = from; version < STORE_VERSION; version++) {
    const step = migrations[version];
    if (!step || !looksLikeStore(data, version)) return undefined;
    data = step(data);
  }
  return looksLikeStore(data) ? (data as unknown as StoreData) : undefined;
}
