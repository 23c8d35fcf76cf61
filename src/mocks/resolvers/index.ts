import type { Action } from '../../rules/actions.ts';
import type { Resolver } from './context.ts';
import { syncImages } from './copy.ts';
import { describeBuckets, exportImages } from './export.ts';
import { describeImageFromFamily } from './families.ts';
import {
  createImage,
  deleteImages,
  describeImageQuota,
  describeImages,
  describeImportImageOs,
  importImage,
  modifyImageAttribute,
} from './images.ts';
import { describeInstances, describeInstanceTypeConfigs, inquiryPriceRunInstances, runInstances } from './instances.ts';
import { describeRegions, describeZones } from './regions.ts';
import { describeImageSharePermission, modifyImageSharePermission } from './share.ts';
import { modifyResourceTags } from './tags.ts';

export type { ResolverContext } from './context.ts';

/** One resolver per action; the backend parses the request with the action's schema before calling it. */
export const resolvers: { [A in Action]: Resolver<A> } = {
  DescribeRegions: describeRegions,
  DescribeZones: describeZones,
  DescribeImages: describeImages,
  DescribeImageQuota: describeImageQuota,
  DescribeImageFromFamily: describeImageFromFamily,
  CreateImage: createImage,
  ImportImage: importImage,
  DescribeImportImageOs: describeImportImageOs,
  ModifyImageAttribute: modifyImageAttribute,
  DeleteImages: deleteImages,
  ModifyImageSharePermission: modifyImageSharePermission,
  DescribeImageSharePermission: describeImageSharePermission,
  SyncImages: syncImages,
  ExportImages: exportImages,
  DescribeBuckets: describeBuckets,
  DescribeInstances: describeInstances,
  DescribeInstanceTypeConfigs: describeInstanceTypeConfigs,
  InquiryPriceRunInstances: inquiryPriceRunInstances,
  RunInstances: runInstances,
  ModifyResourceTags: modifyResourceTags,
};
