// The standalone mock's strict mode (MOCK_API_STRICT=1) over HTTP: the documented CVM contract
// only. Every field of every answer is one the official SDK's models declare (the full mode's
// answers, walked the same way, hold exactly README's extensions); extension filters and
// parameters are refused as the real API refuses what it does not know; no marketplace listings;
// errors carry Code and Message only. And STS GetCallerIdentity, in both modes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '../../src/rules/actions.ts';
import {
  actionExtensions,
  fieldExtensions,
  imageFilterExtensions,
  parameterExtensions,
} from '../../src/rules/extensions.ts';
import { STS_VERSION } from '../../src/rules/protocol.ts';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  errorCode,
  rawCall,
  startServer,
  type RunningServer,
} from '../../src/test/api-server.ts';
import { undeclaredFields } from '../../src/test/sdk-models.ts';

let strict: RunningServer;
let extended: RunningServer;

beforeAll(async () => {
  [strict, extended] = await Promise.all([startServer({ contract: 'strict' }), startServer()]);
});

afterAll(async () => {
  await Promise.all([strict?.server.close(), extended?.server.close()]);
});

type Answer = Record<string, unknown>;

async function call(srv: RunningServer, action: string, params: object = {}, region = 'ap-guangzhou'): Promise<Answer> {
  const { json } = await rawCall(srv, action, JSON.stringify(params), { region });
  return json.Response;
}

async function ok(srv: RunningServer, action: Action, params: object = {}, region?: string): Promise<Answer> {
  const answer = await call(srv, action, params, region);
  expect(answer.Error, `${action} ${JSON.stringify(params)}`).toBeUndefined();
  return answer;
}

/** Every action the mock answers, the mutations included, in one account's day: each answer with its action. */
async function everyAction(srv: RunningServer): Promise<{ action: Action; answer: Answer }[]> {
  const out: { action: Action; answer: Answer }[] = [];
  const run = async (action: Action, params: object = {}, region?: string) => {
    const answer = await ok(srv, action, params, region);
    out.push({ action, answer });
    return answer;
  };
  await run('DescribeRegions');
  await run('DescribeZones');
  const listed = (await run('DescribeImages', { Limit: 100 })).ImageSet as { ImageId: string; ImageType: string }[];
  const own = listed.filter((i) => i.ImageType === 'PRIVATE_IMAGE');
  const publicImage = listed.find((i) => i.ImageType === 'PUBLIC_IMAGE' && /CentOS 7\.9/.test(JSON.stringify(i)))!;
  await run('DescribeImageQuota');
  // A family's image, a copy (it carries every Image extension): the Image model, without them when strict.
  await run('DescribeImageFromFamily', { ImageFamily: 'web-tier' }, 'ap-shanghai');
  await run('DescribeImportImageOs');
  const normal = own.filter((i) => JSON.stringify(i).includes('"ImageState":"NORMAL"'));
  const recipients = async (imageId: string) =>
    (await run('DescribeImageSharePermission', { ImageId: imageId })).SharePermissionSet as { AccountId: string }[];
  let shareable = normal[0]!;
  for (const image of normal)
    if (!(await recipients(image.ImageId)).some((r) => r.AccountId === ACCOUNT_B)) {
      shareable = image;
      break;
    }
  const instances = (await run('DescribeInstances', { Limit: 100 })).InstanceSet as { InstanceId: string }[];
  await run('DescribeInstanceTypeConfigs');
  const launch = { Placement: { Zone: 'ap-guangzhou-3' }, InstanceType: 'S5.MEDIUM4', ImageId: publicImage.ImageId };
  await run('InquiryPriceRunInstances', launch);
  await run('RunInstances', launch);
  await run('CreateImage', { InstanceId: instances[0]!.InstanceId, ImageName: 'strict-created' });
  await run('ImportImage', {
    Architecture: 'x86_64',
    OsType: 'CentOS',
    OsVersion: '7',
    ImageUrl: 'https://images-1250000000.cos.ap-guangzhou.myqcloud.com/strict.qcow2',
    ImageName: 'strict-imported',
  });
  await run('ModifyImageAttribute', { ImageId: own[0]!.ImageId, ImageDescription: 'strict' });
  await run('ModifyImageSharePermission', { ImageId: shareable.ImageId, AccountIds: [ACCOUNT_B], Permission: 'SHARE' });
  await run('SyncImages', {
    ImageIds: [shareable.ImageId],
    DestinationRegions: ['ap-beijing'],
    ImageSetRequired: true,
  });
  // A copy in progress (SyncPercent) and every image the account now has there.
  await run('DescribeImages', { Limit: 100 }, 'ap-beijing');
  let unshared: string | undefined;
  for (const image of normal)
    if (image !== shareable && (await recipients(image.ImageId)).length === 0) unshared ??= image.ImageId;
  await run('DeleteImages', { ImageIds: [unshared!] });
  // Not the copy's source, the one deleted, nor the first (the next test shares it); not Windows,
  // which cannot be exported.
  const exportable = normal.find(
    (i) =>
      i !== shareable && i !== own[0] && i.ImageId !== unshared && !JSON.stringify(i).includes('"Platform":"Windows"'),
  )!;
  await run('ExportImages', { ImageIds: [exportable.ImageId], BucketName: 'images-1250000001' });
  return out;
}

describe('strict answers hold only what the official SDK’s models declare', () => {
  it('for every action, while the full mode adds exactly the documented extensions', async () => {
    const [strictDay, extendedDay] = await Promise.all([everyAction(strict), everyAction(extended)]);
    expect(strictDay.map((a) => a.action)).toEqual(extendedDay.map((a) => a.action));
    for (const { action, answer } of strictDay)
      expect(undeclaredFields(answer, `${action}Response`), action).toEqual([]);

    // The same walk finds the extensions in the full mode's answers: exactly the named ones.
    const extra = new Set(
      extendedDay.flatMap(({ action, answer }) =>
        undeclaredFields(answer, `${action}Response`).map((path) => path.replace(/\.\d+\./g, '.N.')),
      ),
    );
    const named = (list: string, fields: readonly string[]) => fields.map((f) => `${list}.N.${f}`);
    expect([...extra].sort()).toEqual(
      [
        ...named('ImageSet', fieldExtensions.Image),
        ...fieldExtensions.Image.map((f) => `Image.${f}`),
        ...named('InstanceSet', fieldExtensions.Instance),
        ...named('InstanceTypeConfigSet', fieldExtensions.InstanceTypeConfig),
        ...fieldExtensions.Price.map((f) => `Price.${f}`),
      ].sort(),
    );
  });

  it('an error is Code and Message (and the RequestId) only: no Field, no Refused', async () => {
    const own = await ok(strict, 'DescribeImages', { Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }] });
    const imageId = (own.ImageSet as { ImageId: string }[])[0]!.ImageId;
    // An account that does not exist: the full mode names the parameter and refuses the value.
    const share = (srv: RunningServer) =>
      rawCall(
        srv,
        'ModifyImageSharePermission',
        JSON.stringify({ ImageId: imageId, AccountIds: ['999999999999'], Permission: 'SHARE' }),
      );
    const [s, e] = await Promise.all([share(strict), share(extended)]);
    expect(errorCode(s.json)).toBe('InvalidAccountId.NotFound');
    expect(errorCode(e.json)).toBe('InvalidAccountId.NotFound');
    expect(Object.keys(s.json.Response.Error as object).sort()).toEqual(['Code', 'Message']);
    expect(Object.keys(e.json.Response.Error as object).sort()).toEqual(['Code', 'Field', 'Message', 'Refused']);
    expect(Object.keys(s.json.Response).sort()).toEqual(['Error', 'RequestId']);
  });
});

describe('strict requests: extensions refused as the real API refuses what it does not know', () => {
  it.each(imageFilterExtensions)(
    'the %s filter is InvalidFilter, naming it and the documented filters',
    async (name) => {
      const answer = await call(strict, 'DescribeImages', {
        Filters: [
          { Name: 'image-type', Values: ['PUBLIC_IMAGE'] },
          { Name: name, Values: ['x'] },
        ],
      });
      expect(answer.Error).toEqual({
        Code: 'InvalidFilter',
        Message: `Unknown filter "${name}"; supported filters: image-id, image-type, image-name, platform, tag-key, tag-value.`,
      });
      // The same filter is answered by the full mode.
      expect(
        (await call(extended, 'DescribeImages', { Filters: [{ Name: name, Values: ['x'] }] })).Error,
      ).toBeUndefined();
    },
  );

  it.each(actionExtensions)('the %s action is InvalidAction, and the full mode answers it', async (action) => {
    expect((await call(strict, action)).Error).toEqual({
      Code: 'InvalidAction',
      Message: `The action ${action} does not exist in CVM 2017-03-12.`,
    });
    expect((await call(extended, action)).Error).toBeUndefined();
  });

  it.each(parameterExtensions.DescribeImages!)('%s is UnknownParameter', async (name) => {
    const answer = await call(strict, 'DescribeImages', { [name]: name === 'Order' ? 'DESC' : 'ImageName' });
    expect(answer.Error).toEqual({
      Code: 'UnknownParameter',
      Message: `The parameter \`${name}\` is not recognized by this action.`,
    });
  });

  it('documented filters and paging answer the same rows in both modes', async () => {
    const params = {
      Filters: [
        { Name: 'image-type', Values: ['PUBLIC_IMAGE'] },
        { Name: 'platform', Values: ['ubuntu'] },
      ],
      Offset: 1,
      Limit: 3,
    };
    const ids = (a: Answer) => (a.ImageSet as { ImageId: string }[]).map((i) => i.ImageId);
    const [s, e] = await Promise.all([ok(strict, 'DescribeImages', params), ok(extended, 'DescribeImages', params)]);
    expect(s.TotalCount).toBe(e.TotalCount);
    expect(ids(s)).toEqual(ids(e));
    expect(ids(s)).toHaveLength(3);
  });

  it('lists no marketplace images: not unfiltered, not by type, not by ID', async () => {
    const market = await ok(extended, 'DescribeImages', {
      Filters: [{ Name: 'image-type', Values: ['MARKET_IMAGE'] }],
      Limit: 1,
    });
    const marketId = (market.ImageSet as { ImageId: string }[])[0]!.ImageId;
    const all = await ok(strict, 'DescribeImages', { Limit: 100 });
    const types = new Set((all.ImageSet as { ImageType: string }[]).map((i) => i.ImageType));
    expect([...types].sort()).toEqual(['PRIVATE_IMAGE', 'PUBLIC_IMAGE', 'SHARED_IMAGE']);
    expect(
      (await ok(strict, 'DescribeImages', { Filters: [{ Name: 'image-type', Values: ['MARKET_IMAGE'] }] })).TotalCount,
    ).toBe(0);
    expect((await ok(strict, 'DescribeImages', { ImageIds: [marketId] })).TotalCount).toBe(0);
  });
});

describe('STS GetCallerIdentity (2018-08-13), for the signing proxy', () => {
  it.each([
    ['strict', () => strict],
    ['full', () => extended],
  ])('names the account of the key that signed, with the documented fields (%s mode)', async (_mode, srv) => {
    for (const accountId of [ACCOUNT_A, ACCOUNT_B]) {
      const { json } = await rawCall(srv(), 'GetCallerIdentity', '{}', { accountId, version: STS_VERSION });
      expect(json.Response).toEqual({
        Arn: `qcs::cam::uin/${accountId}:uin/${accountId}`,
        AccountId: accountId,
        UserId: accountId,
        PrincipalId: accountId,
        Type: 'CAMUser',
        RequestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
    }
  });

  it('is signed like every call: a wrong key is refused', async () => {
    const { json } = await rawCall(strict, 'GetCallerIdentity', '{}', { version: STS_VERSION, secretKey: 'wrong' });
    expect(errorCode(json)).toBe('AuthFailure.SignatureFailure');
  });

  it('is STS’s only: under CVM’s version it is no CVM action', async () => {
    const { json } = await rawCall(strict, 'GetCallerIdentity', '{}');
    expect(errorCode(json)).toBe('InvalidAction');
  });
});
