import type { Bucket } from '../../rules/export.ts';
import { A1, A2, A3 } from './custom-images.ts';

// The object-storage buckets each demo account holds, by region: where ExportImages may write.
// A bucket is a name here and nothing more: the mock writes no file anywhere (an export keeps the
// names of the files it "wrote" with the image, src/mocks/store.ts).

/** A COS bucket is named `<name>-<APPID>`; each demo account has an APPID of its own. */
const appId = (accountId: string) => `125${accountId.slice(-7)}`;

export const buckets: readonly Bucket[] = [
  { BucketName: `images-${appId(A1)}`, Region: 'ap-guangzhou', OwnerId: A1 },
  { BucketName: `backup-sh-${appId(A1)}`, Region: 'ap-shanghai', OwnerId: A1 },
  { BucketName: `exports-seoul-${appId(A1)}`, Region: 'ap-seoul', OwnerId: A1 },
  { BucketName: `exports-${appId(A2)}`, Region: 'ap-guangzhou', OwnerId: A2 },
  { BucketName: `archive-${appId(A2)}`, Region: 'ap-shanghai', OwnerId: A2 },
  { BucketName: `images-${appId(A3)}`, Region: 'ap-guangzhou', OwnerId: A3 },
  { BucketName: `backup-sg-${appId(A3)}`, Region: 'ap-singapore', OwnerId: A3 },
];
