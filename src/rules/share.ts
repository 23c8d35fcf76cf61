import { z } from './zod.ts';
import {
  SHARE_RECIPIENTS_MAX,
  BATCH_IDS_MAX,
  accountIdProblem,
  imageIdSchema,
  violation,
  type Violation,
} from './common.ts';
import { imageKind, stateMessage, type Image, type SharePermission } from './images.ts';

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
  const kind = imageKind(image, accountId);
  switch (kind) {
    case 'public':
    case 'market':
      return violation(
        'InvalidParameterValue.InvalidImageId',
        `${kind === 'public' ? 'Public' : 'Marketplace'} images are available to every account already; only your own custom images can be shared.`,
        'ImageId',
      );
    case 'shared':
      return violation(
        'UnauthorizedOperation.ImageNotBelongToAccount',
        'This image is shared with you by another account; only its owner can share it.',
        'ImageId',
      );
    case 'foreign':
      return violation(
        'UnauthorizedOperation.ImageNotBelongToAccount',
        'The image belongs to another account.',
        'ImageId',
      );
    case 'own':
      break;
  }
  if (image.LicenseType === 'BYOL')
    return violation(
      'FailedOperation.BYOLImageShareFailed',
      'BYOL (bring your own licence) images cannot be shared.',
      'ImageId',
    );
  if (image.ImageState !== 'NORMAL')
    return violation('InvalidParameterValue.InvalidImageState', stateMessage(image.ImageState, 'shared'), 'ImageId');
  return undefined;
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
  const problems: RecipientProblem[] = [];
  const seen = new Set<string>();
  const current = new Set(ctx.current);
  for (const [index, id] of accountIds.entries()) {
    const add = (code: string, message: string) =>
      problems.push({ accountId: id, index, violation: violation(code, message, 'AccountIds') });
    const formatProblem = accountIdProblem(id);
    if (formatProblem) add('InvalidParameterValue.InvalidAppIdFormat', formatProblem);
    else if (seen.has(id)) add('InvalidParameterValue', `Account ${id} is listed twice.`);
    else if (permission === 'SHARE' && id === ctx.owner)
      add('InvalidAccountIs.YourSelf', 'You cannot share an image with your own account.');
    else if (permission === 'SHARE' && current.has(id))
      add('FailedOperation.AccountAlreadyExists', `The image is already shared with account ${id}.`);
    else if (permission === 'CANCEL' && !current.has(id))
      add('InvalidAccountId.NotFound', `The image is not shared with account ${id}.`);
    else if (permission === 'SHARE' && ctx.knownAccount && !ctx.knownAccount(id))
      add('InvalidAccountId.NotFound', `No account ${id} exists; check the root account ID.`);
    seen.add(id);
  }
  return problems;
}

/** Share limit: the recipients after this request must stay within SHARE_RECIPIENTS_MAX. */
export function shareLimitViolation(currentCount: number, adding: number): Violation | undefined {
  const total = currentCount + adding;
  if (total <= SHARE_RECIPIENTS_MAX) return undefined;
  return violation(
    'OverQuota',
    `An image can be shared with at most ${SHARE_RECIPIENTS_MAX} accounts: ${currentCount} already + ${adding} new = ${total}. Remove ${total - SHARE_RECIPIENTS_MAX}.`,
    'AccountIds',
  );
}

/** Everything wrong with a ModifyImageSharePermission request, in the order the API reports it. */
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
    const first = problems[0]!;
    if (problems.length === 1) return first.violation;
    return violation(
      first.violation.code,
      `${first.violation.message} (${problems.length} account IDs have problems: ${problems.map((p) => p.accountId).join(', ')})`,
      'AccountIds',
    );
  }
  if (req.Permission === 'SHARE') return shareLimitViolation(ctx.current.length, req.AccountIds.length);
  return undefined;
}
