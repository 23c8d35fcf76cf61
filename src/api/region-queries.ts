import { queryOptions } from '@tanstack/react-query';
import { callCvm } from './client.ts';

export const regionQueries = {
  zones: (account: string, region: string) =>
    queryOptions({
      queryKey: ['zones', account, region] as const,
      queryFn: ({ signal }) => callCvm('DescribeZones', region, {}, { signal, account }),
      staleTime: Infinity,
    }),
};
