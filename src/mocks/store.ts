import type { Image, ImageState, SharePermission, Snapshot } from '../rules/images.ts';
import type { Instance } from '../rules/instances.ts';

/**
 * Version 2 keeps a failed task's reason in the image's FailureReason (version 1 kept it in the task);
 * version 3 keeps snapshots as records of their own and each copy's LineageRoot.
 */
export const STORE_VERSION = 3;

/** A long operation on a custom image: its state and progress follow from the clock. */
export interface ImageTask {
  kind: 'CREATE' | 'IMPORT' | 'SYNC';
  startedAt: number;
  durationMs: number;
  /** The state once the task is over. */
  outcome: Extract<ImageState, 'NORMAL' | 'CREATEFAILED' | 'IMPORTFAILED'>;
}

/**
 * One ExportImages task of an image: the files it writes to a bucket (records only: nothing leaves
 * the machine). It is in flight until startedAt + durationMs; the image keeps it until its next export.
 */
export interface ImageExport {
  TaskId: number;
  BucketName: string;
  CosPaths: string[];
  startedAt: number;
  durationMs: number;
  /** Set when the task fails (sentinels.ts): it stops halfway, and the image stays as it was. */
  FailureReason?: string;
}

/**
 * A custom image as stored: the API fields that do not depend on who looks or when,
 * plus where it lives and who owns it. ImageType, ImageState, SyncPercent and
 * SharedAccountCount are derived when it is read (see `presentImage` in store-views.ts).
 */
export type StoredImage = Omit<Image, 'ImageType' | 'ImageState' | 'SyncPercent' | 'SharedAccountCount'> & {
  Region: string;
  OwnerId: string;
  /** FailureReason (an API field) is stored with the image and shown once its state is a failure. */
  /** Final state when no task is running (NORMAL, CREATEFAILED, IMPORTFAILED). */
  BaseState: Extract<ImageState, 'NORMAL' | 'CREATEFAILED' | 'IMPORTFAILED'>;
  Task: ImageTask | null;
  /**
   * Its latest export, in flight or done; absent until it is first exported. One is enough: an image
   * being exported is busy, and keeping one bounds the store.
   */
  Export?: ImageExport;
  /** A `[flaky]` image (sentinels.ts) whose first copy or export has failed: the next ones succeed. */
  Flaked?: boolean;
};

export type StoredInstance = Instance & {
  Region: string;
  OwnerId: string;
  /** Epoch ms: PENDING until LaunchedAt + PENDING_MS, then RUNNING. */
  LaunchedAt: number;
};

/**
 * A snapshot behind a custom image (one per disk of its SnapshotSet). It outlives the image unless
 * DeleteImages is asked to delete it too (DeleteBindedSnap), and is billed while it lives.
 */
export type StoredSnapshot = Snapshot & {
  Region: string;
  OwnerId: string;
  /** The image it was made for (which may since have been deleted). */
  ImageId: string;
  CreatedTime: string;
};

/** The snapshot records of an image's SnapshotSet. */
export function snapshotsOf(image: Readonly<StoredImage>): StoredSnapshot[] {
  return image.SnapshotSet.map((s) => ({
    ...s,
    Region: image.Region,
    OwnerId: image.OwnerId,
    ImageId: image.ImageId,
    CreatedTime: image.CreatedTime,
  }));
}

export interface StoreData {
  version: typeof STORE_VERSION;
  /** Counter behind every generated ID, so IDs are deterministic for a given history. */
  seq: number;
  images: StoredImage[];
  /** Image ID → its recipients. */
  shares: Record<string, SharePermission[]>;
  instances: StoredInstance[];
  snapshots: StoredSnapshot[];
}

/**
 * The data as an action reads it. Nothing in it is changed in place: a mutation writes through a
 * StoreDraft, which copies an array or a record the first time it changes it, so the data a
 * refused request started from is still the current data, and an edit copies only what it changes.
 */
export interface StoreView {
  readonly version: typeof STORE_VERSION;
  readonly seq: number;
  readonly images: readonly Readonly<StoredImage>[];
  readonly shares: Readonly<Record<string, readonly Readonly<SharePermission>[]>>;
  readonly instances: readonly Readonly<StoredInstance>[];
  readonly snapshots: readonly Readonly<StoredSnapshot>[];
}

/** Where the data lives between requests: memory (tests, standalone server) or the browser's storage. */
export interface Persistence {
  load(): StoreData | undefined;
  save(data: StoreData): void;
}

export function memoryPersistence(): Persistence {
  let saved: StoreData | undefined;
  return {
    load: () => saved,
    save: (data) => {
      saved = data;
    },
  };
}
