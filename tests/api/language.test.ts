// The language of the API's messages (X-TC-Language) through the official SDK, profile language
// 'en-US' and 'zh-CN': the same violation answers the same code in both, its Message in the
// language asked for; without the header, or with a value the API does not know, in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT_A,
  expectSdkError,
  rawCall,
  sdkClient,
  startServer,
  type CvmClient,
  type RunningServer,
} from '../../src/test/api-server.ts';

let srv: RunningServer;
let en: CvmClient;
let zh: CvmClient;

beforeAll(async () => {
  srv = await startServer();
  en = sdkClient(srv.port, { language: 'en-US' });
  zh = sdkClient(srv.port, { language: 'zh-CN' });
});

afterAll(async () => {
  await srv?.server.close();
});

async function customImageId(client: CvmClient, name: string): Promise<string> {
  const res = await client.DescribeImages({ Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }], Limit: 100 });
  const image = res.ImageSet!.find((i) => i.ImageName === name);
  expect(image, name).toBeDefined();
  return image!.ImageId!;
}

/** The same call in English and in Chinese: one code, each message as given. */
async function inBothLanguages(
  request: (client: CvmClient) => Promise<unknown>,
  code: string,
  messages: { en: string; zh: string },
): Promise<void> {
  expect((await expectSdkError(request(en), code)).message).toBe(messages.en);
  expect((await expectSdkError(request(zh), code)).message).toBe(messages.zh);
}

describe('the same violation in both languages, with the same code', () => {
  it('a schema error names the parameter and its type', async () => {
    await inBothLanguages((c) => c.DescribeImages({ Limit: 'ten' as unknown as number }), 'InvalidParameter', {
      en: 'The parameter `Limit` must be a number, not a string.',
      zh: '参数 `Limit` 应为数字，而不是字符串。',
    });
  });

  it('a share refused for several account IDs lists them, joined as the language joins a list', async () => {
    const imageId = await customImageId(en, 'web-server-centos79');
    await inBothLanguages(
      (c) => c.ModifyImageSharePermission({ ImageId: imageId, AccountIds: [ACCOUNT_A, '12ab'], Permission: 'SHARE' }),
      'InvalidAccountIs.YourSelf',
      {
        en: 'You cannot share an image with your own account. (2 account IDs have problems: 100000000001, 12ab)',
        zh: '不能将镜像共享给您自己的账号。（共 2 个账号 ID 有问题：100000000001、12ab）',
      },
    );
  });

  it('each refused account ID gets its own message in the language (Error.Refused)', async () => {
    const imageId = await customImageId(en, 'web-server-centos79');
    const body = JSON.stringify({ ImageId: imageId, AccountIds: [ACCOUNT_A, '12ab'], Permission: 'SHARE' });
    const refused = async (language: 'en-US' | 'zh-CN') =>
      (await rawCall(srv, 'ModifyImageSharePermission', body, { language })).json.Response.Error;
    expect(await refused('zh-CN')).toMatchObject({
      Refused: [
        { Value: ACCOUNT_A, Code: 'InvalidAccountIs.YourSelf', Message: '不能将镜像共享给您自己的账号。' },
        { Value: '12ab', Code: 'InvalidParameterValue.InvalidAppIdFormat', Message: '账号 ID“12ab”只能包含数字。' },
      ],
    });
    expect(await refused('en-US')).toMatchObject({
      Refused: [
        { Value: ACCOUNT_A, Message: 'You cannot share an image with your own account.' },
        { Value: '12ab', Message: 'Account ID "12ab" must contain digits only.' },
      ],
    });
  });

  it('a copy refusal names the destination region by its name in the language', async () => {
    const imageId = await customImageId(en, 'web-server-centos79');
    await inBothLanguages(
      (c) => c.SyncImages({ ImageIds: [imageId], DestinationRegions: ['ap-singapore'] }),
      'InvalidRegion.Unavailable',
      {
        en: 'Images cannot be copied from the Chinese mainland to Singapore, outside the mainland.',
        zh: '不支持将镜像从中国大陆复制到中国大陆以外的新加坡。',
      },
    );
  });

  it('a deletion refused while shared counts the accounts (a plural)', async () => {
    const imageId = await customImageId(en, 'web-server-centos79');
    await en.ModifyImageSharePermission({ ImageId: imageId, AccountIds: ['100000000003'], Permission: 'SHARE' });
    const shared = (await en.DescribeImageSharePermission({ ImageId: imageId })).SharePermissionSet!.length;
    expect(shared).toBeGreaterThan(1);
    await inBothLanguages((c) => c.DeleteImages({ ImageIds: [imageId] }), 'InvalidImageId.InShared', {
      en: `${imageId}: Cancel sharing with ${shared} accounts before deleting.`,
      zh: `${imageId}：删除前，请先对 ${shared} 个账号取消共享。`,
    });
  });
});

describe('a GET whose query string is refused before the action runs', () => {
  it('answers in the language asked for too', async () => {
    const query = 'Filters.1.Name=image-type&Filters.1.Values.0=PUBLIC_IMAGE';
    const ask = (language: 'en-US' | 'zh-CN') =>
      rawCall(srv, 'DescribeImages', '', { method: 'GET', query, language }).then((r) => r.json.Response.Error);
    expect(await ask('en-US')).toMatchObject({
      Code: 'InvalidParameter',
      Message:
        'The parameter `Filters.0` is missing while `Filters.1` is given: list indices count up from 0 without gaps.',
    });
    expect(await ask('zh-CN')).toMatchObject({
      Code: 'InvalidParameter',
      Message: '缺少参数 `Filters.0`，但给出了 `Filters.1`：列表下标必须从 0 开始连续编号。',
    });
  });
});

describe('a quota refusal in both languages', () => {
  let full: RunningServer;

  beforeAll(async () => {
    full = await startServer();
  });

  afterAll(async () => {
    await full?.server.close();
  });

  it('says how much of the region’s quota is used, by the region’s name', async () => {
    const owner = sdkClient(full.port, { language: 'en-US' });
    const instances = await owner.DescribeInstances({ Limit: 100 });
    const instance = instances.InstanceSet!.find(
      (i) => i.Placement?.Zone?.startsWith('ap-guangzhou-') && i.InstanceState === 'RUNNING',
    )!;
    // 8 of 10 are seeded in Guangzhou: two more fill the quota.
    for (const name of ['ninth', 'tenth'])
      await owner.CreateImage({ InstanceId: instance.InstanceId!, ImageName: name });
    const eleventh = (c: CvmClient) => c.CreateImage({ InstanceId: instance.InstanceId!, ImageName: 'eleventh' });
    expect((await expectSdkError(eleventh(owner), 'ImageQuotaLimitExceeded')).message).toBe(
      '10 of 10 custom images used in Guangzhou; delete one to make room.',
    );
    expect(
      (await expectSdkError(eleventh(sdkClient(full.port, { language: 'zh-CN' })), 'ImageQuotaLimitExceeded')).message,
    ).toBe('广州地域已使用 10/10 个自定义镜像配额；请删除一个镜像以腾出配额。');
  });
});

describe('without X-TC-Language', () => {
  const badVersion = (language?: string) =>
    rawCall(srv, 'DescribeImages', '{}', { version: '2099-01-01', language }).then(
      (r) => r.json.Response.Error as { Code: string; Message: string },
    );

  it('answers in English, as Tencent Cloud does (the Node SDK sends no header unless its profile sets one)', async () => {
    expect(await badVersion()).toEqual({
      Code: 'NoSuchVersion',
      Message: 'API version 2099-01-01 does not exist; use 2017-03-12.',
    });
    await expectSdkError(
      sdkClient(srv.port).DescribeImages({ Limit: 'ten' as unknown as number }),
      'InvalidParameter',
    ).then((e) => expect(e.message).toBe('The parameter `Limit` must be a number, not a string.'));
  });

  it('answers a value it does not know (ja-JP, zh-cn) in English too, and zh-CN in Chinese', async () => {
    expect((await badVersion('ja-JP')).Message).toBe('API version 2099-01-01 does not exist; use 2017-03-12.');
    expect((await badVersion('zh-cn')).Message).toBe('API version 2099-01-01 does not exist; use 2017-03-12.');
    expect(await badVersion('zh-CN')).toEqual({
      Code: 'NoSuchVersion',
      Message: 'API 版本 2099-01-01 不存在，请使用 2017-03-12。',
    });
  });
});
