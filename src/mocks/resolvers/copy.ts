import { syncRequestViolation } from '../../rules/copy.ts';
import { lineageRoot } from '../../rules/lineage.ts';
import { customImagesOf, imageIdTaken } from '../store-views.ts';
import { isoTime } from '../clock.ts';
import { nextId } from '../random.ts';
import { flakyFailure } from '../sentinels.ts';
import { fail, resolver } from './context.ts';
import { locateForChange } from './images.ts';

export const syncImages = resolver('SyncImages', (req, ctx) => {
  const imageId = req.ImageIds[0]!;
  const { image, stored } = locateForChange(ctx, imageId);
  fail(
    syncRequestViolation(image, ctx.region, req, {
      accountId: ctx.accountId,
      holdingsIn: (region) => {
        const own = customImagesOf(ctx.data, ctx.accountId, region);
        return { used: own.length, names: own.map((i) => i.ImageName) };
      },
    }),
  );
  const name = req.ImageName ?? image.ImageName;
  // A copy starts with no export of its own and no failure of its source's remembered.
  const { Export: _export, Flaked: _flaked, ...source } = stored!;
  const failures = req.DestinationRegions.map((Region) => flakyFailure(stored!, 'copy', Region));
  if (failures.some(Boolean)) ctx.draft.updateImage(source.ImageId, source.Region, { Flaked: true });
  const ImageSet = req.DestinationRegions.map((Region, index) => {
    const failure = failures[index];
    const copyId = nextId(ctx.draft, 'img', (id) => imageIdTaken(ctx.data, id));
    ctx.draft.addImage({
      ...source,
      ImageId: copyId,
      ImageName: name,
      CreatedTime: isoTime(ctx.now),
      SnapshotSet: source.SnapshotSet.map((s) => ({ ...s, SnapshotId: nextId(ctx.draft, 'snap', () => false) })),
      CopiedFrom: { ImageId: source.ImageId, Region: ctx.region },
      LineageRoot: lineageRoot(source, ctx.region),
      Region,
      BaseState: 'NORMAL',
      FailureReason: failure ?? null,
      Task: {
        kind: 'SYNC',
        startedAt: ctx.now,
        durationMs: ctx.durations.sync,
        outcome: failure ? 'CREATEFAILED' : 'NORMAL',
      },
    });
    return { ImageId: copyId, Region };
  });
  return { ImageSet: req.ImageSetRequired ? ImageSet : [] };
});
