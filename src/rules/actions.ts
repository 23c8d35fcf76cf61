import { z } from './zod.ts';
import { syncImagesRequestSchema, type SyncImagesResponse } from './copy.ts';
import {
  describeBucketsRequestSchema,
  exportImagesRequestSchema,
  type DescribeBucketsResponse,
  type ExportImagesResponse,
} from './export.ts';
import { describeImageFromFamilyRequestSchema, type DescribeImageFromFamilyResponse } from './families.ts';
import {
  createImageRequestSchema,
  deleteImagesRequestSchema,
  describeImageQuotaRequestSchema,
  modifyImageAttributeRequestSchema,
  type CreateImageResponse,
  type DeleteImagesResponse,
  type DescribeImageQuotaResponse,
  type ModifyImageAttributeResponse,
} from './custom-images.ts';
import { describeImagesRequestSchema, type DescribeImagesResponse } from './images.ts';
import {
  describeImportImageOsRequestSchema,
  importImageRequestSchema,
  type DescribeImportImageOsResponse,
  type ImportImageResponse,
} from './image-import.ts';
import { describeInstancesRequestSchema, type DescribeInstancesResponse } from './instances.ts';
import {
  describeInstanceTypeConfigsRequestSchema,
  type DescribeInstanceTypeConfigsResponse,
} from './instance-types.ts';
import {
  inquiryPriceRunInstancesRequestSchema,
  runInstancesRequestSchema,
  type InquiryPriceRunInstancesResponse,
  type RunInstancesResponse,
} from './run-instances.ts';
import {
  describeRegionsRequestSchema,
  describeZonesRequestSchema,
  type DescribeRegionsResponse,
  type DescribeZonesResponse,
} from './regions.ts';
import {
  describeImageSharePermissionRequestSchema,
  modifyImageSharePermissionRequestSchema,
  type DescribeImageSharePermissionResponse,
  type ModifyImageSharePermissionResponse,
} from './share.ts';
import { modifyResourceTagsRequestSchema, type ModifyResourceTagsResponse } from './tag-service.ts';

/**
 * One action's contract: the schema of its request, and the type of what it answers on success
 * (`response` exists as a type only: nothing is stored at run time).
 */
interface Contract<S extends z.ZodMiniType, R extends object> {
  request: S;
  response?: R;
}

function contract<R extends object>() {
  return <S extends z.ZodMiniType>(request: S): Contract<S, R> => ({ request });
}

/**
 * Every action the API answers: the resolvers are typed by it (a resolver returning the wrong
 * shape fails typecheck) and so is the client. An action not listed here is `InvalidAction`.
 */
export const actions = {
  DescribeRegions: contract<DescribeRegionsResponse>()(describeRegionsRequestSchema),
  DescribeZones: contract<DescribeZonesResponse>()(describeZonesRequestSchema),
  DescribeImages: contract<DescribeImagesResponse>()(describeImagesRequestSchema),
  DescribeImageQuota: contract<DescribeImageQuotaResponse>()(describeImageQuotaRequestSchema),
  DescribeImageFromFamily: contract<DescribeImageFromFamilyResponse>()(describeImageFromFamilyRequestSchema),
  CreateImage: contract<CreateImageResponse>()(createImageRequestSchema),
  ImportImage: contract<ImportImageResponse>()(importImageRequestSchema),
  DescribeImportImageOs: contract<DescribeImportImageOsResponse>()(describeImportImageOsRequestSchema),
  ModifyImageAttribute: contract<ModifyImageAttributeResponse>()(modifyImageAttributeRequestSchema),
  DeleteImages: contract<DeleteImagesResponse>()(deleteImagesRequestSchema),
  ModifyImageSharePermission: contract<ModifyImageSharePermissionResponse>()(modifyImageSharePermissionRequestSchema),
  DescribeImageSharePermission: contract<DescribeImageSharePermissionResponse>()(
    describeImageSharePermissionRequestSchema,
  ),
  SyncImages: contract<SyncImagesResponse>()(syncImagesRequestSchema),
  ExportImages: contract<ExportImagesResponse>()(exportImagesRequestSchema),
  DescribeBuckets: contract<DescribeBucketsResponse>()(describeBucketsRequestSchema),
  DescribeInstances: contract<DescribeInstancesResponse>()(describeInstancesRequestSchema),
  DescribeInstanceTypeConfigs: contract<DescribeInstanceTypeConfigsResponse>()(
    describeInstanceTypeConfigsRequestSchema,
  ),
  InquiryPriceRunInstances: contract<InquiryPriceRunInstancesResponse>()(inquiryPriceRunInstancesRequestSchema),
  RunInstances: contract<RunInstancesResponse>()(runInstancesRequestSchema),
  // The tag service's (tag 2018-08-13), for an image's tags: see tag-service.ts.
  ModifyResourceTags: contract<ModifyResourceTagsResponse>()(modifyResourceTagsRequestSchema),
};

export type Action = keyof typeof actions;

/** The request schema of each action, for the hosts that parse requests. */
export const requestSchemas = Object.fromEntries(
  Object.entries(actions).map(([action, { request }]) => [action, request]),
) as { [A in Action]: (typeof actions)[A]['request'] };

export type RequestOf<A extends Action> = z.input<(typeof actions)[A]['request']>;
export type ParsedRequestOf<A extends Action> = z.output<(typeof actions)[A]['request']>;
/** What an action answers on success, without the `RequestId` every answer carries. */
export type ResultOf<A extends Action> = NonNullable<(typeof actions)[A]['response']>;
/** The whole `Response` of a successful call. */
export type ResponseOf<A extends Action> = ResultOf<A> & { RequestId: string };

export function isAction(name: string): name is Action {
  return Object.hasOwn(actions, name);
}

/** Actions that change the store; the backend applies them all-or-nothing. */
export const mutatingActions: readonly Action[] = [
  'CreateImage',
  'ImportImage',
  'ModifyImageAttribute',
  'DeleteImages',
  'ModifyImageSharePermission',
  'SyncImages',
  'ExportImages',
  'RunInstances',
  'ModifyResourceTags',
];
