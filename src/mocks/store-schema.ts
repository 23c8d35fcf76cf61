// What a stored entry must be to be used, read with the schemas the API answers with
// (src/rules: imageSchema, instanceSchema, sharePermissionSchema), less what is derived when an
// entry is read, plus where it lives and who owns it. The browser's store and the standalone
// server's data file are read through these: whatever else was stored is set aside.
import {
  imageSchema,
  imageStateSchema,
  sharePermissionSchema,
  snapshotSchema,
  type SharePermission,
} from '../rules/images.ts';
import { instanceSchema } from '../rules/instances.ts';
import { z } from '../rules/zod.ts';
import type { ImageExport, ImageTask, StoredImage, StoredInstance, StoredSnapshot } from './store.ts';

/** A time the console can show: any string Date reads (the API writes `2026-11-26T08:00:00Z`). */
const time = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s))));

const finalState = z.enum(['NORMAL', 'CREATEFAILED', 'IMPORTFAILED'] as const satisfies readonly z.infer<
  typeof imageStateSchema
>[]);

const taskSchema: z.ZodMiniType<ImageTask> = z.object({
  kind: z.enum(['CREATE', 'IMPORT', 'SYNC']),
  startedAt: z.number(),
  durationMs: z.number().check(z.nonnegative()),
  outcome: finalState,
});

const exportSchema: z.ZodMiniType<ImageExport> = z.object({
  TaskId: z.int(),
  BucketName: z.string(),
  CosPaths: z.array(z.string()),
  startedAt: z.number(),
  durationMs: z.number().check(z.nonnegative()),
  FailureReason: z.optional(z.string()),
});

export const storedImageSchema: z.ZodMiniType<StoredImage> = z.extend(
  z.omit(imageSchema, {
    ImageType: true,
    ImageState: true,
    SyncPercent: true,
    SharedAccountCount: true,
    CopyingTo: true,
    ExportingTo: true,
    LatestExport: true,
  }),
  {
    CreatedTime: time,
    Region: z.string(),
    OwnerId: z.string(),
    BaseState: finalState,
    Task: z.nullable(taskSchema),
    Export: z.optional(exportSchema),
    Flaked: z.optional(z.boolean()),
  },
);

export const storedInstanceSchema: z.ZodMiniType<StoredInstance> = z.extend(instanceSchema, {
  CreatedTime: time,
  Region: z.string(),
  OwnerId: z.string(),
  LaunchedAt: z.number(),
});

/** One image's recipients. */
export const storedSharesSchema: z.ZodMiniType<SharePermission[]> = z.array(
  z.extend(sharePermissionSchema, { CreatedTime: time }),
);

export const storedSnapshotSchema: z.ZodMiniType<StoredSnapshot> = z.extend(snapshotSchema, {
  Region: z.string(),
  OwnerId: z.string(),
  ImageId: z.string(),
  CreatedTime: time,
});
