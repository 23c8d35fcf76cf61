import { latestInFamily } from '../../rules/families.ts';
import { visibleImages } from '../store-views.ts';
import { resolver } from './context.ts';

/**
 * The family's image to launch from now, among the images the caller sees in the region (own,
 * shared with them, public): latestInFamily, or null. Only that family's images are presented.
 */
export const describeImageFromFamily = resolver('DescribeImageFromFamily', (req, ctx) => {
  const family = req.ImageFamily ?? '';
  if (family === '') return { Image: null };
  const members = visibleImages(
    ctx.data,
    ctx.accountId,
    ctx.region,
    ctx.now,
    new Set(ctx.listedTypes),
    (image) => image.ImageFamily === family,
  );
  return { Image: latestInFamily(members, family) ?? null };
});
