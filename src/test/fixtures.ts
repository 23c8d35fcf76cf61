// Test helpers for the rules: one complete, valid image to vary per test, instance types by name, and
// assertions on a Violation. Imports only src/rules (and vitest), so that rules tests stay framework-free.
import { expect } from 'vitest';
import type { z } from '../rules/zod.ts';
import { parseRequest, type Violation } from '../rules/violation.ts';
import type { Image } from '../rules/images.ts';
import { renderMessage } from '../rules/messages/render.ts';
import { findInstanceType, type InstanceTypeSpec } from '../rules/instance-types.ts';

/**
 * A complete, valid image (every field of imageSchema): a normal 50 GB x86_64 TencentOS custom image of
 * the default demo account (100000000001), created from an instance, with no snapshots, tags or shares.
 * `overrides` replace whole fields.
 */
export function imageFixture(overrides: Partial<Image> = {}): Image {
  return {
    ImageId: 'img-abcd1234',
    OsName: 'TencentOS Server 3.1 (TK4)',
    ImageType: 'PRIVATE_IMAGE',
    CreatedTime: '2026-11-01T08:00:00Z',
    ImageName: 'web-server',
    ImageDescription: '',
    ImageSize: 50,
    Architecture: 'x86_64',
    ImageState: 'NORMAL',
    Platform: 'TencentOS',
    ImageCreator: '100000000001',
    ImageSource: 'CREATE_IMAGE',
    SyncPercent: null,
    IsSupportCloudinit: true,
    SnapshotSet: [],
    Tags: [],
    LicenseType: 'TencentCloud',
    ImageFamily: '',
    ImageDeprecated: false,
    BootMode: 'Legacy BIOS',
    MarketInfo: null,
    CopiedFrom: null,
    SharedAccountCount: 0,
    FailureReason: null,
    ...overrides,
  };
}

/** The fields that make `imageFixture` a public image of Tencent Cloud instead of a custom one. */
export const publicImageFields = {
  ImageType: 'PUBLIC_IMAGE',
  ImageCreator: 'tencent',
  ImageSource: 'OFFICIAL',
} as const satisfies Partial<Image>;

/** The demo account the fixtures belong to, and another one. */
export const ME = '100000000001';
export const OTHER = '100000000002';

/** A custom image of ME with its system-disk snapshot. */
export const customImage = (overrides: Partial<Image> = {}) =>
  imageFixture({
    SnapshotSet: [{ SnapshotId: 'snap-abcd1234', DiskUsage: 'SYSTEM_DISK', DiskSize: 50 }],
    ...overrides,
  });

// One image of every other kind, as ME sees it: what the owner-only rules refuse.
export const publicImage = customImage({ ...publicImageFields, SnapshotSet: [] });
export const marketImage = customImage({
  ImageType: 'MARKET_IMAGE',
  ImageCreator: 'vendor',
  ImageSource: 'OFFICIAL',
  MarketInfo: { Vendor: 'Bitnami', Software: ['WordPress 6'], PriceMode: 'FREE', Price: 0, Audited: true },
});
export const sharedInImage = customImage({ ImageType: 'SHARED_IMAGE', ImageCreator: OTHER });
export const foreignImage = customImage({ ImageType: 'PRIVATE_IMAGE', ImageCreator: OTHER });

/** The instance type of that name (fails the test when there is none). */
export function instanceType(name: string): InstanceTypeSpec {
  const t = findInstanceType(name);
  if (!t) throw new Error(`no instance type ${name}`);
  return t;
}

/** `v` is a violation with this code whose message, rendered in English, contains every one of `parts`. */
export function expectViolation(v: Violation | undefined, code: string, ...parts: string[]) {
  expect(v, `expected ${code}`).toBeDefined();
  expect(v!.code).toBe(code);
  for (const part of parts) expect(renderMessage(v!, 'en-US')).toContain(part);
}

/** As `expectViolation`, and the violation names `field` (`undefined`: it names none). */
export function expectFieldViolation(
  v: Violation | undefined,
  code: string,
  field: string | undefined,
  ...parts: string[]
) {
  expect(v, `expected ${code}`).toBeDefined();
  expect(v!.code).toBe(code);
  expect(v!.field).toBe(field);
  for (const part of parts) expect(renderMessage(v!, 'en-US')).toContain(part);
}

/** The violation `schema` answers for `input` as a request (parseRequest); fails the test when it accepts it. */
export function requestRefusal(schema: z.ZodMiniType, input: unknown): Violation {
  const result = parseRequest(schema, input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return result.violation;
}
