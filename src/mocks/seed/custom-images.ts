import { accounts } from '../../rules/accounts.ts';
import { IMPORT_FAILURES } from '../sentinels.ts';

// The demo's custom images and who they are shared with: what each demo account owns when the
// mock backend starts (seed-store.ts turns these specs into stored images with IDs).

/** The three demo accounts, by the names the specs below use. */
export const [A1, A2, A3] = accounts.map((a) => a.accountId);

export interface CustomSpec {
  /** Local handle, to point shares and copies at it. */
  ref: string;
  owner: string;
  region: string;
  name: string;
  /** Key of the public image it was made from (OS, architecture, boot mode). */
  base: string;
  /** An imported image's own OS where no public image has it (Red Hat): as ImportImage names it. */
  os?: { platform: string; osName: string };
  size: number;
  created: string;
  description?: string;
  source?: 'CREATE_IMAGE' | 'EXTERNAL_IMPORT';
  failure?: string;
  /** GB of the data disk (or each of the data disks) captured with the system disk. */
  dataDisk?: number | readonly number[];
  copiedFrom?: string;
  /** Its disks are encrypted: ExportImages refuses it. */
  encrypted?: boolean;
  /** Made from a marketplace image's instance: ExportImages refuses it. */
  marketDerived?: boolean;
  tags?: { Key: string; Value: string }[];
  /** ImageFamily; a version withdrawn from it is `deprecated`. */
  family?: string;
  deprecated?: boolean;
}

/**
 * Account ...01, ap-seoul (a region no other demo image is in): one image for each refusal of
 * ExportImages that depends on the image's disks or OS, so the console's refusals can be seen and
 * tested (src/rules/export.ts); its bucket there is in buckets.ts.
 */
const exportRefusalSpecs: readonly CustomSpec[] = [
  {
    ref: 'seoul-rhel',
    owner: A1,
    region: 'ap-seoul',
    name: 'erp-rhel7-import',
    base: 'CentOS 7.9 x86_64',
    os: { platform: 'Redhat', osName: 'Redhat 7 64位' },
    source: 'EXTERNAL_IMPORT',
    size: 40,
    created: '2025-03-03T02:00:00Z',
    description: 'ERP host imported from the data centre: Red Hat Enterprise Linux 7.',
  },
  {
    ref: 'seoul-big-system',
    owner: A1,
    region: 'ap-seoul',
    name: 'warehouse-db-centos79',
    base: 'CentOS 7.9 x86_64',
    size: 600,
    created: '2025-03-04T02:00:00Z',
    description: 'Data warehouse on one 600 GB system disk.',
  },
  {
    ref: 'seoul-big-data',
    owner: A1,
    region: 'ap-seoul',
    name: 'media-archive-debian12',
    base: 'Debian 12.0 x86_64',
    size: 30,
    created: '2025-03-05T02:00:00Z',
    description: 'Media archive with an 800 GB data disk.',
    dataDisk: 800,
  },
  {
    ref: 'seoul-six-data',
    owner: A1,
    region: 'ap-seoul',
    name: 'analytics-six-disks-ubuntu2204',
    base: 'Ubuntu Server 22.04 LTS x86_64',
    size: 50,
    created: '2025-03-06T02:00:00Z',
    description: 'Analytics node with six 100 GB data disks.',
    dataDisk: [100, 100, 100, 100, 100, 100],
  },
];

export const customSpecs: readonly CustomSpec[] = [
  // account ...01, ap-guangzhou: 8 of 10, so the quota meter has something to say
  {
    ref: 'gz-web',
    owner: A1,
    region: 'ap-guangzhou',
    name: 'web-server-centos79',
    base: 'CentOS 7.9 x86_64',
    size: 50,
    created: '2025-01-08T02:14:00Z',
    description: 'Nginx 1.24 + PHP-FPM web tier; SSH password login disabled.',
    tags: [{ Key: 'env', Value: 'prod' }],
    family: 'web-tier',
  },
  {
    ref: 'gz-app',
    owner: A1,
    region: 'ap-guangzhou',
    name: 'app-base-ubuntu2204',
    base: 'Ubuntu Server 22.04 LTS x86_64',
    size: 30,
    created: '2025-01-15T06:40:00Z',
    description: 'Base for application servers: JDK 17, Node.js 20, monitoring agent.',
  },
  {
    ref: 'gz-sql',
    owner: A1,
    region: 'ap-guangzhou',
    name: 'sql-server-2019-win',
    base: 'Windows Server 2019 en',
    size: 80,
    created: '2025-02-03T09:05:00Z',
    description: 'SQL Server 2019 Standard on Windows Server 2019, with its data disk.',
    dataDisk: 200,
    tags: [{ Key: 'env', Value: 'prod' }],
  },
  {
    ref: 'gz-arm',
    owner: A1,
    region: 'ap-guangzhou',
    name: 'build-agent-tencentos-arm',
    base: 'TencentOS Server 3.1 (TK4) arm',
    size: 40,
    created: '2025-02-19T11:30:00Z',
    description: 'CI build agent for ARM targets: GCC 12, Go 1.22, Docker.',
  },
  {
    ref: 'gz-import-failed',
    owner: A1,
    region: 'ap-guangzhou',
    name: 'legacy-erp-import',
    base: 'CentOS 7.6 x86_64',
    size: 60,
    created: '2025-03-04T07:22:00Z',
    source: 'EXTERNAL_IMPORT',
    failure: IMPORT_FAILURES.virtio,
  },
  {
    ref: 'gz-redis',
    owner: A1,
    region: 'ap-guangzhou',
    name: 'redis-cache-debian12',
    base: 'Debian 12.0 x86_64',
    size: 20,
    created: '2025-03-11T03:50:00Z',
  },
  {
    ref: 'gz-k8s',
    owner: A1,
    region: 'ap-guangzhou',
    name: 'k8s-node-opencloudos9',
    base: 'OpenCloudOS 9 x86_64',
    size: 40,
    created: '2025-03-20T08:10:00Z',
    tags: [{ Key: 'team', Value: 'platform' }],
  },
  {
    ref: 'gz-runner',
    owner: A1,
    region: 'ap-guangzhou',
    name: 'gitlab-runner-rocky9',
    base: 'Rocky Linux 9.2 x86_64',
    size: 30,
    created: '2025-04-02T05:35:00Z',
  },
  // account ...01, ap-shanghai
  {
    ref: 'sh-web-copy',
    owner: A1,
    region: 'ap-shanghai',
    name: 'web-server-centos79',
    base: 'CentOS 7.9 x86_64',
    size: 50,
    created: '2025-01-09T04:00:00Z',
    description: 'Nginx 1.24 + PHP-FPM web tier; SSH password login disabled.',
    copiedFrom: 'gz-web',
    tags: [{ Key: 'env', Value: 'prod' }],
    family: 'web-tier',
  },
  {
    ref: 'sh-payment',
    owner: A1,
    region: 'ap-shanghai',
    name: 'payment-gateway-ubuntu2004',
    base: 'Ubuntu Server 20.04 LTS x86_64',
    size: 40,
    created: '2025-02-11T10:15:00Z',
    description: 'Payment gateway service, PCI network rules baked in; disks encrypted with KMS.',
    encrypted: true,
  },
  {
    ref: 'sh-import',
    owner: A1,
    region: 'ap-shanghai',
    name: 'vmware-migrated-win2016',
    base: 'Windows Server 2016 zh',
    size: 60,
    created: '2025-03-18T01:45:00Z',
    source: 'EXTERNAL_IMPORT',
    description: 'Imported from the on-premises VMware cluster (VMDK).',
  },
  // account ...01, ap-singapore
  {
    ref: 'sg-web',
    owner: A1,
    region: 'ap-singapore',
    name: 'overseas-web-ubuntu2204',
    base: 'Ubuntu Server 22.04 LTS x86_64',
    size: 30,
    created: '2025-02-25T12:00:00Z',
    description: 'Made from an instance of the marketplace image LNMP 2.0 on Ubuntu 22.04.',
    marketDerived: true,
  },
  {
    ref: 'sg-import',
    owner: A1,
    region: 'ap-singapore',
    name: 'imported-debian11-base',
    base: 'Debian 11.1 x86_64',
    size: 20,
    created: '2025-03-27T06:30:00Z',
    source: 'EXTERNAL_IMPORT',
    description: 'Debian 11 base imported from a QCOW2 file.',
  },
  // account ...01, ap-beijing: one family in three versions, the newest withdrawn (deprecated), so
  // the family stands for the one before it
  ...(['2025.01', '2025.02', '2025.03'] as const).map((version, i): CustomSpec => ({
    ref: `bj-app-base-${version}`,
    owner: A1,
    region: 'ap-beijing',
    name: `app-base-${version}`,
    base: 'Ubuntu Server 22.04 LTS x86_64',
    size: 30,
    created: `2025-0${i + 1}-28T02:00:00Z`,
    description: `Monthly rebuild of the application base (${version}).`,
    family: 'app-base',
    deprecated: version === '2025.03',
  })),
  ...exportRefusalSpecs,
  // account ...02
  {
    ref: 'a2-gz-api',
    owner: A2,
    region: 'ap-guangzhou',
    name: 'partner-api-centos79',
    base: 'CentOS 7.9 x86_64',
    size: 40,
    created: '2024-12-02T03:00:00Z',
    description: 'Partner integration API, ready to join the shared VPC.',
    // Its owner's family and tags, which the accounts it is shared with read (the shared tab).
    family: 'partner-api',
    tags: [{ Key: 'team', Value: 'partner' }],
  },
  {
    ref: 'a2-gz-node',
    owner: A2,
    region: 'ap-guangzhou',
    name: 'partner-nodejs-ubuntu2204',
    base: 'Ubuntu Server 22.04 LTS x86_64',
    size: 30,
    created: '2024-12-16T07:20:00Z',
  },
  {
    ref: 'a2-gz-mysql',
    owner: A2,
    region: 'ap-guangzhou',
    name: 'partner-mysql-debian11',
    base: 'Debian 11.1 x86_64',
    size: 50,
    created: '2025-01-21T02:40:00Z',
    dataDisk: 100,
  },
  {
    ref: 'a2-gz-arm',
    owner: A2,
    region: 'ap-guangzhou',
    name: 'partner-edge-opencloudos9-arm',
    base: 'OpenCloudOS 9 arm',
    size: 20,
    created: '2025-02-14T09:00:00Z',
  },
  {
    ref: 'a2-sh-crm',
    owner: A2,
    region: 'ap-shanghai',
    name: 'crm-windows2019',
    base: 'Windows Server 2019 zh',
    size: 70,
    created: '2025-01-07T05:10:00Z',
  },
  {
    ref: 'a2-sh-etl',
    owner: A2,
    region: 'ap-shanghai',
    name: 'etl-worker-rocky88',
    base: 'Rocky Linux 8.8 x86_64',
    size: 30,
    created: '2025-02-05T08:25:00Z',
    description: 'Nightly ETL worker: Python 3.11, Spark client.',
  },
  // account ...03
  {
    ref: 'a3-gz-lamp',
    owner: A3,
    region: 'ap-guangzhou',
    name: 'reseller-lamp-centos79',
    base: 'CentOS 7.9 x86_64',
    size: 30,
    created: '2024-11-12T04:30:00Z',
    description: 'Hosting template: Apache, PHP 7.4, MySQL 5.7 with cPanel-style layout.',
    tags: [{ Key: 'env', Value: 'template' }],
  },
  {
    ref: 'a3-gz-wp',
    owner: A3,
    region: 'ap-guangzhou',
    name: 'reseller-wordpress-ubuntu2004',
    base: 'Ubuntu Server 20.04 LTS x86_64',
    size: 20,
    created: '2024-12-09T10:00:00Z',
  },
  {
    ref: 'a3-gz-iis',
    owner: A3,
    region: 'ap-guangzhou',
    name: 'reseller-iis-win2022',
    base: 'Windows Server 2022 en',
    size: 60,
    created: '2025-01-28T06:15:00Z',
  },
  {
    ref: 'a3-sg-shop',
    owner: A3,
    region: 'ap-singapore',
    name: 'sg-shop-almalinux9',
    base: 'AlmaLinux 9.2 x86_64',
    size: 40,
    created: '2025-02-17T03:45:00Z',
    description: 'Storefront template for South-East Asia customers.',
  },
  {
    ref: 'a3-sg-vpn',
    owner: A3,
    region: 'ap-singapore',
    name: 'sg-vpn-debian12',
    base: 'Debian 12.0 x86_64',
    size: 20,
    created: '2025-03-06T11:05:00Z',
  },
];

export const shareSpecs: readonly { ref: string; to: string[]; at: string }[] = [
  { ref: 'gz-web', to: [A2], at: '2025-01-10T08:00:00Z' },
  { ref: 'gz-app', to: [A2, A3], at: '2025-01-16T09:30:00Z' },
  { ref: 'a2-gz-api', to: [A1], at: '2024-12-05T06:00:00Z' },
  { ref: 'a2-gz-node', to: [A1], at: '2024-12-18T02:00:00Z' },
  { ref: 'a2-sh-etl', to: [A1], at: '2025-02-06T04:00:00Z' },
  { ref: 'a3-gz-lamp', to: [A1], at: '2024-11-15T07:45:00Z' },
  { ref: 'a3-sg-shop', to: [A1], at: '2025-02-20T01:30:00Z' },
];
