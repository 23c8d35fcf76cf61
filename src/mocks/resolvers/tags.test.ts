// The tag service's ModifyResourceTags through msw/node: an image's tags replaced, added and
// deleted in one call, the tag service's error codes for each rule, and only one's own images.
import { describe, expect, it } from 'vitest';
import { imageResourceName } from '../../rules/tag-service.ts';
import { TAGS_PER_RESOURCE_MAX } from '../../rules/tags.ts';
import { A1, A2, call, imageById, imageNamed, listImages, ok, refused } from '../../test/api-calls.ts';

const resourceOf = (imageId: string, region = 'ap-guangzhou', account = A1) =>
  imageResourceName(region, account, imageId);

describe('ModifyResourceTags', () => {
  it('replaces a value in place, adds a tag and deletes another, in one call', async () => {
    const image = await imageNamed('web-server-centos79');
    expect(image.Tags).toEqual([{ Key: 'env', Value: 'prod' }]);
    await ok('ModifyResourceTags', {
      Resource: resourceOf(image.ImageId),
      ReplaceTags: [
        { TagKey: 'team', TagValue: 'web' },
        { TagKey: 'env', TagValue: 'staging' },
      ],
    });
    expect((await imageById(image.ImageId))?.Tags).toEqual([
      { Key: 'env', Value: 'staging' },
      { Key: 'team', Value: 'web' },
    ]);
    await ok('ModifyResourceTags', { Resource: resourceOf(image.ImageId), DeleteTags: [{ TagKey: 'env' }] });
    expect((await imageById(image.ImageId))?.Tags).toEqual([{ Key: 'team', Value: 'web' }]);
  });

  it('is found at once by the DescribeImages tag filters', async () => {
    const image = await imageNamed('redis-cache-debian12');
    await ok('ModifyResourceTags', {
      Resource: resourceOf(image.ImageId),
      ReplaceTags: [{ TagKey: 'cache', TagValue: 'redis 7' }],
    });
    const tagged = await ok<{ ImageSet: { ImageId: string }[] }>('DescribeImages', {
      Filters: [{ Name: 'tag:cache', Values: ['redis 7'] }],
    });
    expect(tagged.ImageSet.map((i) => i.ImageId)).toEqual([image.ImageId]);
  });

  it('answers without X-TC-Region, the region being the resource name’s', async () => {
    const image = await imageNamed('web-server-centos79');
    const res = await call(
      'ModifyResourceTags',
      { Resource: resourceOf(image.ImageId), ReplaceTags: [{ TagKey: 'k', TagValue: 'v' }] },
      { region: null },
    );
    expect(res.Error).toBeUndefined();
  });

  it('is an action of the tag service’s version only, and CVM’s actions are not in it', async () => {
    const image = await imageNamed('web-server-centos79');
    const asCvm = await refused(
      'ModifyResourceTags',
      { Resource: resourceOf(image.ImageId), DeleteTags: [{ TagKey: 'env' }] },
      { version: '2017-03-12' },
    );
    expect(asCvm).toMatchObject({
      Code: 'InvalidAction',
      Message: 'The action ModifyResourceTags does not exist in CVM 2017-03-12.',
    });
    expect(await refused('DescribeImages', {}, { version: '2018-08-13' })).toMatchObject({
      Code: 'InvalidAction',
      Message: 'The action DescribeImages does not exist in the tag service 2018-08-13.',
    });
  });

  it.each([
    [
      'a key of 128 characters',
      { TagKey: 'k'.repeat(128), TagValue: 'v' },
      'InvalidParameterValue.TagKeyLengthExceeded',
      'ReplaceTags.0.TagKey',
    ],
    [
      'a value of 256 characters',
      { TagKey: 'k', TagValue: 'v'.repeat(256) },
      'InvalidParameterValue.TagValueLengthExceeded',
      'ReplaceTags.0.TagValue',
    ],
    ['an empty key', { TagKey: '', TagValue: 'v' }, 'InvalidParameterValue.TagKeyEmpty', 'ReplaceTags.0.TagKey'],
    [
      'a key with a character outside the set',
      { TagKey: 'a*b', TagValue: 'v' },
      'InvalidParameterValue.TagKeyCharacterIllegal',
      'ReplaceTags.0.TagKey',
    ],
    [
      'a value with a space at its end',
      { TagKey: 'k', TagValue: 'v ' },
      'InvalidParameterValue.TagValueCharacterIllegal',
      'ReplaceTags.0.TagValue',
    ],
    [
      'a reserved key',
      { TagKey: 'qcs:owner', TagValue: 'v' },
      'InvalidParameterValue.ReservedTagKey',
      'ReplaceTags.0.TagKey',
    ],
  ])('refuses %s with the tag service’s code, naming the parameter', async (_what, tag, code, field) => {
    const image = await imageNamed('web-server-centos79');
    const error = await refused('ModifyResourceTags', { Resource: resourceOf(image.ImageId), ReplaceTags: [tag] });
    expect(error).toMatchObject({ Code: code, Field: field });
  });

  it('refuses a key given twice, and a key both replaced and deleted', async () => {
    const image = await imageNamed('web-server-centos79');
    const twice = await refused('ModifyResourceTags', {
      Resource: resourceOf(image.ImageId),
      ReplaceTags: [
        { TagKey: 'a', TagValue: '1' },
        { TagKey: 'a', TagValue: '2' },
      ],
    });
    expect(twice).toMatchObject({ Code: 'InvalidParameter.Tag', Field: 'ReplaceTags.1.TagKey' });
    expect(twice.Message).toBe('Tag key "a" is given more than once; a key has one value per resource.');
    const both = await refused('ModifyResourceTags', {
      Resource: resourceOf(image.ImageId),
      ReplaceTags: [{ TagKey: 'env', TagValue: 'x' }],
      DeleteTags: [{ TagKey: 'env' }],
    });
    expect(both).toMatchObject({ Code: 'InvalidParameterValue.DeleteTagsParamError', Field: 'DeleteTags.0.TagKey' });
  });

  it(`refuses a change that would leave more than ${TAGS_PER_RESOURCE_MAX} tags, counting those already there`, async () => {
    const image = await imageNamed('web-server-centos79');
    const fill = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => ({ TagKey: `${prefix}${i}`, TagValue: 'v' }));
    await ok('ModifyResourceTags', {
      Resource: resourceOf(image.ImageId),
      ReplaceTags: fill(TAGS_PER_RESOURCE_MAX - 1, 'a'),
    });
    const error = await refused('ModifyResourceTags', {
      Resource: resourceOf(image.ImageId),
      ReplaceTags: fill(1, 'b'),
    });
    expect(error.Code).toBe('LimitExceeded.ResourceAttachedTags');
    expect(error.Message).toBe('A resource can have at most 50 tags (got 51).');
    // Replacing a value does not add one; deleting one makes room.
    await ok('ModifyResourceTags', {
      Resource: resourceOf(image.ImageId),
      ReplaceTags: [{ TagKey: 'a0', TagValue: 'w' }, ...fill(1, 'b')],
      DeleteTags: [{ TagKey: 'env' }],
    });
    expect((await imageById(image.ImageId))?.Tags).toHaveLength(TAGS_PER_RESOURCE_MAX);
  });

  it.each([
    [
      'not an image',
      'qcs::cvm:ap-guangzhou:uin/100000000001:instance/ins-12345678',
      'InvalidParameterValue.ResourceDescriptionError',
    ],
    [
      'of another service',
      'qcs::cos:ap-guangzhou:uin/100000000001:image/img-12345678',
      'InvalidParameterValue.ResourceDescriptionError',
    ],
    [
      'in a region that does not exist',
      'qcs::cvm:ap-atlantis:uin/100000000001:image/img-12345678',
      'InvalidParameterValue.RegionInvalid',
    ],
    [
      'of an image that does not exist',
      'qcs::cvm:ap-guangzhou:uin/100000000001:image/img-00000000',
      'InvalidParameterValue.ResourceIdInvalid',
    ],
  ])('refuses a resource name %s', async (_what, Resource, code) => {
    const error = await refused('ModifyResourceTags', { Resource, DeleteTags: [{ TagKey: 'env' }] });
    expect(error).toMatchObject({ Code: code, Field: 'Resource' });
  });

  it('tags only the caller’s own images: not another account’s, not one shared with it, not a public one', async () => {
    const theirs = await imageNamed('partner-api-centos79', { account: A2 });
    const asOwner = await refused('ModifyResourceTags', {
      Resource: resourceOf(theirs.ImageId, 'ap-guangzhou', A2),
      DeleteTags: [{ TagKey: 'env' }],
    });
    expect(asOwner).toMatchObject({ Code: 'InvalidParameterValue.UinInvalid', Field: 'Resource' });
    expect(asOwner.Message).toBe(`Resource names account ${A2}; you can tag only your own account's images.`);
    const shared = (await listImages({}, 'SHARED_IMAGE'))[0]!;
    const underOwnAccount = await refused('ModifyResourceTags', {
      Resource: resourceOf(shared.ImageId),
      DeleteTags: [{ TagKey: 'env' }],
    });
    expect(underOwnAccount.Code).toBe('InvalidParameterValue.ResourceIdInvalid');
    const publicImage = (await listImages({}, 'PUBLIC_IMAGE'))[0]!;
    expect(
      (
        await refused('ModifyResourceTags', {
          Resource: resourceOf(publicImage.ImageId),
          DeleteTags: [{ TagKey: 'a' }],
        })
      ).Code,
    ).toBe('InvalidParameterValue.ResourceIdInvalid');
  });

  it('says each refusal in Chinese when asked', async () => {
    const image = await imageNamed('web-server-centos79');
    const error = await refused(
      'ModifyResourceTags',
      { Resource: resourceOf(image.ImageId), ReplaceTags: [{ TagKey: 'project:x', TagValue: 'v' }] },
      { language: 'zh-CN' },
    );
    expect(error.Message).toBe('以“project:”开头的标签键为系统预留标签键，请使用其他标签键。');
  });
});
