import { findRegion, regionInfo, regions, zoneInfo } from '../../rules/regions.ts';
import { resolver } from './context.ts';

export const describeRegions = resolver('DescribeRegions', (_req, ctx) => ({
  TotalCount: regions.length,
  RegionSet: regions.map((r) => regionInfo(r, ctx.language)),
}));

export const describeZones = resolver('DescribeZones', (_req, ctx) => {
  const region = findRegion(ctx.region)!;
  return { TotalCount: region.zones.length, ZoneSet: region.zones.map((z) => zoneInfo(region, z, ctx.language)) };
});
