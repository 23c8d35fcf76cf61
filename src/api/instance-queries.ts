import { queryOptions, useQueryClient } from '@tanstack/react-query';
import type { RequestOf, ResponseOf } from '../rules/actions.ts';
import { instanceTypes, type InstanceTypeConfig } from '../rules/instance-types.ts';
import type { ItemPrice } from '../rules/run-instances.ts';
import { DESCRIBE_LIMIT_MAX } from '../rules/limits.ts';
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
      queryFn: ({ signal }) => callCvm('DescribeInstances', region, { Limit: DESCRIBE_LIMIT_MAX }, { signal, account }),
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
  /** The instances launched from an image, in its region (the only region it can launch in). */
  launchedFrom: (account: string, region: string, imageId: string) =>
    queryOptions({
      queryKey: [...instanceKeys.region(account, region), 'launched-from', imageId] as const,
      queryFn: ({ signal }) =>
        callCvm(
          'DescribeInstances',
          region,
          { Filters: [{ Name: 'image-id', Values: [imageId] }], Limit: DESCRIBE_LIMIT_MAX },
          { signal, account },
        ),
    }),
  typeConfigs: (account: string, region: string) =>
    queryOptions({
      queryKey: ['instance-types', region] as const,
      queryFn: async ({ signal }): Promise<ResponseOf<'DescribeInstanceTypeConfigs'>> => {
        const res = await callCvm('DescribeInstanceTypeConfigs', region, {}, { signal, account });
        return { ...res, InstanceTypeConfigSet: res.InstanceTypeConfigSet.map(completeTypeConfig) };
      },
      staleTime: Infinity,
    }),
  price: (account: string, region: string, params: RequestOf<'InquiryPriceRunInstances'>) =>
    queryOptions({
      queryKey: ['price', account, region, params] as const,
      queryFn: ({ signal }) => callCvm('InquiryPriceRunInstances', region, params, { signal, account }),
      retry: false,
    }),
};

/**
 * A type as the real contract lists it lacks the wizard's extension fields: its architecture is
 * then its family's, for the families the console knows (else unknown), its family name is the
 * family's code, and its price is the one InquiryPriceRunInstances gives at review.
 */
function completeTypeConfig(config: InstanceTypeConfig): InstanceTypeConfig {
  return {
    ...config,
    Architecture:
      config.Architecture ?? instanceTypes.find((t) => t.InstanceFamily === config.InstanceFamily)?.Architecture,
    FamilyName: config.FamilyName ?? config.InstanceFamily,
  };
}

/** One part of a price as InquiryPriceRunInstances quotes it: what is paid, the list price, per what. */
export interface Quote {
  price: number;
  listPrice: number;
  /** `HOUR`, `GB`, `MONTH`... */
  unit: string;
}

/**
 * The price review from InquiryPriceRunInstances' documented fields, for an API without the
 * `Breakdown` extension: the instance and its bandwidth as quoted, and their total when both are
 * charged by the same unit.
 */
export function quotedPrice(price: { InstancePrice: ItemPrice; BandwidthPrice: ItemPrice }): {
  instance: Quote;
  bandwidth: Quote;
  total?: Quote;
} {
  const quote = (item: ItemPrice): Quote => ({
    price: item.UnitPriceDiscount ?? item.UnitPrice,
    listPrice: item.UnitPrice,
    unit: item.ChargeUnit,
  });
  const instance = quote(price.InstancePrice);
  const bandwidth = quote(price.BandwidthPrice);
  const round = (n: number) => Math.round(n * 10000) / 10000;
  return {
    instance,
    bandwidth,
    ...(instance.unit === bandwidth.unit
      ? {
          total: {
            price: round(instance.price + bandwidth.price),
            listPrice: round(instance.listPrice + bandwidth.listPrice),
            unit: instance.unit,
          },
        }
      : {}),
  };
}

export function useRunInstances(region: string) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: (params: RequestOf<'RunInstances'>) => callCvm('RunInstances', region, params),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: instanceKeys.region(getAccount(), region) }),
  });
}
