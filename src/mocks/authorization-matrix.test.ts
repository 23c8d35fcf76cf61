// Who may do what: every owner-only action × every kind of image × each demo account, through the
// real API path (fetch → msw/node → backend). Each cell expects the documented answer; a refusal
// must leave the store exactly as it was (JSON of the whole store, byte for byte), and a success
// must have done what it says.
import { describe, expect, it } from 'vitest';
import { accounts } from '../rules/accounts.ts';
import { testBackend } from './node.ts';
import { marketImages, publicImages } from './catalogue/images.ts';
import { buckets } from './seed/buckets.ts';
import { imageResourceName } from '../rules/tag-service.ts';
import { A1, A2, A3, call, imageById, listInstances, seededImageId, storeSnapshot } from '../test/api-calls.ts';
import type { ApiResponse } from '../test/direct-call.ts';

const REGION = 'ap-guangzhou';

const seeded = (owner: string, name: string) => seededImageId(owner, REGION, name);

const KINDS = [
  'own custom',
  'own custom, shared out',
  'own custom, being copied to another region',
  'own custom, being exported to object storage',
  "another account's custom, not shared with you",
  'shared with you',
  'public',
  'marketplace',
  'own custom, addressed in another region',
  'unknown image ID',
] as const;
type Kind = (typeof KINDS)[number];

interface Subject {
  imageId: string;
  /** The region the request names (the image's own region unless the kind says otherwise). */
  region: string;
  /** For SHARE: an account that may receive it. For CANCEL: a current recipient, if it has one. */
  shareWith: string;
  cancelFor: string;
  /** The caller's own bucket in the region, for an export. */
  bucket: string;
  /** What makes it this kind, done through the API before the cell's request. */
  prepare?: (account: string) => Promise<void>;
}

const publicId = publicImages(REGION).find((i) => i.ImageName === 'CentOS 7.9 64-bit')!.ImageId;
const marketId = marketImages(REGION).find((i) => i.ImageName === 'WordPress 6.5 (LNMP) on CentOS 7.9')!.ImageId;
const UNKNOWN_ID = 'img-00000000';
/** An account's own bucket in the matrix's region. */
const bucketOf = (account: string) => buckets.find((b) => b.OwnerId === account && b.Region === REGION)!.BucketName;

/**
 * The seeded images each account sees as each kind, all x86_64 in Guangzhou:
 *  A1 owns redis-cache-debian12 (not shared) and web-server-centos79 (shared with A2);
 *  A2 owns partner-mysql-debian11 (not shared) and partner-api-centos79 (shared with A1);
 *  A3 owns reseller-wordpress-ubuntu2004 (not shared) and reseller-lamp-centos79 (shared with A1);
 *  app-base-ubuntu2204 (A1) is shared with A2 and A3.
 */
const plan: Record<string, Record<Kind, Subject>> = {
  [A1]: subjects({
    own: seeded(A1, 'redis-cache-debian12'),
    ownShared: [seeded(A1, 'web-server-centos79'), A2],
    foreign: seeded(A2, 'partner-mysql-debian11'),
    shared: seeded(A2, 'partner-api-centos79'),
    other: A2,
    third: A3,
    bucket: bucketOf(A1),
  }),
  [A2]: subjects({
    own: seeded(A2, 'partner-mysql-debian11'),
    ownShared: [seeded(A2, 'partner-api-centos79'), A1],
    foreign: seeded(A3, 'reseller-wordpress-ubuntu2004'),
    shared: seeded(A1, 'web-server-centos79'),
    other: A3,
    third: A3,
    bucket: bucketOf(A2),
  }),
  [A3]: subjects({
    own: seeded(A3, 'reseller-wordpress-ubuntu2004'),
    ownShared: [seeded(A3, 'reseller-lamp-centos79'), A1],
    foreign: seeded(A1, 'redis-cache-debian12'),
    shared: seeded(A1, 'app-base-ubuntu2204'),
    other: A1,
    third: A2,
    bucket: bucketOf(A3),
  }),
};

function subjects(p: {
  own: string;
  ownShared: [string, string];
  foreign: string;
  shared: string;
  /** Another account, not a recipient of `own`. */
  other: string;
  /** An account that is not yet a recipient of the shared-out image. */
  third: string;
  bucket: string;
}): Record<Kind, Subject> {
  const plain = (imageId: string, region = REGION): Subject => ({
    imageId,
    region,
    shareWith: p.other,
    cancelFor: p.other,
    bucket: p.bucket,
  });
  return {
    'own custom': plain(p.own),
    'own custom, shared out': {
      imageId: p.ownShared[0],
      region: REGION,
      shareWith: p.third,
      cancelFor: p.ownShared[1],
      bucket: p.bucket,
    },
    'own custom, being copied to another region': {
      ...plain(p.own),
      prepare: async (account) => {
        const res = await call('SyncImages', { ImageIds: [p.own], DestinationRegions: ['ap-nanjing'] }, { account });
        expect(res.Error).toBeUndefined();
      },
    },
    'own custom, being exported to object storage': {
      ...plain(p.own),
      prepare: async (account) => {
        const res = await call('ExportImages', { ImageIds: [p.own], BucketName: p.bucket }, { account });
        expect(res.Error).toBeUndefined();
      },
    },
    "another account's custom, not shared with you": plain(p.foreign),
    'shared with you': plain(p.shared),
    public: plain(publicId),
    marketplace: plain(marketId),
    'own custom, addressed in another region': plain(p.own, 'ap-shanghai'),
    'unknown image ID': plain(UNKNOWN_ID),
  };
}

const OK = 'success';
const NOT_OWNER = 'UnauthorizedOperation.ImageNotBelongToAccount';
const CATALOG = 'InvalidParameterValue.InvalidImageId';
const NOT_FOUND = 'InvalidImageId.NotFound';
/** The tag service's answer for a resource name that designates none of the caller's resources. */
const NO_SUCH_RESOURCE = 'InvalidParameterValue.ResourceIdInvalid';
const MATRIX_FAMILY = 'matrix-family';

interface ActionSpec {
  action: string;
  label: string;
  params: (s: Subject, account: string) => Record<string, unknown>;
  /** Reads change nothing even when they succeed. */
  read?: boolean;
  /** Written straight into the store before the cell's request, after the subject is prepared. */
  arrange?: (s: Subject) => void;
  expected: Record<Kind, string>;
  /** After a success: what the action did, seen through the API. */
  verify: (s: Subject, account: string, res: ApiResponse) => Promise<void>;
}

const where = (s: Subject, account: string) => ({ account, region: s.region });

const actions: ActionSpec[] = [
  {
    action: 'ModifyImageAttribute',
    label: 'ModifyImageAttribute',
    params: (s) => ({ ImageId: s.imageId, ImageName: 'renamed-by-matrix', ImageDescription: 'edited' }),
    expected: {
      'own custom': OK,
      'own custom, shared out': OK,
      'own custom, being copied to another region': 'InvalidImageId.IncorrectState',
      'own custom, being exported to object storage': 'InvalidImageId.IncorrectState',
      "another account's custom, not shared with you": NOT_OWNER,
      'shared with you': 'UnsupportedOperation.SharedImageModifyUnsupported',
      public: CATALOG,
      marketplace: CATALOG,
      'own custom, addressed in another region': NOT_FOUND,
      'unknown image ID': NOT_FOUND,
    },
    verify: async (s, account) => {
      expect(await imageById(s.imageId, where(s, account))).toMatchObject({
        ImageName: 'renamed-by-matrix',
        ImageDescription: 'edited',
      });
    },
  },
  {
    action: 'DeleteImages',
    label: 'DeleteImages',
    params: (s) => ({ ImageIds: [s.imageId] }),
    expected: {
      'own custom': OK,
      'own custom, shared out': 'InvalidImageId.InShared',
      'own custom, being copied to another region': 'InvalidImageId.IncorrectState',
      'own custom, being exported to object storage': 'InvalidImageId.IncorrectState',
      "another account's custom, not shared with you": NOT_OWNER,
      'shared with you': 'InvalidParameterValue.InvalidImageIdIsShared',
      public: CATALOG,
      marketplace: CATALOG,
      'own custom, addressed in another region': NOT_FOUND,
      'unknown image ID': NOT_FOUND,
    },
    verify: async (s, account) => {
      expect(await imageById(s.imageId, where(s, account))).toBeUndefined();
    },
  },
  {
    action: 'ModifyImageSharePermission',
    label: 'ModifyImageSharePermission SHARE',
    params: (s) => ({ ImageId: s.imageId, AccountIds: [s.shareWith], Permission: 'SHARE' }),
    expected: {
      'own custom': OK,
      'own custom, shared out': OK,
      'own custom, being copied to another region': 'InvalidParameterValue.InvalidImageState',
      'own custom, being exported to object storage': 'InvalidParameterValue.InvalidImageState',
      "another account's custom, not shared with you": NOT_OWNER,
      'shared with you': NOT_OWNER,
      public: CATALOG,
      marketplace: CATALOG,
      'own custom, addressed in another region': NOT_FOUND,
      'unknown image ID': NOT_FOUND,
    },
    verify: async (s) => {
      expect(await imageById(s.imageId, { account: s.shareWith, region: s.region })).toMatchObject({
        ImageType: 'SHARED_IMAGE',
      });
    },
  },
  {
    action: 'ModifyImageSharePermission',
    label: 'ModifyImageSharePermission CANCEL',
    params: (s) => ({ ImageId: s.imageId, AccountIds: [s.cancelFor], Permission: 'CANCEL' }),
    expected: {
      // Not shared with that account: a state of the image, not a question of ownership.
      'own custom': 'InvalidAccountId.NotFound',
      'own custom, shared out': OK,
      'own custom, being copied to another region': 'InvalidAccountId.NotFound',
      'own custom, being exported to object storage': 'InvalidAccountId.NotFound',
      "another account's custom, not shared with you": NOT_OWNER,
      'shared with you': NOT_OWNER,
      public: CATALOG,
      marketplace: CATALOG,
      'own custom, addressed in another region': NOT_FOUND,
      'unknown image ID': NOT_FOUND,
    },
    verify: async (s) => {
      expect(await imageById(s.imageId, { account: s.cancelFor, region: s.region })).toBeUndefined();
    },
  },
  {
    action: 'SyncImages',
    label: 'SyncImages',
    params: (s) => ({ ImageIds: [s.imageId], DestinationRegions: ['ap-beijing'], ImageSetRequired: true }),
    expected: {
      'own custom': OK,
      'own custom, shared out': OK,
      'own custom, being copied to another region': 'FailedOperation.InvalidImageState',
      'own custom, being exported to object storage': 'FailedOperation.InvalidImageState',
      "another account's custom, not shared with you": NOT_OWNER,
      'shared with you': 'InvalidParameterValue.InvalidImageIdIsShared',
      public: CATALOG,
      marketplace: CATALOG,
      'own custom, addressed in another region': NOT_FOUND,
      'unknown image ID': NOT_FOUND,
    },
    verify: async (s, account, res) => {
      const copies = res.ImageSet as { ImageId: string; Region: string }[];
      expect(copies).toHaveLength(1);
      expect(await imageById(copies[0]!.ImageId, { account, region: 'ap-beijing' })).toMatchObject({
        ImageType: 'PRIVATE_IMAGE',
        CopiedFrom: { ImageId: s.imageId, Region: s.region },
      });
    },
  },
  {
    action: 'ExportImages',
    label: 'ExportImages',
    params: (s) => ({ ImageIds: [s.imageId], BucketName: s.bucket, FileNamePrefixList: ['matrix'] }),
    expected: {
      'own custom': OK,
      // Shared out is still the caller's own image; only an image shared with the caller is refused.
      'own custom, shared out': OK,
      'own custom, being copied to another region': 'InvalidParameterValue.InvalidImageState',
      'own custom, being exported to object storage': 'InvalidParameterValue.InvalidImageState',
      "another account's custom, not shared with you": NOT_OWNER,
      'shared with you': 'UnsupportedOperation.SharedImageExportUnsupported',
      public: 'UnsupportedOperation.PublicImageExportUnsupported',
      marketplace: 'UnsupportedOperation.MarketImageExportUnsupported',
      'own custom, addressed in another region': NOT_FOUND,
      'unknown image ID': NOT_FOUND,
    },
    verify: async (s, account, res) => {
      expect(res.CosPaths).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`^matrix_${s.imageId}_system_snap-[a-z0-9]{8}\\.raw$`)),
        ]),
      );
      expect((await imageById(s.imageId, where(s, account)))!.ExportingTo).toEqual([
        { TaskId: res.TaskId, BucketName: s.bucket, ExportPercent: 0 },
      ]);
    },
  },
  {
    // The tag service: the image named under the caller's own account; only the caller's own images are there.
    action: 'ModifyResourceTags',
    label: 'ModifyResourceTags',
    params: (s, account) => ({
      Resource: imageResourceName(s.region, account, s.imageId),
      ReplaceTags: [{ TagKey: 'matrix', TagValue: 'tagged' }],
    }),
    expected: {
      'own custom': OK,
      'own custom, shared out': OK,
      // Tags are not the image's contents: a copy or an export in flight does not stop them.
      'own custom, being copied to another region': OK,
      'own custom, being exported to object storage': OK,
      "another account's custom, not shared with you": NO_SUCH_RESOURCE,
      'shared with you': NO_SUCH_RESOURCE,
      public: NO_SUCH_RESOURCE,
      marketplace: NO_SUCH_RESOURCE,
      'own custom, addressed in another region': NO_SUCH_RESOURCE,
      'unknown image ID': NO_SUCH_RESOURCE,
    },
    verify: async (s, account) => {
      expect((await imageById(s.imageId, where(s, account)))!.Tags).toContainEqual({ Key: 'matrix', Value: 'tagged' });
    },
  },
  {
    action: 'DescribeImageSharePermission',
    label: 'DescribeImageSharePermission (owner only)',
    params: (s) => ({ ImageId: s.imageId }),
    read: true,
    expected: {
      'own custom': OK,
      'own custom, shared out': OK,
      'own custom, being copied to another region': OK,
      'own custom, being exported to object storage': OK,
      "another account's custom, not shared with you": NOT_OWNER,
      'shared with you': NOT_OWNER,
      // Not InvalidImageId: the resolver answers every image that is not the caller's custom image alike.
      public: NOT_OWNER,
      marketplace: NOT_OWNER,
      'own custom, addressed in another region': NOT_FOUND,
      'unknown image ID': NOT_FOUND,
    },
    verify: async (s, account, res) => {
      const list = (res.SharePermissionSet as { AccountId: string }[]).map((p) => p.AccountId);
      const ownShared = plan[account]!['own custom, shared out'];
      expect(list).toEqual(s.imageId === ownShared.imageId ? [ownShared.cancelFor] : []);
    },
  },
  {
    action: 'DescribeImageFromFamily',
    label: 'DescribeImageFromFamily (the family of the image, seen as DescribeImages sees it)',
    params: () => ({ ImageFamily: MATRIX_FAMILY }),
    read: true,
    // The subject, where it is a custom image, becomes the only member of a family of its own.
    arrange: (s) => {
      const data = structuredClone(testBackend.data());
      for (const image of data.images) if (image.ImageId === s.imageId) image.ImageFamily = MATRIX_FAMILY;
      testBackend.replace(data);
    },
    expected: Object.fromEntries(KINDS.map((kind) => [kind, OK])) as Record<Kind, string>,
    verify: async (s, account, res) => {
      const member = testBackend.data().images.some((i) => i.ImageId === s.imageId && i.Region === s.region);
      // Exactly the images the caller sees in the region: another account's unshared image never.
      const seen = member ? await imageById(s.imageId, where(s, account)) : undefined;
      expect(res.Image).toEqual(seen ?? null);
    },
  },
  {
    action: 'RunInstances',
    label: 'RunInstances',
    params: (s) => ({
      Placement: { Zone: 'ap-guangzhou-3' },
      ImageId: s.imageId,
      InstanceType: 'S5.MEDIUM4',
      InstanceName: 'matrix-launch',
    }),
    expected: {
      'own custom': OK,
      'own custom, shared out': OK,
      'own custom, being copied to another region': OK,
      'own custom, being exported to object storage': OK,
      // Another account's private image does not exist for the caller.
      "another account's custom, not shared with you": NOT_FOUND,
      'shared with you': OK,
      public: OK,
      marketplace: OK,
      'own custom, addressed in another region': NOT_FOUND,
      'unknown image ID': NOT_FOUND,
    },
    verify: async (s, account, res) => {
      const ids = res.InstanceIdSet as string[];
      expect(ids).toHaveLength(1);
      const launched = (await listInstances({ account, region: REGION })).find((i) => i.InstanceId === ids[0]);
      expect(launched).toMatchObject({ InstanceName: 'matrix-launch', ImageId: s.imageId });
    },
  },
];

const accountLabel = (id: string) => `${id} (${accounts.find((a) => a.accountId === id)!.name})`;

describe('the fixtures are what the matrix says they are', () => {
  it.each([A1, A2, A3])('as %s: each kind of image is seen as that kind', async (account) => {
    const kinds = plan[account]!;
    const seen = async (kind: Kind) => (await imageById(kinds[kind].imageId, where(kinds[kind], account)))?.ImageType;
    expect(await seen('own custom')).toBe('PRIVATE_IMAGE');
    expect(await seen('own custom, shared out')).toBe('PRIVATE_IMAGE');
    const copying = kinds['own custom, being copied to another region'];
    await copying.prepare!(account);
    expect((await imageById(copying.imageId, { account }))!.CopyingTo).toHaveLength(1);
    expect((await imageById(kinds['own custom, shared out'].imageId, { account }))!.SharedAccountCount).toBe(1);
    expect((await imageById(kinds['own custom'].imageId, { account }))!.SharedAccountCount).toBe(0);
    expect(await seen("another account's custom, not shared with you")).toBeUndefined();
    expect(await seen('shared with you')).toBe('SHARED_IMAGE');
    expect(await seen('public')).toBe('PUBLIC_IMAGE');
    expect(await seen('marketplace')).toBe('MARKET_IMAGE');
    expect(await seen('own custom, addressed in another region')).toBeUndefined();
    expect(await seen('unknown image ID')).toBeUndefined();
    // The foreign image exists: it belongs to someone else.
    const foreign = kinds["another account's custom, not shared with you"].imageId;
    expect(testBackend.data().images.some((i) => i.ImageId === foreign && i.OwnerId !== account)).toBe(true);
  });

  // Apart: the image being exported is the one being copied above, and a copy's source cannot be exported.
  it.each([A1, A2, A3])('as %s: the image being exported is seen as being exported', async (account) => {
    const exporting = plan[account]!['own custom, being exported to object storage'];
    await exporting.prepare!(account);
    expect((await imageById(exporting.imageId, { account }))!.ExportingTo).toEqual([
      expect.objectContaining({ BucketName: exporting.bucket, ExportPercent: 0 }),
    ]);
  });
});

const cells = actions.flatMap((spec) =>
  KINDS.flatMap((kind) =>
    [A1, A2, A3].map((account) => ({
      spec,
      kind,
      account,
      expected: spec.expected[kind],
      name: `${spec.label} · ${kind} · as ${accountLabel(account)} → ${spec.expected[kind]}`,
    })),
  ),
);

let cellsRun = 0;

describe.each(actions.map((spec) => [spec.label, spec] as const))('%s', (_label, spec) => {
  it.each(cells.filter((c) => c.spec === spec).map((c) => [c.name, c] as const))(
    '%s',
    async (_name, { kind, account, expected }) => {
      cellsRun++;
      const subject = plan[account]![kind];
      await subject.prepare?.(account);
      spec.arrange?.(subject);
      const before = storeSnapshot();
      const res = await call(spec.action, spec.params(subject, account), where(subject, account));
      const after = storeSnapshot();
      if (expected === OK) {
        expect(res.Error, JSON.stringify(res.Error)).toBeUndefined();
        if (spec.read) expect(after, `${spec.label} is a read but changed the store`).toBe(before);
        else expect(after, `${spec.label} succeeded but changed nothing`).not.toBe(before);
        await spec.verify(subject, account, res);
      } else {
        expect(res.Error?.Code, res.Error?.Message).toBe(expected);
        expect(res.Error!.Message.length).toBeGreaterThan(10);
        expect(after, `${spec.label} was refused with ${expected} but changed the store`).toBe(before);
      }
    },
  );
});

describe('matrix size', () => {
  it('covered every action × kind × account', () => {
    expect(cellsRun).toBe(actions.length * KINDS.length * 3);
    console.log(
      `authorization-matrix: ${cellsRun} cells (${actions.length} actions × ${KINDS.length} kinds × 3 accounts)`,
    );
  });
});
