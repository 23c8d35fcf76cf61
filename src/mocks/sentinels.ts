/**
 * Inputs that make the mock fail on purpose, so that the same failure reproduces in tests,
 * in the browser and against the standalone server. This is the only place they are defined.
 *
 * - ImportImage: an ImageUrl whose file name contains `corrupt` ends in IMPORTFAILED
 *   (virtio driver missing); one containing `no-partition` ends in IMPORTFAILED (no root partition).
 * - CreateImage: an ImageName containing `[fail]` ends in CREATEFAILED.
 */
export function importFailure(imageUrl: string): string | undefined {
  const file = imageUrl.split('/').pop() ?? '';
  if (file.includes('corrupt')) return 'VirtioNotInstall: the virtio driver is not installed in the image.';
  if (file.includes('no-partition')) return 'RootPartitionNotFound: no root partition was found in the image.';
  return undefined;
}

export function createFailure(imageName: string): string | undefined {
  return imageName.includes('[fail]')
    ? 'InternalError: the snapshot of the system disk could not be taken.'
    : undefined;
}
