import { z } from './zod.ts';
import { syncImagesRequestSchema } from './copy.ts';
import {
  createImageRequestSchema,
  deleteImagesRequestSchema,
  describeImageQuotaRequestSchema,
  describeImagesRequestSchema,
  describeImportImageOsRequestSchema,
  importImageRequestSchema,
  modifyImageAttributeRequestSchema,
} from './images.ts';
import {
  describeInstancesRequestSchema,
  describeInstanceTypeConfigsRequestSchema,
  inquiryPriceRunInstancesRequestSchema,
  runInstancesRequestSchema,
} from './instances.ts';
import { describeImageSharePermissionRequestSchema, modifyImageSharePermissionRequestSchema } from './share.ts';

/** The request schema of every action the API answers; an action not listed here is `InvalidAction`. */
export const requestSchemas = {
  DescribeRegions: z.strictObject({}),
  DescribeZones: z.strictObject({}),
  DescribeImages: describeImagesRequestSchema,
  DescribeImageQuota: describeImageQuotaRequestSchema,
  CreateImage: createImageRequestSchema,
  ImportImage: importImageRequestSchema,
  DescribeImportImageOs: describeImportImageOsRequestSchema,
  ModifyImageAttribute: modifyImageAttributeRequestSchema,
  DeleteImages: deleteImagesRequestSchema,
  ModifyImageSharePermission: modifyImageSharePermissionRequestSchema,
  DescribeImageSharePermission: describeImageSharePermissionRequestSchema,
  SyncImages: syncImagesRequestSchema,
  DescribeInstances: describeInstancesRequestSchema,
  DescribeInstanceTypeConfigs: describeInstanceTypeConfigsRequestSchema,
  InquiryPriceRunInstances: inquiryPriceRunInstancesRequestSchema,
  RunInstances: runInstancesRequestSchema,
} as const;

export type Action = keyof typeof requestSchemas;
export type RequestOf<A extends Action> = z.input<(typeof requestSchemas)[A]>;
export type ParsedRequestOf<A extends Action> = z.output<(typeof requestSchemas)[A]>;

export function isAction(name: string): name is Action {
  return Object.hasOwn(requestSchemas, name);
}

/** Actions that change the store; the backend applies them all-or-nothing. */
export const mutatingActions: readonly Action[] = [
  'CreateImage',
  'ImportImage',
  'ModifyImageAttribute',
  'DeleteImages',
  'ModifyImageSharePermission',
  'SyncImages',
  'RunInstances',
];
