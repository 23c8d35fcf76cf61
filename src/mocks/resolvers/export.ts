import { exportCosPaths, exportRequestViolation, exportTasksRunning } from '../../rules/export.ts';
import { exportsInFlight } from '../store-views.ts';
import { buckets } from '../seed/buckets.ts';
import { flakyFailure } from '../sentinels.ts';
import { fail, resolver } from './context.ts';
import { locateForChange } from './images.ts';

export const exportImages = resolver('ExportImages', (req, ctx) => {
  const located = (req.ImageIds ?? []).map((id) => locateForChange(ctx, id));
  const tasksInFlight = exportTasksRunning(
    ctx.data.images
      .filter((i) => i.OwnerId === ctx.accountId && i.Region === ctx.region)
      .map((i) => ({ ExportingTo: exportsInFlight(i, ctx.now) })),
  );
  fail(
    exportRequestViolation(req, {
      accountId: ctx.accountId,
      regionId: ctx.region,
      images: located.map((l) => l.image),
      buckets,
      tasksInFlight,
    }),
  );
  // One task for the whole call: its ID comes from the store's counter, unique in the store's history.
  const TaskId = ctx.draft.nextSeq();
  const format = req.ExportFormat ?? 'RAW';
  const CosPaths = located.flatMap(({ image, stored }, index) => {
    const paths = exportCosPaths(image, req.FileNamePrefixList?.[index], format, req.OnlyExportRootDisk ?? false);
    const failure = flakyFailure(stored!, 'export', ctx.region);
    const record = {
      TaskId,
      BucketName: req.BucketName,
      CosPaths: paths,
      startedAt: ctx.now,
      durationMs: ctx.durations.export,
      ...(failure ? { FailureReason: failure } : {}),
    };
    ctx.draft.updateImage(stored!.ImageId, stored!.Region, { Export: record, ...(failure ? { Flaked: true } : {}) });
    return paths;
  });
  return { TaskId, CosPaths };
});

/** The caller's buckets in the region (an extension standing in for object storage's own listing). */
export const describeBuckets = resolver('DescribeBuckets', (_req, ctx) => {
  const BucketSet = buckets
    .filter((b) => b.OwnerId === ctx.accountId && b.Region === ctx.region)
    .map(({ BucketName, Region }) => ({ BucketName, Region }));
  return { TotalCount: BucketSet.length, BucketSet };
});
