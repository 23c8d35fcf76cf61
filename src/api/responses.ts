import type { Action } from '../rules/actions.ts';
import type { Image, SharePermission } from '../rules/images.ts';
import type { Instance } from '../rules/instances.ts';
import type { PriceBreakdown } from '../rules/pricing.ts';
import type { RegionInfo, Zone } from '../rules/regions.ts';

interface Base {
  RequestId: string;
}

export interface InstanceTypeConfig {
  Zone: string;
  InstanceType: string;
  InstanceFamily: string;
  GPU: number;
  CPU: number;
  Memory: number;
  FPGA: number;
  Architecture: 'x86_64' | 'arm';
  FamilyName: string;
  HourlyPrice: number;
}

export interface ItemPrice {
  ChargeUnit: string;
  Discount: number;
  UnitPrice: number;
  UnitPriceDiscount: number;
}

export interface ImportImageOs {
  ImportImageOsListSupported: { Linux: string[]; Windows: string[] };
  ImportImageOsVersionSet: { OsName: string; OsVersions: string[]; Architecture: string[] }[];
}

/** What each action answers on success (API 3.0 `Response` minus `Error`). */
interface Responses {
  DescribeRegions: { TotalCount: number; RegionSet: RegionInfo[] };
  DescribeZones: { TotalCount: number; ZoneSet: Zone[] };
  DescribeImages: { TotalCount: number; ImageSet: Image[] };
  DescribeImageQuota: { ImageNumQuota: number };
  CreateImage: { ImageId: string };
  ImportImage: { ImageId: string };
  DescribeImportImageOs: ImportImageOs;
  ModifyImageAttribute: object;
  DeleteImages: object;
  ModifyImageSharePermission: object;
  DescribeImageSharePermission: { SharePermissionSet: SharePermission[] };
  SyncImages: { ImageSet: { ImageId: string; Region: string }[] };
  DescribeInstances: { TotalCount: number; InstanceSet: Instance[] };
  DescribeInstanceTypeConfigs: { InstanceTypeConfigSet: InstanceTypeConfig[] };
  InquiryPriceRunInstances: {
    Price: { InstancePrice: ItemPrice; BandwidthPrice: ItemPrice; Breakdown: PriceBreakdown };
  };
  RunInstances: { InstanceIdSet: string[] };
}

export type ResponseOf<A extends Action> = Responses[A] & Base;
