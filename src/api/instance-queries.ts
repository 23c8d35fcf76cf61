import { queryOptions } from '@tanstack/react-query';
import { callCvm } from './client.ts';

export const instanceKeys = {
  region: (account: string, region: string) => ['instances', account, region] as const,
};

export const instanceQueries = {
  list: (account: string, region: string) =>
    queryOptions({
      queryKey: [...instanceKeys.region(account, region), 'list'] as const,
      queryFn: ({ signal }) => callCvm('DescribeInstances', region, { Limit: 100 }, { signal, account }),
      // Instances being launched turn RUNNING within seconds: look again until none is PENDING.
      refetchInterval: (query) =>
        query.state.data?.InstanceSet.some((i) => i.InstanceState === 'PENDING') ? 2000 : false,
    }),
};
