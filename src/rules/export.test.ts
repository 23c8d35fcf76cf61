import { describe, it, expect } from 'vitest';
import { parseRequest, type Violation } from './violation.ts';
import type { Image } from './images.ts';
import {
  EXPORT_TASK_LIMIT,
  exportBlockedReason,
  exportCosPaths,
  exportImagesRequestSchema,
  exportRequestViolation,
  exportTaskLimitViolation,
  exportTasksRunning,
  type Bucket,
  type ExportContext,
} from './export.ts';
import { renderMessage } from './messages/render.ts';
import { imageFixture } from '../test/fixtures.ts';

const ME = '100000000001';
const OTHER = '100000000002';
const REGION = 'ap-guangzhou';

/** A 50 GB Ubuntu custom image of ME with a system disk and one 100 GB data disk. */
const image = (overrides: Partial<Image> = {}) =>
  imageFixture({
    OsName: 'Ubuntu Server 22.04 LTS 64位',
    Platform: 'Ubuntu',
    SnapshotSet: [
      { SnapshotId: 'snap-sys00001', DiskUsage: 'SYSTEM_DISK', DiskSize: 50 },
      { SnapshotId: 'snap-dat00001', DiskUsage: 'DATA_DISK', DiskSize: 100 },
    ],
    ...overrides,
  });

const dataDisks = (n: number, size = 50) =>
  Array.from({ length: n }, (_, i) => ({
    SnapshotId: `snap-dat0000${i}`,
    DiskUsage: 'DATA_DISK' as const,
    DiskSize: size,
  }));

const buckets: Bucket[] = [
  { BucketName: 'images-1250000001', Region: REGION, OwnerId: ME },
  { BucketName: 'backup-sh-1250000001', Region: 'ap-shanghai', OwnerId: ME },
  { BucketName: 'exports-1250000002', Region: REGION, OwnerId: OTHER },
];

const BUCKET = 'images-1250000001';

function verdict(
  req: Partial<Parameters<typeof exportRequestViolation>[0]>,
  ctx: Partial<ExportContext> = {},
): Violation | undefined {
  return exportRequestViolation(
    { ImageIds: ['img-abcd1234'], BucketName: BUCKET, ...req },
    { accountId: ME, regionId: REGION, images: [image()], buckets, tasksInFlight: 0, ...ctx },
  );
}

describe('exportImagesRequestSchema', () => {
  it.each<[string, unknown]>([
    ['the bucket and one image', { BucketName: BUCKET, ImageIds: ['img-abcd1234'] }],
    [
      'every documented parameter',
      {
        BucketName: BUCKET,
        ImageIds: ['img-abcd1234'],
        ExportFormat: 'QCOW2',
        FileNamePrefixList: ['nightly'],
        OnlyExportRootDisk: true,
        DryRun: true,
        RoleName: 'CVM_QcsRole',
      },
    ],
    ['no ImageIds (refused by the rule, with its documented code)', { BucketName: BUCKET }],
  ])('accepts %s', (_name, input) => {
    expect(parseRequest(exportImagesRequestSchema, input).ok).toBe(true);
  });

  it.each<[string, unknown, string, string]>([
    ['no bucket', { ImageIds: ['img-abcd1234'] }, 'MissingParameter', 'BucketName'],
    [
      'an unknown format',
      { BucketName: BUCKET, ImageIds: ['img-abcd1234'], ExportFormat: 'ISO' },
      'InvalidParameterValue',
      'ExportFormat',
    ],
    ['a malformed image ID', { BucketName: BUCKET, ImageIds: ['img-1'] }, 'InvalidImageId.Malformed', 'ImageIds.0'],
    ['an empty ImageIds', { BucketName: BUCKET, ImageIds: [] }, 'InvalidParameterValue', 'ImageIds'],
    [
      'SnapshotIds, which the API has not opened',
      { BucketName: BUCKET, SnapshotIds: ['snap-abcd1234'] },
      'UnknownParameter',
      'SnapshotIds',
    ],
  ])('refuses %s', (_name, input, code, field) => {
    const parsed = parseRequest(exportImagesRequestSchema, input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.violation.code).toBe(code);
    expect(parsed.violation.field).toBe(field);
  });
});

describe('exportRequestViolation', () => {
  it('accepts an own, normal Linux image into an own bucket of its region', () => {
    expect(verdict({})).toBeUndefined();
    expect(verdict({ FileNamePrefixList: ['nightly/2026-12-01'], RoleName: 'CVM_QcsRole' })).toBeUndefined();
    expect(verdict({ FileNamePrefixList: ['v1.2/..hidden'] })).toBeUndefined();
    expect(verdict({}, { tasksInFlight: EXPORT_TASK_LIMIT - 1 })).toBeUndefined();
  });

  // Each documented refusal: its code, the field it names, and what it says in English and in Chinese.
  it.each<[string, Violation | undefined, string, string | undefined, string, string]>([
    [
      'no ImageIds',
      verdict({ ImageIds: undefined }),
      'InvalidParameter.ImageIdsSnapshotIdsMustOne',
      'ImageIds',
      'Specify ImageIds',
      '请指定 ImageIds',
    ],
    [
      'an image listed twice',
      verdict({ ImageIds: ['img-abcd1234', 'img-abcd1234'] }),
      'InvalidParameterValue',
      'ImageIds',
      'img-abcd1234 is listed twice',
      '重复填写',
    ],
    [
      'two prefixes for one image',
      verdict({ FileNamePrefixList: ['a', 'b'] }),
      'InvalidParameterValue.InvalidFileNamePrefixList',
      'FileNamePrefixList',
      '2 prefixes for 1 image',
      '当前 2 个前缀，1 个镜像',
    ],
    [
      'a prefix with a space',
      verdict({ FileNamePrefixList: ['my export'] }),
      'InvalidParameterValue.InvalidFileNamePrefixList',
      'FileNamePrefixList',
      '"my export"',
      '“my export”',
    ],
    [
      'a prefix with a ".." folder',
      verdict({ FileNamePrefixList: ['exports/../etc'] }),
      'InvalidParameterValue.InvalidFileNamePrefixList',
      'FileNamePrefixList',
      '"exports/../etc"',
      '“exports/../etc”',
    ],
    [
      'a prefix that climbs out of the bucket',
      verdict({ FileNamePrefixList: ['/etc'] }),
      'InvalidParameterValue.InvalidFileNamePrefixList',
      'FileNamePrefixList',
      'between folder names',
      '分隔文件夹名称',
    ],
    [
      'a 61-character prefix, said with its length and not echoed',
      verdict({ FileNamePrefixList: ['p'.repeat(61)] }),
      'InvalidParameterValue.InvalidFileNamePrefixList',
      'FileNamePrefixList',
      'File name prefix must be at most 60 characters (it has 61).',
      '文件名前缀最多 60 个字符（当前 61 个）。',
    ],
    [
      'a role other than CVM_QcsRole',
      verdict({ RoleName: 'MyRole' }),
      'AuthFailure.CamRoleNameAuthenticateFailed',
      'RoleName',
      'Role "MyRole" cannot write to the bucket; use CVM_QcsRole',
      '角色“MyRole”无权写入存储桶',
    ],
    [
      'a public image',
      verdict({}, { images: [image({ ImageType: 'PUBLIC_IMAGE', ImageCreator: 'tencent' })] }),
      'UnsupportedOperation.PublicImageExportUnsupported',
      'ImageIds',
      'Public images cannot be exported',
      '公共镜像不支持导出',
    ],
    [
      'a marketplace image',
      verdict({}, { images: [image({ ImageType: 'MARKET_IMAGE', ImageCreator: 'vendor' })] }),
      'UnsupportedOperation.MarketImageExportUnsupported',
      'ImageIds',
      'Marketplace images',
      '市场镜像',
    ],
    [
      'an image shared with the caller',
      verdict({}, { images: [image({ ImageType: 'SHARED_IMAGE', ImageCreator: OTHER })] }),
      'UnsupportedOperation.SharedImageExportUnsupported',
      'ImageIds',
      'Images shared with you cannot be exported',
      '共享给您的镜像不支持导出',
    ],
    [
      "another account's custom image",
      verdict({}, { images: [image({ ImageCreator: OTHER })] }),
      'UnauthorizedOperation.ImageNotBelongToAccount',
      'ImageIds',
      'belongs to another account',
      '其他账号',
    ],
    [
      'a Windows image',
      verdict({}, { images: [image({ Platform: 'Windows', OsName: 'Windows Server 2019 数据中心版 64位英文版' })] }),
      'UnsupportedOperation.WindowsImageExportUnsupported',
      'ImageIds',
      'Windows images cannot be exported',
      'Windows 镜像不支持导出',
    ],
    [
      'a Red Hat image (imported as OsType Redhat)',
      verdict({}, { images: [image({ Platform: 'Redhat', OsName: 'Redhat 7 64位' })] }),
      'UnsupportedOperation.RedHatImageExportUnsupported',
      'ImageIds',
      'Red Hat images cannot be exported',
      'Red Hat 镜像不支持导出',
    ],
    [
      'an image still being created',
      verdict({}, { images: [image({ ImageState: 'CREATING' })] }),
      'InvalidParameterValue.InvalidImageState',
      'ImageIds',
      'it can be exported once it is normal',
      '才能导出',
    ],
    [
      'an image whose import failed',
      verdict({}, { images: [image({ ImageState: 'IMPORTFAILED' })] }),
      'InvalidParameterValue.InvalidImageState',
      'ImageIds',
      'cannot be exported',
      '无法导出',
    ],
    [
      'the source of a copy in flight',
      verdict(
        {},
        { images: [image({ CopyingTo: [{ ImageId: 'img-copy0001', Region: 'ap-beijing', SyncPercent: 40 }] })] },
      ),
      'InvalidParameterValue.InvalidImageState',
      'ImageIds',
      'being copied to 1 other region; it can be exported once',
      '待复制完成后才能导出',
    ],
    [
      'an image being exported',
      verdict({}, { images: [image({ ExportingTo: [{ TaskId: 7, BucketName: BUCKET, ExportPercent: 30 }] })] }),
      'InvalidParameterValue.InvalidImageState',
      'ImageIds',
      'being exported to object storage (1 task); it can be exported once',
      '镜像正在导出到对象存储（1 个任务），待导出完成后才能导出',
    ],
    [
      'a 501 GB data disk',
      verdict({}, { images: [image({ SnapshotSet: [...image().SnapshotSet.slice(0, 1), ...dataDisks(1, 501)] })] }),
      'UnsupportedOperation.ImageTooLargeExportUnsupported',
      'ImageIds',
      'Snapshot snap-dat00000 is 501 GB; each disk exported must be at most 500 GB',
      '不能超过 500 GB',
    ],
    [
      'six data disks in a whole-machine export',
      verdict({}, { images: [image({ SnapshotSet: [...image().SnapshotSet.slice(0, 1), ...dataDisks(6)] })] }),
      'InvalidParameterValue.LimitExceeded',
      'OnlyExportRootDisk',
      '6 data disks; a whole-machine export takes at most 5',
      '整机导出最多支持 5 块',
    ],
    [
      'a bucket that does not exist',
      verdict({ BucketName: 'nowhere-1250000001' }),
      'InvalidParameterValue.BucketNotFound',
      'BucketName',
      'Bucket "nowhere-1250000001" does not exist',
      '存储桶“nowhere-1250000001”不存在',
    ],
    [
      "another account's bucket",
      verdict({ BucketName: 'exports-1250000002' }),
      'InvalidParameterValue.InvalidBucketPermissionForExport',
      'BucketName',
      'belongs to another account',
      '属于其他账号',
    ],
    [
      'an own bucket in another region',
      verdict({ BucketName: 'backup-sh-1250000001' }),
      'InvalidParameterValue.BucketNotFound',
      'BucketName',
      'is in Shanghai; export to a bucket in Guangzhou',
      '位于上海，请导出到镜像所在地域广州的存储桶',
    ],
    [
      'the task limit reached',
      verdict({}, { tasksInFlight: EXPORT_TASK_LIMIT }),
      'LimitExceeded.ExportImageTaskLimitExceeded',
      undefined,
      `You have ${EXPORT_TASK_LIMIT} export tasks running`,
      `已有 ${EXPORT_TASK_LIMIT} 个导出任务`,
    ],
  ])('refuses %s', (_name, v, code, field, en, zh) => {
    expect(v?.code).toBe(code);
    expect(v?.field).toBe(field);
    expect(renderMessage(v!, 'en-US')).toContain(en);
    expect(renderMessage(v!, 'zh-CN')).toContain(zh);
  });

  it('exports the system disk only of an image too large as a whole machine', () => {
    const wide = image({ SnapshotSet: [...image().SnapshotSet.slice(0, 1), ...dataDisks(6, 600)] });
    expect(verdict({ OnlyExportRootDisk: true }, { images: [wide] })).toBeUndefined();
    expect(verdict({}, { images: [wide] })?.code).toBe('UnsupportedOperation.ImageTooLargeExportUnsupported');
  });

  it('judges the image before the bucket, and the bucket before the task limit', () => {
    const windows = image({ Platform: 'Windows' });
    expect(verdict({ BucketName: 'nowhere-1250000001' }, { images: [windows] })?.code).toBe(
      'UnsupportedOperation.WindowsImageExportUnsupported',
    );
    expect(verdict({ BucketName: 'nowhere-1250000001' }, { tasksInFlight: EXPORT_TASK_LIMIT })?.code).toBe(
      'InvalidParameterValue.BucketNotFound',
    );
  });

  it('refuses the first image that cannot be exported, naming why', () => {
    const v = verdict(
      { ImageIds: ['img-abcd1234', 'img-win00001'] },
      { images: [image(), image({ ImageId: 'img-win00001', Platform: 'Windows' })] },
    );
    expect(v?.code).toBe('UnsupportedOperation.WindowsImageExportUnsupported');
  });
});

describe('exportBlockedReason', () => {
  it('is the per-image part of the verdict, for a console to disable Export with', () => {
    expect(exportBlockedReason(image(), ME)).toBeUndefined();
    expect(exportBlockedReason(image({ Platform: 'Windows' }), ME)?.code).toBe(
      'UnsupportedOperation.WindowsImageExportUnsupported',
    );
  });
});

describe('the export task limit', () => {
  const exporting = (...tasks: number[]) =>
    image({ ExportingTo: tasks.map((TaskId) => ({ TaskId, BucketName: BUCKET, ExportPercent: 40 })) });

  it('counts tasks, not images: one task exporting two images is one', () => {
    expect(exportTasksRunning([])).toBe(0);
    expect(exportTasksRunning([image(), image({ ExportingTo: [] })])).toBe(0);
    expect(exportTasksRunning([exporting(7), exporting(7), exporting(8), image()])).toBe(2);
  });

  it('refuses a new task only once the running ones reach the limit, as the whole verdict does', () => {
    expect(exportTaskLimitViolation(EXPORT_TASK_LIMIT - 1)).toBeUndefined();
    const v = exportTaskLimitViolation(EXPORT_TASK_LIMIT);
    expect(v).toEqual(verdict({}, { tasksInFlight: EXPORT_TASK_LIMIT }));
    expect(v?.code).toBe('LimitExceeded.ExportImageTaskLimitExceeded');
    expect(v?.params).toEqual({ count: EXPORT_TASK_LIMIT, max: EXPORT_TASK_LIMIT });
  });
});

describe('exportCosPaths', () => {
  it('names one file per disk: prefix, image, disk kind, snapshot, format', () => {
    expect(exportCosPaths(image(), 'nightly', 'QCOW2', false)).toEqual([
      'nightly_img-abcd1234_system_snap-sys00001.qcow2',
      'nightly_img-abcd1234_data_snap-dat00001.qcow2',
    ]);
  });

  it('has no prefix by default, and only the system disk when asked', () => {
    expect(exportCosPaths(image(), undefined, 'RAW', true)).toEqual(['img-abcd1234_system_snap-sys00001.raw']);
  });
});
