import type { ImageList } from '../../api/image-list.ts';

/** The marketplace tab when the API lists no marketplace images (Tencent Cloud's CVM does not). */
export function UnlistedMarketplace() {
  return (
    <p className="notice notice-info" role="note">
      Tencent Cloud’s CVM API does not list marketplace images, so this console cannot show them. Vendors publish them
      on Tencent Cloud Marketplace (market.cloud.tencent.com): choose one there, or under the marketplace tab of the
      Tencent Cloud console’s instance purchase page.
    </p>
  );
}

/**
 * A list the console searched, filtered or sorted in the page, over fewer images than the API lists:
 * what it shows may miss some. Silent when it read them all (the result is then exact).
 */
export function InPageNote({ list }: { list: ImageList | undefined }) {
  const scan = list?.inPage;
  if (!scan || scan.read >= scan.of) return null;
  return (
    <p className="notice notice-warning" role="note">
      This API cannot search, filter by architecture or sort, so the console did it over the first {scan.read} of the{' '}
      {scan.of} images it lists: some matches may be missing. Choose an operating system to narrow the list.
    </p>
  );
}
