// One rule, both sides: for generated input, the verdict a form computes from the rules module
// (exactly the functions the dialogs call on what the user typed) equals the resolver's answer for
// the same input and store: both accept, or both refuse with the same error code.
//
// The backend is driven through `testBackend.handle` (transport-neutral, synchronous), which is what
// msw/node, the service worker and the HTTP server all call; thousands of cases stay fast that way.
// Each case starts from its own store: the seed plus what the case's generator adds (filler images to
// move the quota, recipients to move the share count), installed with `testBackend.replace`.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CUSTOM_IMAGE_QUOTA_PER_REGION, INSTANCE_QUOTA_PER_ZONE } from '../rules/limits.ts';
import { fieldViolations, parseRequest, type Violation } from '../rules/violation.ts';
import { imageNameProblem, shownName } from '../rules/names.ts';
import { copyBlockedReason, copyDestination, type DestinationHoldings } from '../rules/copy.ts';
import {
  createImageRequestSchema,
  deleteBlockedReason,
  duplicateNameViolation,
  modifyBlockedReason,
  modifyImageAttributeRequestSchema,
  quotaViolation,
} from '../rules/custom-images.ts';
import { describeImagesRequestSchema, imageFilterNames, type Image } from '../rules/images.ts';
import { createImageFromInstanceViolation, type Instance, type InstanceState } from '../rules/instances.ts';
import { renderMessage } from '../rules/messages/render.ts';
import { regions } from '../rules/regions.ts';
import { wizardSettings } from '../rules/wizard.ts';
import { parseAccountIds, recipientProblems, shareLimitViolation, shareRequestViolation } from '../rules/share.ts';
import { imageResourceName, tagChanges, tagServiceViolation } from '../rules/tag-service.ts';
import { firstTagProblem, TAG_KEY_MAX, tagListProblems, TAG_VALUE_MAX, type Tag } from '../rules/tags.ts';
import { testBackend } from './node.ts';
import { publicImages } from './catalogue/images.ts';
import { seedStore } from './seed/seed-store.ts';
import { accountExists, MISSING_ACCOUNT_PREFIX } from './sentinels.ts';
import type { StoreData, StoredImage } from './store.ts';
import { A1, A2, A3 } from '../test/api-calls.ts';
import { directCall, type ApiResponse, type Where } from '../test/direct-call.ts';

// ---------------------------------------------------------------- plumbing

/** One API call straight into the backend the msw/node handlers serve. */
function api<T = Record<string, unknown>>(action: string, params: unknown, where: Where = {}): T & ApiResponse {
  const res = directCall(testBackend, action, params, where) as T & ApiResponse;
  // Whatever the input, the answer is an API answer, never a crash.
  expect(res.Error?.Code, res.Error?.Message).not.toBe('InternalError');
  expect(typeof res.RequestId).toBe('string');
  return res;
}

const SEED: StoreData = seedStore();

/** Install a fresh store for one case: the seed, plus whatever `change` adds. */
function useStore(change?: (data: StoreData) => void): void {
  const data = structuredClone(SEED);
  change?.(data);
  testBackend.replace(data);
}

/** A NORMAL custom image of `owner` in `region`, written straight into the store (filler for quota and names). */
function addImage(data: StoreData, owner: string, region: string, name: string): void {
  const template = SEED.images.find((i) => i.OwnerId === owner && i.BaseState === 'NORMAL') ?? SEED.images[0]!;
  const n = data.images.length;
  const image: StoredImage = {
    ...structuredClone(template),
    ImageId: `img-zz${String(n).padStart(6, '0')}`,
    ImageName: name,
    ImageCreator: owner,
    OwnerId: owner,
    Region: region,
    CopiedFrom: null,
    FailureReason: null,
    BaseState: 'NORMAL',
    Task: null,
  };
  data.images.push(image);
}

function seedImagesOf(owner: string, region: string): StoredImage[] {
  return SEED.images.filter((i) => i.OwnerId === owner && i.Region === region);
}

function seedImage(owner: string, region: string, name: string): StoredImage {
  const found = SEED.images.find((i) => i.OwnerId === owner && i.Region === region && i.ImageName === name);
  if (!found) throw new Error(`no seeded image ${name}`);
  return found;
}

/** The image as the dialog holds it: read through DescribeImages by the account. */
function describeImage(imageId: string, where: Where = {}): Image {
  const res = api<{ ImageSet: Image[] }>('DescribeImages', { ImageIds: [imageId] }, where);
  expect(res.Error).toBeUndefined();
  expect(res.ImageSet).toHaveLength(1);
  return res.ImageSet[0]!;
}

/** What the quota meter and the Create/Import/Copy dialogs count: PRIVATE_IMAGE TotalCount in the region. */
function customImagesUsed(where: Where): number {
  const res = api<{ TotalCount: number }>(
    'DescribeImages',
    { Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }], Limit: 1 },
    where,
  );
  expect(res.Error).toBeUndefined();
  return res.TotalCount;
}

function ownNames(where: Where, except?: string): string[] {
  const res = api<{ ImageSet: Image[] }>(
    'DescribeImages',
    { Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }], Limit: 100 },
    where,
  );
  return res.ImageSet.filter((i) => i.ImageId !== except).map((i) => i.ImageName);
}

const codes = (list: readonly (Violation | undefined)[]): string[] =>
  list.filter((v): v is Violation => v !== undefined).map((v) => v.code);

// Counted per property; the last test prints them.
const generated: Record<string, number> = {};
const count = (property: string) => {
  generated[property] = (generated[property] ?? 0) + 1;
};
/** Outcomes per property (accepted, or the API's code), so that a property that never accepts or never refuses shows. */
const outcomes: Record<string, Record<string, number>> = {};
function outcome(property: string, res: ApiResponse): void {
  const key = res.Error?.Code ?? 'accepted';
  const tally = (outcomes[property] ??= {});
  tally[key] = (tally[key] ?? 0) + 1;
}

// VERDICT_RUNS_SCALE=10 multiplies the runs, for a longer hunt than CI's.
const SCALE = Number(process.env.VERDICT_RUNS_SCALE ?? '1');
const RUNS = {
  edit: 500,
  create: 450,
  share: 550,
  copy: 500,
  describe: 600,
  wizard: 450,
  busy: 300,
  tags: 450,
  family: 300,
};

// ---------------------------------------------------------------- generators

/** Single code points of many kinds: ASCII, CJK, an astral emoji (2 UTF-16 units), RTL, zero-width, wide space. */
const codePoint = fc.constantFrom('a', 'Z', '7', '-', '_', '.', ' ', '中', '😀', 'ש', 'ع', '\u200B', '\u3000', 'é');
const specials = [
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇨🇳',
  'مرحبا',
  'שלום',
  '\u202E',
  '\u202C',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u00A0',
  '\u3000',
  '\t',
  '\n',
  ' ',
  'e\u0301',
  '中文',
  '<b>',
  '&amp;',
  '"',
  '\\',
  '\ud800',
  '[fail]',
];

const exactLength = (min: number, max: number) =>
  fc.integer({ min, max }).chain((n) => fc.string({ unit: codePoint, minLength: n, maxLength: n }));

/** Image names: ASCII, unicode, emoji, RTL, whitespace; 0 to 80 characters, many around the limit of 60. */
function nameArb(existing: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: exactLength(55, 65) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 80 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
    { weight: 2, arbitrary: fc.array(fc.constantFrom(...specials), { maxLength: 40 }).map((a) => a.join('')) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '   ', '\t\n', '\u3000', '\u00A0 ') },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(' ', '\t', '\u3000'), exactLength(58, 61)).map(([s, n]) => s + n),
    },
    { weight: 3, arbitrary: fc.constantFrom(...existing) },
  );
}

/** Descriptions: 0 to 300 characters, many around the limit of 256. */
const descriptionArb = fc.oneof(
  { weight: 3, arbitrary: exactLength(250, 262) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...specials), { maxLength: 120 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.constant('') },
);

const everyName = [...new Set(SEED.images.map((i) => i.ImageName))];

// ---------------------------------------------------------------- properties

describe('Edit image (ModifyImageAttribute)', () => {
  // The dialog opens only for images modifyBlockedReason allows: the caller's own custom images
  // that are not busy. It validates fieldViolations(modifyImageAttributeRequestSchema, request) on
  // every keystroke. Unique names are left to the server (the dialog cannot see the other names):
  // that verdict is computed here from the store with the same rule (duplicateNameViolation).
  const editable = [
    ...seedImagesOf(A1, 'ap-guangzhou').map((i) => ({ account: A1, region: 'ap-guangzhou', imageId: i.ImageId })),
    ...seedImagesOf(A1, 'ap-shanghai').map((i) => ({ account: A1, region: 'ap-shanghai', imageId: i.ImageId })),
    ...seedImagesOf(A2, 'ap-guangzhou').map((i) => ({ account: A2, region: 'ap-guangzhou', imageId: i.ImageId })),
  ];

  it('the dialog blocks exactly what the API refuses, with the same code; what it lets through is saved as shown', () => {
    fc.assert(
      fc.property(fc.constantFrom(...editable), nameArb(everyName), descriptionArb, (target, name, description) => {
        count('Edit image');
        useStore();
        const where = { account: target.account, region: target.region };
        const image = describeImage(target.imageId, where);
        const request = { ImageId: image.ImageId, ImageName: name, ImageDescription: description };
        const ui = Object.values(fieldViolations(modifyImageAttributeRequestSchema, request));
        const serverOnly = duplicateNameViolation(name, ownNames(where, image.ImageId));

        const res = api('ModifyImageAttribute', request, where);
        outcome('Edit image', res);
        if (ui.length > 0) expect(res.Error?.Code).toBe(ui[0]!.code);
        else if (serverOnly) expect(res.Error?.Code).toBe(serverOnly.code);
        else {
          expect(res.Error).toBeUndefined();
          const saved = describeImage(image.ImageId, where);
          // Saved as a person sees it: without the spaces and zero-width characters around it.
          expect(saved.ImageName).toBe(shownName(name));
          expect(saved.ImageDescription).toBe(description);
        }
      }),
      { numRuns: RUNS.edit * SCALE },
    );
  });
});

/** Family names: well-formed ones, near-misses (a digit or hyphen first, a space, a slash, CJK), and lengths around 60. */
const familyArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom('a', 'Z', 'web', 'app'),
        fc.string({ unit: fc.constantFrom('a', '7', '-', '_', '.'), maxLength: 20 }),
      )
      .map(([head, tail]) => head + tail),
  },
  { weight: 2, arbitrary: exactLength(0, 12) },
  { weight: 2, arbitrary: fc.integer({ min: 58, max: 62 }).map((n) => `f${'x'.repeat(n - 1)}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '2025-base', '-web', 'web tier', 'web/tier', '镜像族', ' web', 'web-tier'),
  },
);

describe('Image family (ModifyImageAttribute ImageFamily, ImageDeprecated)', () => {
  // The edit dialog's Family and Deprecated fields: fieldViolations(modifyImageAttributeRequestSchema)
  // on every keystroke. What it lets through is saved, and DescribeImageFromFamily then answers the
  // image for its family exactly when it is not deprecated (a family of its own, unless seeded).
  const seededFamilies = new Set(SEED.images.map((i) => i.ImageFamily));
  const editable = seedImagesOf(A1, 'ap-guangzhou').filter((i) => i.BaseState === 'NORMAL');

  it('the dialog blocks exactly what the API refuses, with the same code; the family then answers the image', () => {
    fc.assert(
      fc.property(fc.constantFrom(...editable), familyArb, fc.boolean(), (target, family, deprecated) => {
        count('Image family');
        useStore();
        const request = { ImageId: target.ImageId, ImageFamily: family, ImageDeprecated: deprecated };
        const ui = Object.values(fieldViolations(modifyImageAttributeRequestSchema, request));
        const res = api('ModifyImageAttribute', request);
        outcome('Image family', res);
        if (ui.length > 0) return void expect(res.Error?.Code).toBe(ui[0]!.code);
        expect(res.Error).toBeUndefined();
        expect(describeImage(target.ImageId)).toMatchObject({ ImageFamily: family, ImageDeprecated: deprecated });
        if (family === '' || seededFamilies.has(family)) return;
        const answer = api<{ Image: Image | null }>('DescribeImageFromFamily', { ImageFamily: family });
        expect(answer.Image?.ImageId ?? null).toBe(deprecated ? null : target.ImageId);
      }),
      { numRuns: RUNS.family * SCALE },
    );
  });
});

describe('Create custom image (CreateImage)', () => {
  // The dialog: fieldViolations(createImageRequestSchema, request), createImageFromInstanceViolation
  // on the chosen instance (from DescribeInstances), and quotaViolation(used, 1, region) with `used`
  // from DescribeImages. Unique names are left to the server (see above).
  const places = [
    { account: A1, region: 'ap-guangzhou' },
    { account: A1, region: 'ap-shanghai' },
    { account: A1, region: 'ap-singapore' },
    { account: A1, region: 'ap-hongkong' },
    { account: A2, region: 'ap-shanghai' },
    { account: A3, region: 'ap-singapore' },
  ];
  const states: InstanceState[] = [
    'RUNNING',
    'STOPPED',
    'STOPPING',
    'STARTING',
    'REBOOTING',
    'SHUTDOWN',
    'TERMINATING',
  ];
  const caseArb = fc.record({
    place: fc.constantFrom(...places),
    /** Which of the place's instances the select holds; -1: none chosen. */
    pick: fc.integer({ min: -1, max: 2 }),
    state: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('RUNNING', 'STOPPED') },
      { weight: 2, arbitrary: fc.constantFrom(...states) },
    ),
    /** Custom images the account holds in the region before the call, at least the seeded ones. */
    used: fc.oneof(fc.constantFrom(9, 10), fc.integer({ min: 0, max: CUSTOM_IMAGE_QUOTA_PER_REGION })),
    name: nameArb(everyName),
    description: descriptionArb,
  });

  it('the dialog blocks exactly what the API refuses, with the same code; a created image keeps its name and description', () => {
    fc.assert(
      fc.property(caseArb, ({ place, pick, state, used: wantUsed, name, description }) => {
        count('Create image');
        const instances = SEED.instances.filter((i) => i.OwnerId === place.account && i.Region === place.region);
        const chosen = pick >= 0 && instances.length > 0 ? instances[pick % instances.length]! : undefined;
        useStore((data) => {
          const seeded = seedImagesOf(place.account, place.region).length;
          for (let n = seeded; n < wantUsed; n++) addImage(data, place.account, place.region, `filler-${n}`);
          const stored = data.instances.find((i) => i.InstanceId === chosen?.InstanceId);
          if (stored) stored.InstanceState = state;
        });

        // What the dialog knows: the account's instances, and the quota.
        const listed = api<{ InstanceSet: Instance[] }>('DescribeInstances', { Limit: 100 }, place).InstanceSet;
        const used = customImagesUsed(place);
        const instanceId = chosen?.InstanceId ?? '';
        const request = {
          InstanceId: instanceId || undefined,
          ImageName: name,
          ...(description ? { ImageDescription: description } : {}),
        };
        const fieldCodes = codes(Object.values(fieldViolations(createImageRequestSchema, request)));
        const instance = listed.find((i) => i.InstanceId === instanceId);
        const instanceCode = codes([instance ? createImageFromInstanceViolation(instance) : undefined]);
        const quotaCode = codes([quotaViolation(used, 1, place.region)]);
        // Left to the server: unique names.
        const duplicateCode = codes([duplicateNameViolation(name, ownNames(place))]);
        const uiBlocks = fieldCodes.length + instanceCode.length + quotaCode.length > 0 || instanceId === '';

        const res = api<{ ImageId: string }>('CreateImage', request, place);
        outcome('Create image', res);
        // The API checks the request, then the instance, then the name, then the quota.
        const expected = [...fieldCodes, ...instanceCode, ...duplicateCode, ...quotaCode][0];
        expect(res.Error?.Code).toBe(expected);
        if (!uiBlocks && duplicateCode.length === 0) {
          expect(res.Error).toBeUndefined();
          const created = describeImage(res.ImageId, place);
          expect(created.ImageName).toBe(shownName(name));
          expect(created.ImageDescription).toBe(description);
          expect(customImagesUsed(place)).toBe(used + 1);
        }
      }),
      { numRuns: RUNS.create * SCALE },
    );
  });
});

describe('Share image (ModifyImageSharePermission SHARE)', () => {
  // The dialog: ids = parseAccountIds(text), recipientProblems('SHARE', ids, { owner, current }) and
  // shareLimitViolation(current, ids.length), with `current` from DescribeImageSharePermission.
  // Whether an account exists is left to the server (the UI cannot know): the server then answers
  // InvalidAccountId.NotFound for a well-formed ID of no account (one beginning with 999,
  // src/mocks/sentinels.ts), in the order the IDs were given.
  const shareable = seedImagesOf(A1, 'ap-guangzhou')
    .filter((i) => i.BaseState === 'NORMAL')
    .map((i) => i.ImageId);
  const madeUp = (n: number) => String(200_000_000_000 + n);
  const separator = fc.constantFrom(', ', ',', '\n', ';', ' ', '\t', '，', ' ; ', '\r\n');
  const malformed = fc.constantFrom(
    '0123456789',
    '123456789',
    '1234567890123',
    'abc',
    '10000000000a',
    '１００００００００２',
    '-100000000002',
    '1e11',
    '100000000002.0',
    '+100000000002',
    '100000000002\u200B',
    '9'.repeat(64),
  );
  // Not generated: an "ID" of more than 64 characters. The dialog calls it a malformed account ID
  // (InvalidParameterValue.InvalidAppIdFormat), the API's schema a too long string
  // (InvalidParameterValue.TooLarge): both refuse, with different codes (reported).

  const caseArb = fc
    .record({
      imageId: fc.constantFrom(...shareable),
      /** Outside accounts already on the image. */
      preloaded: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 44, max: 50 })),
      alsoKnown: fc.subarray([A2, A3]),
    })
    .chain((store) => {
      const current = [...store.alsoKnown, ...Array.from({ length: store.preloaded }, (_, i) => madeUp(i))];
      const token = fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(A2, A3) },
        { weight: 1, arbitrary: fc.constant(A1) },
        { weight: 2, arbitrary: current.length > 0 ? fc.constantFrom(...current) : fc.constant(A3) },
        { weight: 2, arbitrary: fc.integer({ min: 1_000_000_000, max: 999_999_999_999 }).map(String) },
        {
          weight: 1,
          arbitrary: fc
            .integer({ min: 0, max: 999_999_999 })
            .map((n) => `${MISSING_ACCOUNT_PREFIX}${String(n).padStart(9, '0')}`),
        },
        { weight: 2, arbitrary: malformed },
      );
      const list = fc.oneof(
        { weight: 3, arbitrary: fc.shuffledSubarray([A2, A3], { minLength: 1 }) },
        { weight: 4, arbitrary: fc.array(token, { maxLength: 4 }) },
        { weight: 2, arbitrary: fc.array(token, { maxLength: 12 }) },
        { weight: 2, arbitrary: fc.array(token, { minLength: 44, maxLength: 60 }) },
      );
      return fc.record({
        store: fc.constant(store),
        current: fc.constant(current),
        tokens: list,
        separators: fc.array(separator, { minLength: 61, maxLength: 61 }),
        padding: fc.constantFrom('', ' ', '\n', ' \n\t'),
      });
    });

  it('the dialog blocks exactly what the API refuses, with the same code; accepted recipients are added', () => {
    fc.assert(
      fc.property(caseArb, ({ store, current, tokens, separators, padding }) => {
        count('Share image');
        useStore((data) => {
          if (current.length > 0)
            data.shares[store.imageId] = current.map((AccountId) => ({
              AccountId,
              CreatedTime: '2026-01-01T00:00:00Z',
            }));
          else delete data.shares[store.imageId];
        });
        const recipients = api<{ SharePermissionSet: { AccountId: string }[] }>('DescribeImageSharePermission', {
          ImageId: store.imageId,
        }).SharePermissionSet.map((r) => r.AccountId);
        expect(recipients).toEqual(current);

        // What the person typed, and what the dialog makes of it.
        const text = padding + tokens.map((t, i) => (i === 0 ? t : separators[i]! + t)).join('') + padding;
        const ids = parseAccountIds(text);
        expect(ids).toEqual(tokens);
        const problems = recipientProblems('SHARE', ids, { owner: A1, current: recipients });
        const limit = shareLimitViolation(recipients.length, ids.length);
        const uiBlocks = ids.length === 0 || problems.length > 0 || limit !== undefined;

        const res = api('ModifyImageSharePermission', { ImageId: store.imageId, AccountIds: ids, Permission: 'SHARE' });
        outcome('Share image', res);
        if (ids.length === 0) {
          // The dialog says "Enter at least one account ID."; the API needs at least one item.
          expect(res.Error?.Code).toBe('InvalidParameterValue');
          return;
        }
        // Per ID, in the order typed: the problem the dialog shows on its chip...
        const ctx = { owner: A1, current: recipients };
        const uiAt = ids.map((_, i) => {
          const upTo = recipientProblems('SHARE', ids.slice(0, i + 1), ctx);
          return upTo.length > recipientProblems('SHARE', ids.slice(0, i), ctx).length
            ? upTo.at(-1)!.violation
            : undefined;
        });
        expect(uiAt.filter(Boolean)).toEqual(problems.map((p) => p.violation));
        // ...else, left to the server, a well-formed ID of no account.
        const firstUi = uiAt.findIndex((v) => v !== undefined);
        const firstUnknown = ids.findIndex((id, i) => uiAt[i] === undefined && !accountExists(id));
        const serverOnlyFirst = firstUnknown !== -1 && (firstUi === -1 || firstUnknown < firstUi);
        if (serverOnlyFirst) {
          expect(res.Error?.Code).toBe('InvalidAccountId.NotFound');
          expect(res.Error?.Message).toContain(ids[firstUnknown]!);
        } else if (uiBlocks) {
          expect(res.Error?.Code).toBe(firstUi !== -1 ? uiAt[firstUi]!.code : limit!.code);
        } else {
          expect(res.Error).toBeUndefined();
          const after = api<{ SharePermissionSet: { AccountId: string }[] }>('DescribeImageSharePermission', {
            ImageId: store.imageId,
          }).SharePermissionSet.map((r) => r.AccountId);
          expect(after).toEqual([...recipients, ...ids]);
        }
      }),
      { numRuns: RUNS.share * SCALE },
    );
  });
});

describe('Copy image (SyncImages)', () => {
  // The dialog: each region's checkbox is disabled with copyDestination's verdict for the image in that
  // region (geography, quota, then the copy's name), from what DescribeImages answers there; the
  // optional name is checked with imageNameProblem. The request lists the ticked regions in the order
  // ticked. The API reports geography and quota over every destination before any name clash.
  const regionIds = regions.map((r) => r.id);
  const mainland = regions.filter((r) => r.mainland && !r.finance).map((r) => r.id);
  const overseas = regions.filter((r) => !r.mainland).map((r) => r.id);
  const sources = [
    ...seedImagesOf(A1, 'ap-guangzhou'),
    ...seedImagesOf(A1, 'ap-shanghai'),
    ...seedImagesOf(A1, 'ap-singapore'),
    ...seedImagesOf(A2, 'ap-shanghai'),
  ]
    .filter((i) => i.BaseState === 'NORMAL')
    .map((i) => ({ account: i.OwnerId, region: i.Region, imageId: i.ImageId, name: i.ImageName }));
  const unknownRegions = ['ap-mars', 'us-east-1', 'AP-GUANGZHOU', 'ap-guangzhou ', '', 'eu-frankfurt-1'];

  const caseArb = fc.record({
    source: fc.constantFrom(...sources),
    destinations: fc.oneof(
      { weight: 3, arbitrary: fc.shuffledSubarray(regionIds, { maxLength: 4 }) },
      { weight: 2, arbitrary: fc.shuffledSubarray(mainland, { minLength: 1, maxLength: 4 }) },
      { weight: 2, arbitrary: fc.shuffledSubarray(overseas, { minLength: 1, maxLength: 4 }) },
      { weight: 1, arbitrary: fc.shuffledSubarray(regionIds) },
      {
        weight: 1,
        arbitrary: fc.uniqueArray(fc.constantFrom(...regionIds, ...unknownRegions), { maxLength: regionIds.length }),
      },
    ),
    /** Regions filled to 9 or 10 custom images before the copy. */
    fills: fc.array(fc.record({ region: fc.constantFrom(...regionIds), used: fc.constantFrom(9, 10) }), {
      maxLength: 3,
    }),
    /** A region where an image already has the copy's name (server-only check). */
    clash: fc.option(fc.constantFrom(...regionIds), { nil: undefined }),
    name: fc.oneof({ weight: 2, arbitrary: fc.constant('') }, { weight: 3, arbitrary: nameArb(everyName) }),
  });

  it('the dialog blocks exactly what the API refuses, with the same code; accepted copies appear in each region', () => {
    fc.assert(
      fc.property(caseArb, ({ source, destinations, fills, clash, name }) => {
        count('Copy image');
        const where = { account: source.account, region: source.region };
        const copyName = name === '' ? source.name : name;
        useStore((data) => {
          for (const fill of fills) {
            const have = data.images.filter((i) => i.OwnerId === source.account && i.Region === fill.region).length;
            for (let n = have; n < fill.used; n++)
              addImage(data, source.account, fill.region, `filler-${fill.region}-${n}`);
          }
          if (clash && clash !== source.region) addImage(data, source.account, clash, copyName);
        });

        const nameProblem = name !== '' ? imageNameProblem(name) : undefined;
        // What the dialog reads of each destination: its custom images, counted and by name.
        const holdings = new Map<string, DestinationHoldings>();
        const holdingsIn = (regionId: string): DestinationHoldings => {
          if (!holdings.has(regionId)) {
            const list = api<{ TotalCount: number; ImageSet: Image[] }>(
              'DescribeImages',
              { Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }], Limit: 100 },
              { account: source.account, region: regionId },
            );
            holdings.set(regionId, {
              used: list.TotalCount ?? 0,
              names: list.ImageSet?.map((i) => i.ImageName) ?? [],
            });
          }
          return holdings.get(regionId)!;
        };
        const copies = [{ imageId: source.imageId, name: copyName }];
        const verdicts = destinations.map((r) => copyDestination(source.region, r, copies, holdingsIn(r)));
        const firstReason = verdicts.map((v) => v.reason).find((r) => r !== undefined);
        const duplicate = verdicts.map((v) => v.refused[0]?.reason).find((v) => v !== undefined);
        const before = new Map(destinations.map((r) => [r, holdings.get(r)?.used]));

        const res = api<{ ImageSet: { ImageId: string; Region: string }[] }>(
          'SyncImages',
          {
            ImageIds: [source.imageId],
            DestinationRegions: destinations,
            ImageSetRequired: true,
            ...(name !== '' ? { ImageName: name } : {}),
          },
          where,
        );
        outcome('Copy image', res);
        if (destinations.length === 0) {
          // The dialog says "Choose at least one destination region."; the API needs at least one item.
          expect(res.Error?.Code).toBe('InvalidParameterValue');
        } else if (nameProblem) {
          expect(res.Error?.Message).toBe(renderMessage(nameProblem, 'en-US'));
        } else if (firstReason) {
          expect(res.Error?.Code).toBe(firstReason.code);
          expect(res.Error?.Message).toBe(renderMessage(firstReason, 'en-US'));
        } else if (duplicate) {
          expect(res.Error?.Code).toBe(duplicate.code);
        } else {
          expect(res.Error).toBeUndefined();
          expect(res.ImageSet.map((c) => c.Region)).toEqual(destinations);
          for (const copy of res.ImageSet) {
            const where2 = { account: source.account, region: copy.Region };
            expect(describeImage(copy.ImageId, where2).ImageName).toBe(shownName(copyName));
            expect(customImagesUsed(where2)).toBe(before.get(copy.Region)! + 1);
          }
        }
      }),
      { numRuns: RUNS.copy * SCALE },
    );
  });
});

describe('Image list paging and filters (DescribeImages)', () => {
  // The list builds its request from the URL and checks it with parseRequest(describeImagesRequestSchema);
  // the API must give the same verdict and, when it accepts, a page of the size the request implies.
  const filterName = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...imageFilterNames, 'tag:env', 'tag:team') },
    { weight: 1, arbitrary: fc.constantFrom('unknown', 'Image-Name', 'image_name', '', 'tag', '__proto__') },
  );
  const filterValue: fc.Arbitrary<string> = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(
        'PRIVATE_IMAGE',
        'PUBLIC_IMAGE',
        'SHARED_IMAGE',
        'MARKET_IMAGE',
        'x86_64',
        'arm',
        'NORMAL',
        'centos',
        'web',
        'prod',
      ),
    },
    { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(256), 'x'.repeat(257)) },
  );
  const filter = fc.record({ Name: filterName, Values: fc.array(filterValue, { maxLength: 7 }) });
  const paging = fc.oneof(
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        -1,
        0,
        1,
        2,
        19,
        20,
        99,
        100,
        101,
        0.5,
        1.5,
        -0,
        1e21,
        2 ** 53,
        Number.MAX_SAFE_INTEGER,
        NaN,
        Infinity,
      ),
    },
    { weight: 5, arbitrary: fc.integer({ min: -2, max: 120 }) },
    { weight: 1, arbitrary: fc.double({ min: -10, max: 200 }) },
  );
  // Mostly the few filters a list sends; sometimes many, past the limits of 10 filters and 5 values.
  const filters = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.array(
        fc.record({ Name: filterName, Values: fc.array(filterValue, { minLength: 1, maxLength: 2 }) }),
        { maxLength: 3 },
      ),
    },
    { weight: 2, arbitrary: fc.array(filter, { maxLength: 12 }) },
  );
  const caseArb = fc.record({
    where: fc.record({
      account: fc.constantFrom(A1, A2, A3),
      region: fc.constantFrom('ap-guangzhou', 'ap-singapore', 'eu-frankfurt'),
    }),
    request: fc.oneof(
      { weight: 4, arbitrary: fc.record({ Filters: filters, Offset: paging, Limit: paging }, { requiredKeys: [] }) },
      {
        weight: 1,
        arbitrary: fc.record(
          {
            ImageIds: fc.array(
              fc.constantFrom(
                publicImages('ap-guangzhou')[0]!.ImageId,
                SEED.images[0]!.ImageId,
                'img-00000000',
                'img-1',
              ),
              {
                maxLength: 3,
              },
            ),
            Filters: filters,
            Offset: paging,
            Limit: paging,
          },
          { requiredKeys: ['ImageIds'] },
        ),
      },
    ),
  });

  it('the list and the API agree on every request; an accepted one answers the page it asked for', () => {
    fc.assert(
      fc.property(caseArb, ({ where, request }) => {
        count('DescribeImages');
        useStore();
        const ui = parseRequest(describeImagesRequestSchema, request);
        const res = api<{ TotalCount: number; ImageSet: Image[] }>('DescribeImages', request, where);
        outcome('DescribeImages', res);
        if (!ui.ok) {
          expect(res.Error?.Code).toBe(ui.violation.code);
          return;
        }
        expect(res.Error).toBeUndefined();
        const offset = ui.value.Offset ?? 0;
        const limit = ui.value.Limit ?? 20;
        expect(res.ImageSet.length).toBe(Math.max(0, Math.min(limit, res.TotalCount - offset)));
      }),
      { numRuns: RUNS.describe * SCALE },
    );
  });
});

describe('Instance wizard, settings step (RunInstances)', () => {
  // The settings step: wizardSettings on what the inputs hold (an empty disk field keeps the image's
  // default here), each field's problem and the step's.
  // Location, type and image are valid here (ap-guangzhou-3, S5.MEDIUM4, an x86 image).
  // When several settings are wrong at once the step shows each beside its field; the API answers
  // one of them, so the API's code must be one the step shows.
  const images = [
    seedImage(A1, 'ap-guangzhou', 'sql-server-2019-win').ImageId,
    seedImage(A1, 'ap-guangzhou', 'web-server-centos79').ImageId,
    seedImage(A1, 'ap-guangzhou', 'redis-cache-debian12').ImageId,
    seedImage(A2, 'ap-guangzhou', 'partner-api-centos79').ImageId,
    publicImages('ap-guangzhou').find((i) => i.ImageName === 'CentOS 7.9 64-bit')!.ImageId,
  ];
  const numberText = (specials: string[]) =>
    fc.oneof(fc.constantFrom(...specials), fc.integer({ min: -5, max: 1100 }).map(String));
  const caseArb = fc.record({
    imageId: fc.constantFrom(...images),
    disk: numberText([
      '',
      '19',
      '20',
      '49',
      '50',
      '79',
      '80',
      '81',
      '1024',
      '1025',
      '-1',
      '0',
      '50.5',
      'abc',
      ' 60 ',
      '1e3',
    ]),
    count: fc.oneof(
      fc.constantFrom('1', '2', '9', '10', '99', '100', '101', '0', '-1', '1.5', '', 'two', '1e2'),
      fc.integer({ min: 1, max: 12 }).map(String),
    ),
    name: fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 4, arbitrary: nameArb(['web', 'app-server']) }),
    /** Instances the account already holds in the zone, many near its quota of 30. */
    held: fc.oneof(fc.constant(0), fc.integer({ min: 18, max: INSTANCE_QUOTA_PER_ZONE })),
  });
  const ZONE = 'ap-guangzhou-3';
  /** What the wizard reads before the settings step: the account's instances in the zone. */
  const instancesIn = (zone: string) =>
    api<{ TotalCount: number }>('DescribeInstances', { Filters: [{ Name: 'zone', Values: [zone] }], Limit: 1 })
      .TotalCount;

  it('the step blocks exactly what the API refuses, with a code the step shows; accepted launches start that many instances', () => {
    fc.assert(
      fc.property(caseArb, ({ imageId, disk, count: countText, name, held }) => {
        count('Wizard settings');
        useStore((data) => {
          const template = data.instances.find((i) => i.OwnerId === A1 && i.Region === 'ap-guangzhou')!;
          for (let n = 0; n < held; n++)
            data.instances.push({
              ...template,
              InstanceId: `ins-zz${String(n).padStart(6, '0')}`,
              Placement: { Zone: ZONE },
            });
        });
        const image = describeImage(imageId);
        const settings = wizardSettings(
          { disk: disk === '' ? null : disk, name, count: countText, zone: ZONE },
          image,
          instancesIn(ZONE),
        );
        const { diskSize, count: n } = settings;
        const ui = codes([...Object.values(settings.fields), settings.problem]);

        const res = api<{ InstanceIdSet: string[] }>('RunInstances', {
          Placement: { Zone: ZONE },
          InstanceType: 'S5.MEDIUM4',
          ImageId: imageId,
          SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: diskSize },
          InstanceCount: n,
          ...(name ? { InstanceName: name } : {}),
        });
        outcome('Wizard settings', res);
        if (ui.length > 0) {
          expect(res.Error, `the step shows ${ui.join(', ')}`).toBeDefined();
          expect(ui).toContain(res.Error!.Code);
        } else {
          expect(res.Error).toBeUndefined();
          expect(res.InstanceIdSet).toHaveLength(n);
        }
      }),
      { numRuns: RUNS.wizard * SCALE },
    );
  });
});

describe('Busy images (copies in flight from the image)', () => {
  // A row's Share, Copy, Edit and Delete are disabled with shareRequestViolation, copyBlockedReason,
  // modifyBlockedReason and deleteBlockedReason of the image as DescribeImages shows it (CopyingTo
  // says where it is being copied); the API answers each with the same code, or accepts it.
  const sources = seedImagesOf(A1, 'ap-guangzhou').filter((i) => i.BaseState === 'NORMAL');
  const destinations = ['ap-shanghai', 'ap-beijing', 'ap-nanjing'];
  const caseArb = fc.record({
    source: fc.constantFrom(...sources),
    /** Copies made from it, each this far into its copy (1 or more: done). */
    copies: fc.uniqueArray(
      fc.record({ region: fc.constantFrom(...destinations), elapsed: fc.double({ min: 0, max: 1.5, noNaN: true }) }),
      { maxLength: 3, selector: (c) => c.region },
    ),
    action: fc.constantFrom('share', 'copy', 'edit', 'delete'),
  });

  it('the row refuses exactly what the API refuses, with the same code, until the copies are done', () => {
    fc.assert(
      fc.property(caseArb, ({ source, copies, action }) => {
        count('Busy image');
        const now = testBackend.clock.now();
        const duration = testBackend.durations.sync;
        useStore((data) => {
          for (const copy of copies) {
            addImage(data, A1, copy.region, source.ImageName);
            Object.assign(data.images.at(-1)!, {
              CopiedFrom: { ImageId: source.ImageId, Region: 'ap-guangzhou' },
              Task: { kind: 'SYNC', startedAt: now - copy.elapsed * duration, durationMs: duration, outcome: 'NORMAL' },
            });
          }
        });
        const image = describeImage(source.ImageId);
        const inFlight = copies.filter((c) => c.elapsed < 1).map((c) => c.region);
        expect((image.CopyingTo ?? []).map((c) => c.Region).sort()).toEqual([...inFlight].sort());
        const current = (data: { SharePermissionSet: { AccountId: string }[] }) =>
          data.SharePermissionSet.map((s) => s.AccountId);
        const requests = {
          share: () => {
            const recipients = current(api('DescribeImageSharePermission', { ImageId: image.ImageId }));
            const req = { ImageId: image.ImageId, AccountIds: [A3], Permission: 'SHARE' as const };
            return {
              action: 'ModifyImageSharePermission',
              req,
              ui: shareRequestViolation(image, req, { accountId: A1, current: recipients }),
            };
          },
          copy: () => {
            const req = { ImageIds: [image.ImageId], DestinationRegions: ['ap-chengdu'] };
            return { action: 'SyncImages', req, ui: copyBlockedReason(image, A1) };
          },
          edit: () => {
            const req = { ImageId: image.ImageId, ImageDescription: 'edited' };
            return { action: 'ModifyImageAttribute', req, ui: modifyBlockedReason(image, A1) };
          },
          delete: () => {
            const req = { ImageIds: [image.ImageId] };
            return { action: 'DeleteImages', req, ui: deleteBlockedReason(image, A1) };
          },
        };
        const { action: name, req, ui } = requests[action]();
        const res = api(name, req);
        outcome('Busy image', res);
        expect(res.Error?.Code).toBe(ui?.code);
        if (inFlight.length > 0) expect(ui?.key).toBe('image.copyingTo');
      }),
      { numRuns: RUNS.busy * SCALE },
    );
  });
});

describe('Edit tags (ModifyResourceTags)', () => {
  // The dialog checks tagListProblems(rows) on every keystroke and sends tagChanges(before, rows):
  // every row, and the keys removed. Its first problem (a tag's own, in order, then the set's) is the
  // API's answer, in the tag service's code (tagServiceViolation); what it lets through is the image's tags.
  const taggable = seedImagesOf(A1, 'ap-guangzhou').map((i) => i.ImageId);
  const tagUnit = fc.constantFrom(
    'a',
    'Z',
    '7',
    '-',
    '_',
    '.',
    ':',
    '/',
    '@',
    '=',
    '+',
    '中',
    '【',
    '（',
    ' ',
    '😀',
    '*',
    '\u200B',
  );
  const tagText = (max: number) =>
    fc.oneof(
      {
        weight: 5,
        arbitrary: fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'n', 'v', '1', '-'), minLength: 1, maxLength: 6 }),
      },
      { weight: 2, arbitrary: fc.string({ unit: tagUnit, maxLength: 12 }) },
      { weight: 1, arbitrary: fc.integer({ min: max - 2, max: max + 2 }).map((n) => 'k'.repeat(n)) },
      { weight: 1, arbitrary: fc.constantFrom('', ' env', 'env ', 'qcs:x', 'project:x', '项目a', '<b>', '\t') },
    );
  const someRows = fc.array(fc.record({ Key: tagText(TAG_KEY_MAX), Value: tagText(TAG_VALUE_MAX) }), { maxLength: 6 });
  const rowsArb = fc.oneof(
    { weight: 4, arbitrary: someRows },
    {
      // A key typed twice, with another value.
      weight: 1,
      arbitrary: someRows.chain((rows) =>
        rows.length === 0
          ? fc.constant(rows)
          : fc.constantFrom(...rows).map((row): Tag[] => [...rows, { Key: row.Key, Value: `${row.Value}2` }]),
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 48, max: 53 })
        .map((n) => Array.from({ length: n }, (_, i): Tag => ({ Key: `k${i}`, Value: 'v' }))),
    },
  );

  it("the dialog blocks exactly what the API refuses, with the same code; what it lets through is the image's tags", () => {
    fc.assert(
      fc.property(fc.constantFrom(...taggable), rowsArb, (imageId, rows) => {
        count('Edit tags');
        useStore();
        const before = describeImage(imageId).Tags;
        const ui = firstTagProblem(tagListProblems(rows));
        const res = api('ModifyResourceTags', {
          Resource: imageResourceName('ap-guangzhou', A1, imageId),
          ...tagChanges(before, rows),
        });
        outcome('Edit tags', res);
        if (ui) expect(res.Error?.Code, res.Error?.Message).toBe(tagServiceViolation(ui).code);
        else {
          expect(res.Error, res.Error?.Message).toBeUndefined();
          const byKey = (a: Tag, b: Tag) => (a.Key < b.Key ? -1 : 1);
          expect([...describeImage(imageId).Tags].sort(byKey)).toEqual([...rows].sort(byKey));
        }
      }),
      { numRuns: RUNS.tags * SCALE },
    );
  });
});

describe('cases generated', () => {
  afterAll(() => {
    const total = Object.values(generated).reduce((a, b) => a + b, 0);
    console.log(
      `verdicts.property: ${total} generated cases (${Object.entries(generated)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`,
    );
    for (const [property, tally] of Object.entries(outcomes))
      console.log(
        `  ${property}: ${Object.entries(tally)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
  });

  it('ran at least 2,000 generated cases across the forms', () => {
    const total = Object.values(generated).reduce((a, b) => a + b, 0);
    expect(Object.keys(generated)).toHaveLength(9);
    expect(total).toBeGreaterThanOrEqual(2000);
    // No property is vacuous: each saw the API accept some cases and refuse others.
    for (const tally of Object.values(outcomes)) {
      expect(tally.accepted ?? 0).toBeGreaterThan(0);
      expect(Object.keys(tally).length).toBeGreaterThan(1);
    }
  });
});
