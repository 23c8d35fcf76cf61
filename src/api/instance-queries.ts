import { queryOptions, useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../rules/actions.ts';
import { callCvm } from './client.ts';
import { useSingleFlightMutation } from './single-flight.ts';
import { getAccount } from './session.ts';

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
  /** How many instances the account holds in a zone: what its instance quota there counts. */
  inZone: (account: string, region: string, zone: string) =>
    queryOptions({
      queryKey: [...instanceKeys.region(account, region), 'in-zone', zone] as const,
      queryFn: ({ signal }) =>
        callCvm(
          'DescribeInstances',
          region,
          { Filters: [{ Name: 'zone', Values: [zone] }], Limit: 1 },
          { signal, account },
        ),
      select: (data) => data.TotalCount,
    }),
  typeConfigs: (account: string, region: string) =>
    queryOptions({
      queryKey: ['instance-types', region] as const,
      queryFn: ({ signal }) => callCvm('DescribeInstanceTypeConfigs', region, {}, { signal, account }),
      staleTime: Infinity,
    }),
  price: (account: string, region: string, params: RequestOf<'InquiryPriceRunInstances'>) =>
    queryOptions({
      queryKey: ['price', account, region, params] as const,
      queryFn: ({ signal }) => callCvm('InquiryPriceRunInstances', region, params, { signal, account }),
      retry: false,
    }),
};

export function useRunInstances(region: string) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: (params: RequestOf<'RunInstances'>) => callCvm('RunInstances', region, params),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: instanceKeys.region(getAccount(), region) }),
  });
}
