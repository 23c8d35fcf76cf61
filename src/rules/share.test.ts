import { describe, it, expect } from 'vitest';
import { parseRequest } from './violation.ts';
import type { Image } from './images.ts';
import {
  describeImageSharePermissionRequestSchema,
  modifyImageSharePermissionRequestSchema,
  parseAccountIds,
  recipientProblems,
  shareBlockedReason,
  shareLimitViolation,
  shareRequestViolation,
} from './share.ts';
import { expectFieldViolation, expectViolation, imageFixture } from '../test/fixtures.ts';
import { renderMessage } from './messages/render.ts';

const ME = '100000000001';
const A2 = '100000000002';
const A3 = '100000000003';
const STRANGER = '100000000009';

/** A 20 GB Ubuntu custom image of ME. */
const image = (overrides: Partial<Image> = {}) =>
  imageFixture({ OsName: 'Ubuntu Server 22.04 LTS 64位', ImageSize: 20, Platform: 'Ubuntu', ...overrides });

/** `n` distinct valid account IDs that are none of the demo accounts. */
const ids = (n: number, from = 200000000000) => Array.from({ length: n }, (_, i) => String(from + i));

describe('modifyImageSharePermissionRequestSchema', () => {
  it.each<[string, unknown]>([
    ['SHARE with one account', { ImageId: 'img-abcd1234', AccountIds: [A2], Permission: 'SHARE' }],
    ['CANCEL with 100 accounts', { ImageId: 'img-abcd1234', AccountIds: ids(100), Permission: 'CANCEL' }],
    [
      'malformed account ids (checked one by one later)',
      { ImageId: 'img-abcd1234', AccountIds: ['abc'], Permission: 'SHARE' },
    ],
    [
      'a 10,000-character account id (checked one by one later)',
      { ImageId: 'img-abcd1234', AccountIds: ['9'.repeat(10_000)], Permission: 'SHARE' },
    ],
  ])('accepts %s', (_name, input) => {
    expect(parseRequest(modifyImageSharePermissionRequestSchema, input).ok).toBe(true);
  });

  it.each<[string, unknown, string, string, string[]]>([
    [
      'an unknown permission',
      { ImageId: 'img-abcd1234', AccountIds: [A2], Permission: 'ADD' },
      'InvalidParameterValue',
      'Permission',
      ['"SHARE", "CANCEL"'],
    ],
    [
      'no account ids',
      { ImageId: 'img-abcd1234', AccountIds: [], Permission: 'SHARE' },
      'InvalidParameterValue',
      'AccountIds',
      ['at least 1'],
    ],
    [
      '101 account ids',
      { ImageId: 'img-abcd1234', AccountIds: ids(101), Permission: 'SHARE' },
      'InvalidParameterValue.LimitExceeded',
      'AccountIds',
      ['100'],
    ],
    [
      'a malformed image id',
      { ImageId: 'image', AccountIds: [A2], Permission: 'SHARE' },
      'InvalidImageId.Malformed',
      'ImageId',
      ['img-'],
    ],
    [
      'no permission',
      { ImageId: 'img-abcd1234', AccountIds: [A2] },
      'MissingParameter',
      'Permission',
      ['`Permission`', 'missing'],
    ],
    [
      'a number as account id',
      { ImageId: 'img-abcd1234', AccountIds: [100000000002], Permission: 'SHARE' },
      'InvalidParameter',
      'AccountIds.0',
      ['a string, not a number'],
    ],
  ])('rejects %s', (_name, input, code, field, parts) => {
    const result = parseRequest(modifyImageSharePermissionRequestSchema, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expectViolation(result.violation, code, ...parts);
    expect(result.violation.field).toBe(field);
  });
});

describe('describeImageSharePermissionRequestSchema', () => {
  it('needs a well-formed ImageId', () => {
    expect(parseRequest(describeImageSharePermissionRequestSchema, { ImageId: 'img-abcd1234' }).ok).toBe(true);
    const result = parseRequest(describeImageSharePermissionRequestSchema, {});
    expect(result.ok || result.violation.code).toBe('MissingParameter');
  });
});

describe('parseAccountIds', () => {
  it.each([
    ['spaces', `${A2} ${A3}`, [A2, A3]],
    ['commas', `${A2},${A3}`, [A2, A3]],
    ['commas and spaces', `${A2}, ${A3} ,`, [A2, A3]],
    ['new lines', `${A2}\n${A3}\r\n`, [A2, A3]],
    ['tabs', `${A2}\t${A3}`, [A2, A3]],
    ['semicolons', `${A2};${A3}`, [A2, A3]],
    ['a Chinese comma', `${A2}，${A3}`, [A2, A3]],
    ['a Chinese semicolon', `${A2}；${A3}`, [A2, A3]],
    ['a mix with blank entries', `\n ${A2} ,, ；\n\n${A3}  `, [A2, A3]],
    ['duplicates (kept, reported later)', `${A2} ${A2}`, [A2, A2]],
    ['nothing', '', []],
    ['only separators', ' ,\n，; ', []],
  ])('splits on %s', (_name, text, expected) => {
    expect(parseAccountIds(text)).toEqual(expected);
  });
});

describe('recipientProblems', () => {
  const known = (id: string) => [ME, A2, A3].includes(id);

  it.each<[string, 'SHARE' | 'CANCEL', string[], readonly string[]]>([
    ['sharing with new accounts', 'SHARE', [A2, A3], []],
    ['sharing with one new account next to a current one', 'SHARE', [A3], [A2]],
    ['cancelling current recipients', 'CANCEL', [A2, A3], [A2, A3]],
  ])('finds none when %s', (_name, permission, accountIds, current) => {
    expect(recipientProblems(permission, accountIds, { owner: ME, current, knownAccount: known })).toEqual([]);
  });

  it('leaves the existence check to the server when knownAccount is not given', () => {
    expect(recipientProblems('SHARE', [STRANGER], { owner: ME, current: [] })).toEqual([]);
  });

  it.each<[string, 'SHARE' | 'CANCEL', string[], readonly string[], string, string, string[]]>([
    [
      'a malformed id',
      'SHARE',
      ['12345'],
      [],
      '12345',
      'InvalidParameterValue.InvalidAppIdFormat',
      ['"12345"', '10 to 12 digits'],
    ],
    ['letters', 'SHARE', ['abc'], [], 'abc', 'InvalidParameterValue.InvalidAppIdFormat', ['"abc"', 'digits only']],
    [
      'a malformed id when cancelling',
      'CANCEL',
      ['0123456789'],
      [],
      '0123456789',
      'InvalidParameterValue.InvalidAppIdFormat',
      ['not starting with 0'],
    ],
    ['an id listed twice', 'SHARE', [A2, A2], [], A2, 'InvalidParameterValue', [A2, 'listed twice']],
    ['yourself', 'SHARE', [ME], [], ME, 'InvalidAccountIs.YourSelf', ['your own account']],
    [
      'a current recipient',
      'SHARE',
      [A2],
      [A2],
      A2,
      'FailedOperation.AccountAlreadyExists',
      [`already shared with account ${A2}`],
    ],
    ['an unknown account', 'SHARE', [STRANGER], [], STRANGER, 'InvalidAccountId.NotFound', [`No account ${STRANGER}`]],
    [
      'cancelling a non-recipient',
      'CANCEL',
      [A3],
      [A2],
      A3,
      'InvalidAccountId.NotFound',
      [`not shared with account ${A3}`],
    ],
    ['cancelling yourself', 'CANCEL', [ME], [A2], ME, 'InvalidAccountId.NotFound', [`not shared with account ${ME}`]],
  ])('reports %s', (_name, permission, accountIds, current, accountId, code, parts) => {
    const problems = recipientProblems(permission, accountIds, { owner: ME, current, knownAccount: known });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.accountId).toBe(accountId);
    expectViolation(problems[0]!.violation, code, ...parts);
    expect(problems[0]!.violation.field).toBe('AccountIds');
  });

  it('reports each bad id once, in the order given', () => {
    const problems = recipientProblems('SHARE', ['abc', A2, ME, A3, A3, STRANGER], {
      owner: ME,
      current: [A2],
      knownAccount: known,
    });
    expect(problems.map((p) => [p.index, p.accountId, p.violation.code])).toEqual([
      [0, 'abc', 'InvalidParameterValue.InvalidAppIdFormat'],
      [1, A2, 'FailedOperation.AccountAlreadyExists'],
      [2, ME, 'InvalidAccountIs.YourSelf'],
      [4, A3, 'InvalidParameterValue'],
      [5, STRANGER, 'InvalidAccountId.NotFound'],
    ]);
  });

  it('reports an id listed twice at its second place only', () => {
    const problems = recipientProblems('SHARE', [A2, A3, A2], { owner: ME, current: [], knownAccount: known });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.index).toBe(2);
    expect(problems[0]!.accountId).toBe(A2);
    expectViolation(problems[0]!.violation, 'InvalidParameterValue', `Account ${A2} is listed twice.`);
  });

  it('reports a huge id with the id cut to 64 characters', () => {
    const huge = 'x'.repeat(10_000);
    const problems = recipientProblems('SHARE', [huge], { owner: ME, current: [], knownAccount: known });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.index).toBe(0);
    expectViolation(
      problems[0]!.violation,
      'InvalidParameterValue.InvalidAppIdFormat',
      `Account ID "${'x'.repeat(64)}…" must contain digits only.`,
    );
    expect(renderMessage(problems[0]!.violation, 'en-US')).not.toContain('x'.repeat(65));
  });
});

describe('shareLimitViolation', () => {
  it.each([
    ['0 + 1', 0, 1],
    ['49 + 1', 49, 1],
    ['0 + 50', 0, 50],
    ['50 + 0', 50, 0],
  ])('allows %s', (_name, current, adding) => {
    expect(shareLimitViolation(current, adding)).toBeUndefined();
  });

  it.each([
    ['50 + 1', 50, 1, ['at most 50 accounts', '50 already + 1 new = 51', 'Remove 1.']],
    ['0 + 51', 0, 51, ['at most 50', '= 51']],
    ['45 + 10', 45, 10, ['at most 50', '45 already + 10 new = 55', 'Remove 5.']],
  ])('refuses %s', (_name, current, adding, parts) => {
    const v = shareLimitViolation(current, adding);
    expectFieldViolation(v, 'OverQuota', 'AccountIds', ...parts);
  });
});

describe('shareBlockedReason', () => {
  it.each<[string, Image]>([
    ['my normal image', image()],
    ['my image already shared', image({ SharedAccountCount: 49 })],
  ])('allows sharing %s', (_name, img) => {
    expect(shareBlockedReason(img, ME)).toBeUndefined();
  });

  it.each<[string, Image, string, string]>([
    ['a BYOL image', image({ LicenseType: 'BYOL' }), 'FailedOperation.BYOLImageShareFailed', 'BYOL'],
    [
      'an image being created',
      image({ ImageState: 'CREATING' }),
      'InvalidParameterValue.InvalidImageState',
      'The image is still being created; it can be shared once it is normal.',
    ],
    [
      'an image being copied',
      image({ ImageState: 'SYNCING' }),
      'InvalidParameterValue.InvalidImageState',
      'The image is still being copied; it can be shared once it is normal.',
    ],
    [
      'an image being imported',
      image({ ImageState: 'IMPORTING' }),
      'InvalidParameterValue.InvalidImageState',
      'The image is still being imported; it can be shared once it is normal.',
    ],
    [
      'an image that copies are being made from',
      image({ CopyingTo: [{ ImageId: 'img-copy0001', Region: 'ap-beijing', SyncPercent: 10 }] }),
      'InvalidParameterValue.InvalidImageState',
      'The image is being copied to 1 other region; it can be shared once the copies are done.',
    ],
    [
      'an image whose creation failed',
      image({ ImageState: 'CREATEFAILED' }),
      'InvalidParameterValue.InvalidImageState',
      'Creating the image failed, so it cannot be shared; delete it and create it again.',
    ],
    [
      'an image whose import failed',
      image({ ImageState: 'IMPORTFAILED' }),
      'InvalidParameterValue.InvalidImageState',
      'Importing the image failed, so it cannot be shared; delete it and import the file again.',
    ],
    [
      'a public image',
      image({ ImageType: 'PUBLIC_IMAGE', ImageCreator: 'tencent' }),
      'InvalidParameterValue.InvalidImageId',
      'Public images',
    ],
    [
      'a marketplace image',
      image({ ImageType: 'MARKET_IMAGE', ImageCreator: 'vendor' }),
      'InvalidParameterValue.InvalidImageId',
      'Marketplace images',
    ],
    [
      'an image shared with me',
      image({ ImageType: 'SHARED_IMAGE', ImageCreator: A2 }),
      'UnauthorizedOperation.ImageNotBelongToAccount',
      'only its owner',
    ],
    [
      "another account's image",
      image({ ImageCreator: A2 }),
      'UnauthorizedOperation.ImageNotBelongToAccount',
      'another account',
    ],
  ])('refuses %s', (_name, img, code, part) => {
    const v = shareBlockedReason(img, ME);
    expectFieldViolation(v, code, 'ImageId', part);
  });
});

describe('shareRequestViolation', () => {
  const known = (id: string) => [ME, A2, A3].includes(id) || id.startsWith('2000000');

  it.each<[string, Image, 'SHARE' | 'CANCEL', string[], string[]]>([
    ['sharing a normal image', image(), 'SHARE', [A2], []],
    ['sharing up to 50 accounts', image(), 'SHARE', ids(49), [A2]],
    ['cancelling on a busy own image', image({ ImageState: 'CREATING' }), 'CANCEL', [A2], [A2]],
    [
      'cancelling on an image that copies are being made from',
      image({ CopyingTo: [{ ImageId: 'img-copy0001', Region: 'ap-beijing', SyncPercent: 10 }] }),
      'CANCEL',
      [A2],
      [A2],
    ],
    ['cancelling on an image whose import failed', image({ ImageState: 'IMPORTFAILED' }), 'CANCEL', [A2], [A2]],
    ['cancelling when over the limit already', image(), 'CANCEL', [A2], [A2, ...ids(60)]],
  ])('allows %s', (_name, img, Permission, AccountIds, current) => {
    expect(
      shareRequestViolation(img, { AccountIds, Permission }, { accountId: ME, current, knownAccount: known }),
    ).toBeUndefined();
  });

  it.each<[string, Image, 'SHARE' | 'CANCEL', string[], string[], string, string[]]>([
    [
      'sharing a busy image',
      image({ ImageState: 'CREATING' }),
      'SHARE',
      [A2],
      [],
      'InvalidParameterValue.InvalidImageState',
      ['The image is still being created; it can be shared once it is normal.'],
    ],
    [
      'cancelling on a public image',
      image({ ImageType: 'PUBLIC_IMAGE', ImageCreator: 'tencent' }),
      'CANCEL',
      [A2],
      [],
      'InvalidParameterValue.InvalidImageId',
      ['Public'],
    ],
    [
      'cancelling on a BYOL image',
      image({ LicenseType: 'BYOL' }),
      'CANCEL',
      [A2],
      [A2],
      'FailedOperation.BYOLImageShareFailed',
      ['BYOL'],
    ],
    [
      'sharing a foreign image',
      image({ ImageCreator: A2 }),
      'SHARE',
      [A3],
      [],
      'UnauthorizedOperation.ImageNotBelongToAccount',
      ['another account'],
    ],
    ['sharing with yourself', image(), 'SHARE', [ME], [], 'InvalidAccountIs.YourSelf', ['your own account']],
    ['sharing with an unknown account', image(), 'SHARE', [STRANGER], [], 'InvalidAccountId.NotFound', [STRANGER]],
    [
      'several bad ids',
      image(),
      'SHARE',
      ['abc', A2, ME],
      [A2],
      'InvalidParameterValue.InvalidAppIdFormat',
      ['"abc"', '(3 account IDs have problems: abc, 100000000002, 100000000001)'],
    ],
    [
      'sharing past 50 accounts',
      image(),
      'SHARE',
      [A3, ...ids(2)],
      [A2, ...ids(48, 300000000000)],
      'OverQuota',
      ['at most 50', '49 already + 3 new = 52', 'Remove 2.'],
    ],
  ])('refuses %s', (_name, img, Permission, AccountIds, current, code, parts) => {
    const v = shareRequestViolation(img, { AccountIds, Permission }, { accountId: ME, current, knownAccount: known });
    expectViolation(v, code, ...parts);
  });
});
