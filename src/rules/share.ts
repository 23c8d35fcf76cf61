import { z } from './zod.ts';
import { SHARE_RECIPIENTS_MAX, BATCH_IDS_MAX } from './limits.ts';
import { accountIdProblem, imageIdSchema } from './ids.ts';
import { violation, type Violation } from './violation.ts';
import { busySourceViolation, imageKind, stateViolation, type Image, type SharePermission } from './images.ts';

export const sharePermissionActionSchema = z.enum(['SHARE', 'CANCEL']);

export const modifyImageSharePermissionRequestSchema = z.strictObject({
  ImageId: imageIdSchema,
  // Account IDs are checked one by one by `recipientProblems`, so that each gets its own message.
  AccountIds: z.array(z.string()).check(z.minLength(1), z.maxLength(BATCH_IDS_MAX)),
  Permission: sharePermissionActionSchema,
});
export type ModifyImageSharePermissionRequest = z.infer<typeof modifyImageSharePermissionRequestSchema>;
/** Nothing but the RequestId. */
export type ModifyImageSharePermissionResponse = Record<string, never>;

export const describeImageSharePermissionRequestSchema = z.strictObject({ ImageId: imageIdSchema });
export interface DescribeImageSharePermissionResponse {
  SharePermissionSet: SharePermission[];
}

/** Why this account may not share (or cancel sharing of) this image at all. */
export function shareBlockedReason(image: Image, accountId: string): Violation | undefined {
  switch (imageKind(image, accountId)) {
    case 'public':
      return violation('InvalidParameterValue.InvalidImageId', 'share.public', {}, 'ImageId');
    case 'market':
      return violation('InvalidParameterValue.InvalidImageId', 'share.market', {}, 'ImageId');
    case 'shared':
      return violation('UnauthorizedOperation.ImageNotBelongToAccount', 'share.sharedWithYou', {}, 'ImageId');
    case 'foreign':
      return violation('UnauthorizedOperation.ImageNotBelongToAccount', 'image.foreign', {}, 'ImageId');
    case 'own':
      break;
  }
  if (image.LicenseType === 'BYOL')
    return violation('FailedOperation.BYOLImageShareFailed', 'share.byol', {}, 'ImageId');
  if (image.ImageState !== 'NORMAL')
    return stateViolation('InvalidParameterValue.InvalidImageState', image.ImageState, 'share', 'ImageId');
  return busySourceViolation(image, 'InvalidParameterValue.InvalidImageState', 'share', 'ImageId');
}

export interface RecipientProblem {
  accountId: string;
  /** Where it stands in the list given (an ID listed twice is a problem the second time only). */
  index: number;
  violation: Violation;
}

/** Split what a person typed or pasted into account IDs: spaces, commas, semicolons or new lines. */
export function parseAccountIds(text: string): string[] {
  return text
    .split(/[\s,;，；]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Check each account ID of a share request against the image's current recipients.
 * `knownAccount` answers whether the account exists; the UI passes undefined (it cannot know),
 * so that check is left to the server.
 */
export function recipientProblems(
  permission: 'SHARE' | 'CANCEL',
  accountIds: readonly string[],
  ctx: { owner: string; current: readonly string[]; knownAccount?: (id: string) => boolean },
): RecipientProblem[] {
  const seen = new Set<string>();
  const current = new Set(ctx.current);
  const problemOf = (accountId: string): Violation | undefined => {
    type Key = 'share.listedTwice' | 'share.already' | 'share.notSharedWith' | 'share.noSuchAccount';
    const refuse = (code: string, key: Key) => violation(code, key, { accountId }, 'AccountIds');
    const malformed = accountIdProblem(accountId);
    if (malformed) return malformed;
    if (seen.has(accountId)) return refuse('InvalidParameterValue', 'share.listedTwice');
    if (permission === 'SHARE' && accountId === ctx.owner)
      return violation('InvalidAccountIs.YourSelf', 'share.yourself', {}, 'AccountIds');
    if (permission === 'SHARE' && current.has(accountId))
      return refuse('FailedOperation.AccountAlreadyExists', 'share.already');
    if (permission === 'CANCEL' && !current.has(accountId))
      return refuse('InvalidAccountId.NotFound', 'share.notSharedWith');
    if (permission === 'SHARE' && ctx.knownAccount && !ctx.knownAccount(accountId))
      return refuse('InvalidAccountId.NotFound', 'share.noSuchAccount');
    return undefined;
  };
  const problems: RecipientProblem[] = [];
  for (const [index, accountId] of accountIds.entries()) {
    const v = problemOf(accountId);
    if (v) problems.push({ accountId, index, violation: v });
    seen.add(accountId);
  }
  return problems;
}

/** Share limit: the recipients after this request must stay within SHARE_RECIPIENTS_MAX. */
export function shareLimitViolation(currentCount: number, adding: number): Violation | undefined {
  const total = currentCount + adding;
  if (total <= SHARE_RECIPIENTS_MAX) return undefined;
  return violation(
    'OverQuota',
    'share.overLimit',
    { max: SHARE_RECIPIENTS_MAX, current: currentCount, adding, total, excess: total - SHARE_RECIPIENTS_MAX },
    'AccountIds',
  );
}

/**
 * Everything wrong with a ModifyImageSharePermission request, in the order the API reports it.
 * Refused recipients come back one by one in `refused` (each ID with its own code and message);
 * the violation itself is the first one's, or says how many were refused.
 */
export function shareRequestViolation(
  image: Image,
  req: { AccountIds: readonly string[]; Permission: 'SHARE' | 'CANCEL' },
  ctx: { accountId: string; current: readonly string[]; knownAccount?: (id: string) => boolean },
): Violation | undefined {
  const blocked = shareBlockedReason(image, ctx.accountId);
  if (blocked && !(req.Permission === 'CANCEL' && blocked.code === 'InvalidParameterValue.InvalidImageState'))
    return blocked;
  const problems = recipientProblems(req.Permission, req.AccountIds, {
    owner: ctx.accountId,
    current: ctx.current,
    knownAccount: ctx.knownAccount,
  });
  if (problems.length > 0) {
    const refused = problems.map((p) => ({ value: p.accountId, violation: p.violation }));
    const first = problems[0]!.violation;
    if (problems.length === 1) return { ...first, refused };
    return {
      ...violation(
        first.code,
        'share.manyRefused',
        { first, count: problems.length, accountIds: problems.map((p) => p.accountId) },
        'AccountIds',
      ),
      refused,
    };
  }
  if (req.Permission === 'SHARE') return shareLimitViolation(ctx.current.length, req.AccountIds.length);
  return undefined;
}
