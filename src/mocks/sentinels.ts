import { accountIdProblem } from '../rules/ids.ts';

/**
 * Inputs that make the mock fail on purpose, so that the same failure reproduces in tests,
 * in the browser and against the standalone server. This is the only place they are defined.
 *
 * - ImportImage: an ImageUrl whose file name contains `corrupt` ends in IMPORTFAILED
 *   (virtio driver missing); one containing `no-partition` ends in IMPORTFAILED (no root partition).
 * - CreateImage: an ImageName containing `[fail]` ends in CREATEFAILED.
 * - SyncImages, ExportImages: an image whose name contains `[flaky]` fails its first copy (each
 *   destination ends in CREATEFAILED) or export (the task stops halfway, FAILED); the image then
 *   remembers, and the next copy or export of it succeeds: what a retry is for. With a region,
 *   `[flaky:ap-beijing]`, only the copy to that region fails (the others succeed), or an export
 *   of the image if it is in that region.
 * - ModifyImageSharePermission: an account ID beginning with 999 (999999999999, 9990000001) does
 *   not exist: InvalidAccountId.NotFound.
 */
/**
 * Why an import failed, as the mock's FailureReason extension says it: the error code the image
 * import documents, then the reason in English. The console shows a code it knows in the page's
 * language (ImageTable's StateCell), and any other reason as given.
 */
export const IMPORT_FAILURES = {
  virtio: 'VirtioNotInstall: the virtio driver is not installed in the image.',
  rootPartition: 'RootPartitionNotFound: no root partition was found in the image.',
} as const;

export function importFailure(imageUrl: string): string | undefined {
  const file = imageUrl.split('/').pop() ?? '';
  if (file.includes('corrupt')) return IMPORT_FAILURES.virtio;
  if (file.includes('no-partition')) return IMPORT_FAILURES.rootPartition;
  return undefined;
}

export function createFailure(imageName: string): string | undefined {
  return imageName.includes('[fail]')
    ? 'InternalError: the snapshot of the system disk could not be taken.'
    : undefined;
}

/**
 * Why a copy of this image to `region`, or its export from `region`, fails (once: see `Flaked` in
 * store.ts), if it does.
 */
export function flakyFailure(
  image: { ImageName: string; Flaked?: boolean },
  what: 'copy' | 'export',
  region: string,
): string | undefined {
  const flaky = image.ImageName.includes('[flaky]') || image.ImageName.includes(`[flaky:${region}]`);
  if (!flaky || image.Flaked) return undefined;
  return what === 'copy'
    ? 'InternalError: the snapshot could not be copied to the destination region. Try again.'
    : 'InternalError: the bucket refused a write halfway. Try again.';
}

/** Account IDs beginning with this do not exist (like 555 telephone numbers in films). */
export const MISSING_ACCOUNT_PREFIX = '999';

/**
 * Whether an account exists. The demo accounts sign in (src/rules/accounts.ts); every other
 * well-formed root account ID is an outside account that exists and can receive shares but cannot
 * sign in, except those beginning with MISSING_ACCOUNT_PREFIX. So the 50-recipient limit can be
 * reached, and an account that does not exist can still be tried.
 */
export function accountExists(accountId: string): boolean {
  return accountIdProblem(accountId) === undefined && !accountId.startsWith(MISSING_ACCOUNT_PREFIX);
}
