import { violation } from '../../rules/common.ts';
import { copyNameViolation, syncRequestViolation } from '../../rules/copy.ts';
import { customImagesOf, imageIdTaken, isoTime, nextId } from '../catalog.ts';
import { ApiFailure, fail, resolver } from './context.ts';
import { locateForChange } from './images.ts';

export const syncImages = resolver('SyncImages', (req, ctx) => {
  const imageId = req.ImageIds[0]!;
  const { image, stored } = locateForChange(ctx, imageId);
  fail(
    syncRequestViolation(image, ctx.region, req.DestinationRegions, {
      accountId: ctx.accountId,
      customImagesUsed: (region) => customImagesOf(ctx.data, ctx.accountId, region).length,
    }),
  );
  if (req.Encrypt)
    throw new ApiFailure(
      violation('UnsupportedOperation.EncryptedImagesNotSupported', 'Encrypted copies are not supported.', 'Encrypt'),
    );
  const name = req.ImageName ?? image.ImageName;
  for (const region of req.DestinationRegions)
    fail(
      copyNameViolation(
        name,
        customImagesOf(ctx.data, ctx.accountId, region).map((i) => i.ImageName),
        region,
      ),
    );
  const source = stored!;
  const ImageSet = req.DestinationRegions.map((Region) => {
    const copyId = nextId(ctx.data, 'img', (id) => imageIdTaken(ctx.data, id));
    ctx.data.images.push({
      ...structuredClone(source),
      ImageId: copyId,
      ImageName: name,
      CreatedTime: isoTime(ctx.now),
      SnapshotSet: source.SnapshotSet.map((s) => ({ ...s, SnapshotId: nextId(ctx.data, 'snap', () => false) })),
      CopiedFrom: { ImageId: source.ImageId, Region: ctx.region },
      Region,
      BaseState: 'NORMAL',
      FailureReason: null,
      Task: { kind: 'SYNC', startedAt: ctx.now, durationMs: ctx.durations.sync, outcome: 'NORMAL' },
    });
    return { ImageId: copyId, Region };
  });
  return { ImageSet: req.ImageSetRequired ? ImageSet : [] };
});
