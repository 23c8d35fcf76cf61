// Test helpers: one real API 3.0 call through fetch, answered by msw/node (src/test/setup.ts), and
// fixtures for the resolver tests. They need nothing from src/api, so resolver tests stay independent of the client.
import { expect } from 'vitest';
import { ACCOUNT_HEADER, CVM_API_PATH, versionOf } from '../rules/protocol.ts';
import { accounts, DEFAULT_ACCOUNT_ID } from '../rules/accounts.ts';
import type { ApiError, ApiResponse, Where } from './direct-call.ts';
import type { Image, ImageType } from '../rules/images.ts';
import type { Instance } from '../rules/instances.ts';
import { testBackend } from '../mocks/node.ts';
import { seedStore } from '../mocks/seed/seed-store.ts';

export interface CallOptions {
  /** X-TC-Region; `null` leaves the header out. */
  region?: string | null;
  /** X-Mock-Account. */
  account?: string;
  /** X-TC-Version (the action's own unless told); `null` leaves the header out. */
  version?: string | null;
  /** X-TC-Language. */
  language?: string;
  /** Sent as the body instead of `JSON.stringify(params)`. */
  rawBody?: string;
}

/** POST one action to the mock API (relative URL, so that msw/node matches it) and return `Response`. */
export async function call(
  action: string | null,
  params: unknown = {},
  options: CallOptions = {},
): Promise<ApiResponse> {
  const { region = 'ap-guangzhou', account = DEFAULT_ACCOUNT_ID, language, rawBody } = options;
  const version = options.version === undefined ? versionOf(action ?? '') : options.version;
  const headers: Record<string, string> = { 'Content-Type': 'application/json', [ACCOUNT_HEADER]: account };
  if (action !== null) headers['X-TC-Action'] = action;
  if (version !== null) headers['X-TC-Version'] = version;
  if (region !== null) headers['X-TC-Region'] = region;
  if (language !== undefined) headers['X-TC-Language'] = language;
  const response = await fetch(CVM_API_PATH, {
    method: 'POST',
    headers,
    body: rawBody ?? JSON.stringify(params),
  });
  if (response.status !== 200) throw new Error(`HTTP ${response.status} from the mock API`);
  const body = (await response.json()) as { Response?: ApiResponse };
  if (!body.Response) throw new Error(`No Response in ${JSON.stringify(body)}`);
  return body.Response;
}

/** The call's result, failing the test with the API error when there is one. */
export async function ok<T = Record<string, unknown>>(
  action: string,
  params: unknown = {},
  options: CallOptions = {},
): Promise<T & { RequestId: string }> {
  const res = await call(action, params, options);
  if (res.Error) throw new Error(`${action} failed: ${res.Error.Code}: ${res.Error.Message}`);
  return res as unknown as T & { RequestId: string };
}

/** The error code of a call that must fail (throws when it succeeded). */
export async function errorOf(action: string, params: unknown = {}, options: CallOptions = {}): Promise<ApiError> {
  const res = await call(action, params, options);
  if (!res.Error) throw new Error(`${action} succeeded, but an error was expected: ${JSON.stringify(res)}`);
  return res.Error;
}

// ---------------------------------------------------------------- fixtures for resolver tests

/** The seeded demo accounts. */
export const A1: string = accounts[0].accountId;
export const A2: string = accounts[1].accountId;
export const A3: string = accounts[2].accountId;

/** An API RequestId: a lowercase UUID. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The whole store, serialised: compare before and after a call that must change nothing. */
export function storeSnapshot(): string {
  return JSON.stringify(testBackend.data());
}

/** A call that must be refused: returns its error and fails the test if the store changed. */
export async function refused(action: string, params: unknown = {}, options: CallOptions = {}): Promise<ApiError> {
  const before = storeSnapshot();
  const error = await errorOf(action, params, options);
  expect(storeSnapshot(), `${action} was refused with ${error.Code} but changed the store`).toBe(before);
  return error;
}

/** Every image the account sees in the region (paged through DescribeImages), optionally of one type. */
export async function listImages(where: Where = {}, type?: ImageType): Promise<Image[]> {
  const out: Image[] = [];
  for (let offset = 0; ; offset += 100) {
    const res = await ok<{ TotalCount: number; ImageSet: Image[] }>(
      'DescribeImages',
      { Offset: offset, Limit: 100, ...(type ? { Filters: [{ Name: 'image-type', Values: [type] }] } : {}) },
      where,
    );
    out.push(...res.ImageSet);
    if (out.length >= res.TotalCount || res.ImageSet.length === 0) return out;
  }
}

/** The first image of a catalogue type that the default account sees in Guangzhou. */
export async function firstOfType(type: 'PUBLIC_IMAGE' | 'MARKET_IMAGE'): Promise<Image> {
  const res = await ok<{ ImageSet: Image[] }>('DescribeImages', {
    Filters: [{ Name: 'image-type', Values: [type] }],
    Limit: 1,
  });
  return res.ImageSet[0]!;
}

/** One image as the account sees it, found by its exact name through DescribeImages. */
export async function imageNamed(name: string, where: Where = {}): Promise<Image> {
  const found = (await listImages(where)).filter((i) => i.ImageName === name);
  if (found.length !== 1)
    throw new Error(
      `${found.length} images named "${name}" for ${where.account ?? A1} in ${where.region ?? 'ap-guangzhou'}`,
    );
  return found[0]!;
}

/** One image by ID as the account sees it, or undefined when it does not see it. */
export async function imageById(imageId: string, where: Where = {}): Promise<Image | undefined> {
  const res = await ok<{ ImageSet: Image[] }>('DescribeImages', { ImageIds: [imageId] }, where);
  return res.ImageSet[0];
}

/** An image ID of another account's custom image in that region, read from the seed (the API must not show it). */
export function seededImageId(owner: string, region: string, name: string): string {
  const image = seedStore().images.find((i) => i.OwnerId === owner && i.Region === region && i.ImageName === name);
  if (!image) throw new Error(`seed has no image "${name}" of ${owner} in ${region}`);
  return image.ImageId;
}

/** The account's instances in a region. */
export async function listInstances(where: Where = {}): Promise<Instance[]> {
  return (await ok<{ InstanceSet: Instance[] }>('DescribeInstances', { Limit: 100 }, where)).InstanceSet;
}

export async function instanceNamed(name: string, where: Where = {}): Promise<Instance> {
  const found = (await listInstances(where)).filter((i) => i.InstanceName === name);
  if (found.length !== 1) throw new Error(`${found.length} instances named "${name}"`);
  return found[0]!;
}

/** RunInstances / InquiryPriceRunInstances parameters: one S5.MEDIUM4 in ap-guangzhou-3 from the image. */
export function runParams(ImageId: string, overrides: object = {}) {
  return { Placement: { Zone: 'ap-guangzhou-3' }, ImageId, InstanceType: 'S5.MEDIUM4', ...overrides };
}

/**
 * What the source of a long operation (copies or an export still being made) refuses until it is
 * done, as `[what is done to it, action, request for the image, code]`: the same for both, one rule.
 */
export const busySourceRefusals: [string, string, (imageId: string) => object, string][] = [
  ['deleted', 'DeleteImages', (id) => ({ ImageIds: [id] }), 'InvalidImageId.IncorrectState'],
  ['edited', 'ModifyImageAttribute', (id) => ({ ImageId: id, ImageName: 'renamed' }), 'InvalidImageId.IncorrectState'],
  [
    'shared',
    'ModifyImageSharePermission',
    (id) => ({ ImageId: id, AccountIds: [A2], Permission: 'SHARE' }),
    'InvalidParameterValue.InvalidImageState',
  ],
  [
    'copied',
    'SyncImages',
    (id) => ({ ImageIds: [id], DestinationRegions: ['ap-nanjing'] }),
    'FailedOperation.InvalidImageState',
  ],
  [
    'exported',
    'ExportImages',
    (id) => ({ ImageIds: [id], BucketName: 'images-1250000001' }),
    'InvalidParameterValue.InvalidImageState',
  ],
];
