import { z } from './zod.ts';
import { type Violation, violation, violationIssue } from './violation.ts';
import { charLength } from './text.ts';
import { imageNameSchema, imageDescriptionSchema } from './names.ts';
import { tagSpecificationSchema } from './tags.ts';
import { imageFamilySchema } from './families.ts';

// ImportImage: what an import may come from, and the operating systems it supports.

export const importArchitectureSchema = z.enum(['x86_64', 'i386', 'arm_64']);
export const importFormats = ['RAW', 'VHD', 'QCOW2', 'VMDK', 'ISO'] as const;

/** The longest image file URL an import takes. */
export const IMAGE_URL_MAX = 1024;

/** Why an image file URL is too long, said with its length (the form's field and the API alike). */
function imageUrlLengthViolation(url: string): Violation | undefined {
  const length = charLength(url);
  return length > IMAGE_URL_MAX
    ? violation('InvalidParameterValue.TooLarge', 'import.urlTooLong', { max: IMAGE_URL_MAX, length }, 'ImageUrl')
    : undefined;
}

const imageUrlSchema = z.string().check(
  z.superRefine((v, ctx) => {
    const problem = imageUrlLengthViolation(v);
    if (problem) ctx.addIssue(violationIssue(problem));
  }),
);

export const importImageRequestSchema = z.strictObject({
  Architecture: importArchitectureSchema,
  OsType: z.string().check(z.minLength(1), z.maxLength(64)),
  OsVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  ImageUrl: imageUrlSchema.check(z.minLength(1)),
  ImageName: imageNameSchema,
  ImageDescription: z.optional(imageDescriptionSchema),
  DryRun: z.optional(z.boolean()),
  Force: z.optional(z.boolean()),
  TagSpecification: z.optional(tagSpecificationSchema('image')),
  LicenseType: z.optional(z.enum(['TencentCloud', 'BYOL'])),
  BootMode: z.optional(z.enum(['Legacy BIOS', 'UEFI'])),
  ImageFamily: z.optional(imageFamilySchema),
  ImportImageDataDiskList: z.optional(z.array(z.strictObject({ ImageUrl: imageUrlSchema })).check(z.maxLength(5))),
});
export type ImportImageRequest = z.infer<typeof importImageRequestSchema>;
export interface ImportImageResponse {
  ImageId: string;
}

export const describeImportImageOsRequestSchema = z.strictObject({});
export interface DescribeImportImageOsResponse {
  ImportImageOsListSupported: { Linux: string[]; Windows: string[] };
  ImportImageOsVersionSet: { OsName: string; OsVersions: string[]; Architecture: string[] }[];
}

export function importOsViolation(
  osList: readonly { OsName: string; OsVersions: readonly string[]; Architecture: readonly string[] }[],
  req: Pick<ImportImageRequest, 'OsType' | 'OsVersion' | 'Architecture'>,
): Violation | undefined {
  const os = osList.find((o) => o.OsName === req.OsType);
  if (!os)
    return violation(
      'InvalidImageOsType.Unsupported',
      'import.osType',
      { os: req.OsType, supported: osList.map((o) => o.OsName) },
      'OsType',
    );
  if (!os.OsVersions.includes(req.OsVersion))
    return violation(
      'InvalidImageOsVersion.Unsupported',
      'import.osVersion',
      { os: os.OsName, version: req.OsVersion, supported: os.OsVersions },
      'OsVersion',
    );
  if (!os.Architecture.includes(req.Architecture))
    return violation(
      'InvalidParameterValue',
      'import.architecture',
      { os: os.OsName, architectures: os.Architecture },
      'Architecture',
    );
  return undefined;
}

/**
 * Where an import may come from: an object-storage (COS) URL in the same region,
 * `https://<bucket>-<appid>.cos.<region>.myqcloud.com/<key>.<format>`.
 */
export function importUrlViolation(url: string, regionId: string, force: boolean): Violation | undefined {
  const badUrl = (key: 'import.urlNotUrl' | 'import.urlNotCos' | 'import.format') =>
    violation('InvalidParameter.InvalidParameterUrlError', key, {}, 'ImageUrl');
  const tooLong = imageUrlLengthViolation(url);
  if (tooLong) return tooLong;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return badUrl('import.urlNotUrl');
  }
  const host = /^[a-z0-9-]+\.cos\.([a-z0-9-]+)\.myqcloud\.com$/.exec(parsed.hostname);
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !host) return badUrl('import.urlNotCos');
  const bucketRegion = host[1]!;
  if (bucketRegion !== regionId)
    return violation(
      'InvalidParameter.InvalidParameterUrlError',
      'import.bucketRegion',
      { bucketRegion, region: regionId },
      'ImageUrl',
    );
  const format = importFormatOf(parsed.pathname);
  if (!format) return badUrl('import.format');
  if (format === 'ISO' && !force)
    return violation('InvalidParameterValue.ISOMustImportByForce', 'import.isoNeedsForce', {}, 'Force');
  return undefined;
}

export function importFormatOf(path: string): (typeof importFormats)[number] | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toUpperCase();
  if (ext === 'IMG') return 'RAW';
  return importFormats.find((f) => f === ext);
}
