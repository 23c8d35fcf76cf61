// The caller's object-storage buckets, for the export dialog (loaded with it, never on the first page).
import { queryOptions } from '@tanstack/react-query';
import { ApiError, callCvm } from './client.ts';

/**
 * The names of the caller's buckets in a region, or null when the API cannot list them: the
 * mock's DescribeBuckets is an extension, which the real CVM (and the strict mock) answer with
 * `InvalidAction`; the dialog then takes a typed bucket name.
 */
export function bucketsQuery(account: string, region: string) {
  return queryOptions({
    queryKey: ['buckets', account, region] as const,
    queryFn: async ({ signal }): Promise<string[] | null> => {
      try {
        const res = await callCvm('DescribeBuckets', region, {}, { signal, account });
        return res.BucketSet.map((b) => b.BucketName);
      } catch (e) {
        if (e instanceof ApiError && e.code === 'InvalidAction') return null;
        throw e;
      }
    },
  });
}
