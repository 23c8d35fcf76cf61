// The tag service's ModifyResourceTags over real HTTP, beside CVM on the same endpoint: called by
// the official SDK's client for a service and version (tencentcloud-sdk-nodejs-common's
// CommonClient, which the per-service packages such as the tag client are built on), signed with
// TC3 as the SDKs sign for the tag service, and answered with the tag service's error codes.
import { Agent } from 'node:http';
import sdk from 'tencentcloud-sdk-nodejs-common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAG_API_VERSION } from '../../src/rules/protocol.ts';
import { imageResourceName } from '../../src/rules/tag-service.ts';
import { demoCredential } from '../../src/mocks/tc3.ts';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  errorCode,
  expectSdkError,
  rawCall,
  sdkClient,
  startServer,
  type RunningServer,
} from '../../src/test/api-server.ts';

let srv: RunningServer;

beforeAll(async () => {
  srv = await startServer();
});

afterAll(async () => {
  await srv?.server.close();
});

/** The SDK's client for the tag service, pointed at the mock (no region: the resource name holds it). */
function tagClient(accountId = ACCOUNT_A, language?: 'zh-CN' | 'en-US') {
  const cred = demoCredential(accountId);
  return new sdk.CommonClient('tag.tencentcloudapi.com', TAG_API_VERSION, {
    credential: { secretId: cred.secretId, secretKey: cred.secretKey },
    profile: {
      language,
      httpProfile: {
        endpoint: `127.0.0.1:${srv.port}`,
        protocol: 'http://',
        reqTimeout: 15,
        agent: new Agent({ keepAlive: false }),
      },
    },
  });
}

async function ownImage(name: string): Promise<{ ImageId: string; Tags: { Key: string; Value: string }[] }> {
  const res = await sdkClient(srv.port).DescribeImages({
    Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }],
    Limit: 100,
  });
  const image = res.ImageSet!.find((i) => i.ImageName === name)!;
  return { ImageId: image.ImageId!, Tags: (image.Tags ?? []).map((t) => ({ Key: t.Key!, Value: t.Value! })) };
}

describe('ModifyResourceTags through the official SDK', () => {
  it('replaces and deletes an image’s tags; CVM’s DescribeImages then lists and filters by them', async () => {
    const image = await ownImage('redis-cache-debian12');
    const resource = imageResourceName('ap-guangzhou', ACCOUNT_A, image.ImageId);
    const res = (await tagClient().request('ModifyResourceTags', {
      Resource: resource,
      ReplaceTags: [
        { TagKey: 'env', TagValue: 'sdk' },
        { TagKey: 'owner', TagValue: 'team-a' },
      ],
    })) as { RequestId: string };
    expect(res.RequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await ownImage('redis-cache-debian12')).Tags).toEqual([
      { Key: 'env', Value: 'sdk' },
      { Key: 'owner', Value: 'team-a' },
    ]);
    const filtered = await sdkClient(srv.port).DescribeImages({ Filters: [{ Name: 'tag:owner', Values: ['team-a'] }] });
    expect(filtered.ImageSet!.map((i) => i.ImageId)).toEqual([image.ImageId]);

    await tagClient().request('ModifyResourceTags', { Resource: resource, DeleteTags: [{ TagKey: 'owner' }] });
    expect((await ownImage('redis-cache-debian12')).Tags).toEqual([{ Key: 'env', Value: 'sdk' }]);
  });

  it('refuses with the tag service’s codes, in the language the SDK asks for', async () => {
    const image = await ownImage('web-server-centos79');
    const Resource = imageResourceName('ap-guangzhou', ACCOUNT_A, image.ImageId);
    const long = await expectSdkError(
      tagClient().request('ModifyResourceTags', {
        Resource,
        ReplaceTags: [{ TagKey: 'k'.repeat(128), TagValue: 'v' }],
      }),
      'InvalidParameterValue.TagKeyLengthExceeded',
    );
    expect(long.message).toBe('A tag key must be at most 127 characters (it has 128).');
    const reserved = await expectSdkError(
      tagClient(ACCOUNT_A, 'zh-CN').request('ModifyResourceTags', {
        Resource,
        ReplaceTags: [{ TagKey: 'qcs:x', TagValue: 'v' }],
      }),
      'InvalidParameterValue.ReservedTagKey',
    );
    expect(reserved.message).toBe('以“qcs:”开头的标签键为系统预留标签键，请使用其他标签键。');
    await expectSdkError(
      tagClient().request('ModifyResourceTags', { Resource: `qcs::cvm:ap-guangzhou:uin/${ACCOUNT_A}:instance/ins-1` }),
      'InvalidParameterValue.ResourceDescriptionError',
    );
    expect((await ownImage('web-server-centos79')).Tags).toEqual(image.Tags);
  });

  it('tags nothing of another account: its image named under its owner is refused, and unchanged', async () => {
    const theirs = (
      await sdkClient(srv.port, { accountId: ACCOUNT_B }).DescribeImages({
        Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }],
        Limit: 1,
      })
    ).ImageSet![0]!;
    await expectSdkError(
      tagClient(ACCOUNT_A).request('ModifyResourceTags', {
        Resource: imageResourceName('ap-guangzhou', ACCOUNT_B, theirs.ImageId!),
        ReplaceTags: [{ TagKey: 'mine', TagValue: 'now' }],
      }),
      'InvalidParameterValue.UinInvalid',
    );
    const after = await sdkClient(srv.port, { accountId: ACCOUNT_B }).DescribeImages({ ImageIds: [theirs.ImageId!] });
    expect(after.ImageSet![0]!.Tags).toEqual(theirs.Tags);
  });
});

describe('one endpoint, two services', () => {
  const body = (imageId: string) =>
    JSON.stringify({ Resource: imageResourceName('ap-guangzhou', ACCOUNT_A, imageId), DeleteTags: [{ TagKey: 'x' }] });

  it('accepts a signature scoped to `tag`, as the Go and Python SDKs sign for the tag service', async () => {
    const image = await ownImage('web-server-centos79');
    const res = await rawCall(srv, 'ModifyResourceTags', body(image.ImageId), {
      version: TAG_API_VERSION,
      service: 'tag',
      region: null,
    });
    expect(res.json.Response.Error).toBeUndefined();
  });

  it('refuses a `tag` scope for a CVM action, and a `cvm`-only scope such as `cbs` for the tag action', async () => {
    const image = await ownImage('web-server-centos79');
    const cvmAsTag = await rawCall(srv, 'DescribeRegions', '{}', { service: 'tag' });
    expect(errorCode(cvmAsTag.json)).toBe('AuthFailure.InvalidAuthorization');
    const tagAsCbs = await rawCall(srv, 'ModifyResourceTags', body(image.ImageId), {
      version: TAG_API_VERSION,
      service: 'cbs',
    });
    expect(errorCode(tagAsCbs.json)).toBe('AuthFailure.InvalidAuthorization');
  });

  it('knows each action in its own service’s version only', async () => {
    const image = await ownImage('web-server-centos79');
    const asCvm = await rawCall(srv, 'ModifyResourceTags', body(image.ImageId), { version: '2017-03-12' });
    expect(errorCode(asCvm.json)).toBe('InvalidAction');
    const cvmAsTag = await rawCall(srv, 'DescribeImages', '{}', { version: TAG_API_VERSION });
    expect(errorCode(cvmAsTag.json)).toBe('InvalidAction');
  });
});
