import { parseImageResource, retagged, tagServiceViolation } from '../../rules/tag-service.ts';
import { tagSetViolation } from '../../rules/tags.ts';
import { violation } from '../../rules/violation.ts';
import { ApiFailure, fail, resolver } from './context.ts';

// The tag service's ModifyResourceTags, for custom images: the region and account come from the
// six-segment resource name (the tag service takes no region of its own), and only the caller's
// own images can be tagged (another account's, one shared with the caller, a public one: refused).
export const modifyResourceTags = resolver('ModifyResourceTags', (req, ctx) => {
  const resource = parseImageResource(req.Resource);
  if ('code' in resource) throw new ApiFailure(resource);
  const { region, accountId, imageId } = resource;
  if (accountId !== ctx.accountId)
    fail(violation('InvalidParameterValue.UinInvalid', 'tagResource.otherAccount', { accountId }, 'Resource'));
  const stored = ctx.data.images.find((i) => i.ImageId === imageId && i.Region === region && i.OwnerId === accountId);
  if (!stored)
    fail(violation('InvalidParameterValue.ResourceIdInvalid', 'image.notFound', { imageId, region }, 'Resource'));
  const tags = retagged(stored!.Tags, req.ReplaceTags ?? [], req.DeleteTags ?? []);
  const problem = tagSetViolation(tags);
  if (problem) fail({ ...tagServiceViolation(problem.violation), field: 'ReplaceTags' });
  ctx.draft.updateImage(imageId, region, { Tags: tags });
  return {};
});
