import { violation } from '../../rules/violation.ts';
import { shareRequestViolation } from '../../rules/share.ts';
import { isoTime } from '../clock.ts';
import { accountExists } from '../sentinels.ts';
import { ApiFailure, fail, resolver } from './context.ts';
import { locateForChange } from './images.ts';

export const modifyImageSharePermission = resolver('ModifyImageSharePermission', (req, ctx) => {
  const { image } = locateForChange(ctx, req.ImageId);
  const current = ctx.data.shares[req.ImageId] ?? [];
  fail(
    shareRequestViolation(image, req, {
      accountId: ctx.accountId,
      current: current.map((s) => s.AccountId),
      knownAccount: accountExists,
    }),
  );
  if (req.Permission === 'SHARE') {
    const CreatedTime = isoTime(ctx.now);
    ctx.draft.setShares(req.ImageId, [...current, ...req.AccountIds.map((AccountId) => ({ AccountId, CreatedTime }))]);
  } else {
    ctx.draft.setShares(
      req.ImageId,
      current.filter((s) => !req.AccountIds.includes(s.AccountId)),
    );
  }
  return {};
});

export const describeImageSharePermission = resolver('DescribeImageSharePermission', (req, ctx) => {
  const { image } = locateForChange(ctx, req.ImageId);
  if (image.ImageType !== 'PRIVATE_IMAGE' || image.ImageCreator !== ctx.accountId)
    throw new ApiFailure(
      violation('UnauthorizedOperation.ImageNotBelongToAccount', 'share.ownerOnlyList', {}, 'ImageId'),
    );
  return { SharePermissionSet: [...(ctx.data.shares[req.ImageId] ?? [])] };
});
