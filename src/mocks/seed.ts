import type { Architecture, Image, MarketInfo, SharePermission, Snapshot } from '../rules/images.ts';
import { findInstanceType, type InstanceState } from '../rules/instances.ts';
import { findRegion } from '../rules/regions.ts';
import { STORE_VERSION, type StoreData, type StoredImage, type StoredInstance } from './store.ts';

// The demo world the mock backend starts from. Everything here is a pure function of the
// code: IDs come from a seeded PRNG keyed on names, so a reload, a test and the standalone
// server all see the same IDs.

// ---------------------------------------------------------------- deterministic IDs

/** FNV-1a, 32 bit: a string to a PRNG seed. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for demo data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * `<prefix>-` + 8 of [a-z0-9], a function of `key` alone; on the (unlikely) clash with an ID
 * already in `taken` it re-keys, so the outcome still depends only on the order of calls.
 */
function idFor(prefix: string, key: string, taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const next = mulberry32(hashString(attempt === 0 ? `${prefix}:${key}` : `${prefix}:${key}#${attempt}`));
    let body = '';
    for (let i = 0; i < 8; i++) body += ID_ALPHABET[Math.floor(next() * ID_ALPHABET.length)];
    const id = `${prefix}-${body}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

// ---------------------------------------------------------------- public images

interface PublicSpec {
  key: string;
  platform: string;
  osName: string;
  imageName: string;
  description: string;
  arch: Architecture;
  windows: boolean;
  created: string;
  deprecated: boolean;
}

function linux(
  platform: string,
  base: string,
  arch: Architecture,
  created: string,
  opts: { deprecated?: boolean; note?: string } = {},
): PublicSpec {
  const osName = arch === 'x86_64' ? `${base} 64位` : arch === 'i386' ? `${base} 32位` : `${base} 64位 ARM版`;
  const imageName = arch === 'x86_64' ? `${base} 64-bit` : arch === 'i386' ? `${base} 32-bit` : `${base} 64-bit (ARM)`;
  const flavour =
    arch === 'arm'
      ? 'for ARM (SR1) instances, UEFI boot'
      : arch === 'i386'
        ? 'for legacy 32-bit software; runs on any x86_64 instance type'
        : 'with virtio drivers, cloud-init and the Tencent Cloud agent';
  return {
    key: `${base} ${arch}`,
    platform,
    osName,
    imageName,
    description: `Official ${imageName} image ${flavour}.${opts.note ? ` ${opts.note}` : ''}`,
    arch,
    windows: false,
    created,
    deprecated: opts.deprecated ?? false,
  };
}

function windows(year: string, lang: 'zh' | 'en', created: string): PublicSpec {
  const base = `Windows Server ${year}`;
  return {
    key: `${base} ${lang}`,
    platform: 'Windows',
    osName: `${base} 数据中心版 64位${lang === 'zh' ? '中文版' : '英文版'}`,
    imageName: `${base} Datacenter 64-bit ${lang === 'zh' ? 'Chinese' : 'English'}`,
    description: `Official ${base} Datacenter, ${lang === 'zh' ? 'Simplified Chinese' : 'English'} edition, activated with a Tencent Cloud licence. A licence fee applies outside the Chinese mainland.`,
    arch: 'x86_64',
    windows: true,
    created,
    deprecated: false,
  };
}

const CENTOS8_EOL =
  'CentOS 8 reached end of life on 2021-12-31 and gets no updates; choose Rocky Linux, AlmaLinux or OpenCloudOS instead.';

const publicCatalogue: readonly PublicSpec[] = [
  linux('TencentOS', 'TencentOS Server 2.4', 'x86_64', '2023-04-18T08:00:00Z'),
  linux('TencentOS', 'TencentOS Server 2.4', 'arm', '2023-04-18T08:00:00Z'),
  linux('TencentOS', 'TencentOS Server 3.1 (TK4)', 'x86_64', '2024-03-15T08:00:00Z'),
  linux('TencentOS', 'TencentOS Server 3.1 (TK4)', 'arm', '2024-03-15T08:00:00Z'),
  linux('TencentOS', 'TencentOS Server 4', 'x86_64', '2024-11-20T08:00:00Z'),
  linux('TencentOS', 'TencentOS Server 4', 'arm', '2024-11-20T08:00:00Z'),
  linux('OpenCloudOS', 'OpenCloudOS 8.8', 'x86_64', '2023-09-12T08:00:00Z'),
  linux('OpenCloudOS', 'OpenCloudOS 8.8', 'arm', '2023-09-12T08:00:00Z'),
  linux('OpenCloudOS', 'OpenCloudOS 9', 'x86_64', '2024-06-05T08:00:00Z'),
  linux('OpenCloudOS', 'OpenCloudOS 9', 'arm', '2024-06-05T08:00:00Z'),
  linux('CentOS', 'CentOS 7.6', 'x86_64', '2022-08-09T08:00:00Z'),
  linux('CentOS', 'CentOS 7.9', 'x86_64', '2023-02-21T08:00:00Z'),
  linux('CentOS', 'CentOS 7.9', 'i386', '2023-02-21T08:00:00Z'),
  linux('CentOS', 'CentOS 8.2', 'x86_64', '2021-03-02T08:00:00Z', { deprecated: true, note: CENTOS8_EOL }),
  linux('Ubuntu', 'Ubuntu Server 16.04 LTS', 'i386', '2021-05-11T08:00:00Z'),
  linux('Ubuntu', 'Ubuntu Server 18.04 LTS', 'x86_64', '2022-06-14T08:00:00Z'),
  linux('Ubuntu', 'Ubuntu Server 20.04 LTS', 'x86_64', '2023-05-23T08:00:00Z'),
  linux('Ubuntu', 'Ubuntu Server 22.04 LTS', 'x86_64', '2024-03-15T08:00:00Z'),
  linux('Ubuntu', 'Ubuntu Server 22.04 LTS', 'arm', '2024-03-15T08:00:00Z'),
  linux('Ubuntu', 'Ubuntu Server 24.04 LTS', 'x86_64', '2024-09-10T08:00:00Z'),
  linux('Ubuntu', 'Ubuntu Server 24.04 LTS', 'arm', '2024-09-10T08:00:00Z'),
  linux('Debian', 'Debian 9.0', 'i386', '2021-04-20T08:00:00Z'),
  linux('Debian', 'Debian 10.2', 'x86_64', '2022-03-08T08:00:00Z'),
  linux('Debian', 'Debian 11.1', 'x86_64', '2023-01-17T08:00:00Z'),
  linux('Debian', 'Debian 12.0', 'x86_64', '2024-02-06T08:00:00Z'),
  linux('Rocky Linux', 'Rocky Linux 8.8', 'x86_64', '2023-08-29T08:00:00Z'),
  linux('Rocky Linux', 'Rocky Linux 9.2', 'x86_64', '2023-10-10T08:00:00Z'),
  linux('AlmaLinux', 'AlmaLinux 8.8', 'x86_64', '2023-08-29T08:00:00Z'),
  linux('AlmaLinux', 'AlmaLinux 9.2', 'x86_64', '2023-10-10T08:00:00Z'),
  windows('2016', 'zh', '2023-07-04T08:00:00Z'),
  windows('2016', 'en', '2023-07-04T08:00:00Z'),
  windows('2019', 'zh', '2024-01-09T08:00:00Z'),
  windows('2019', 'en', '2024-01-09T08:00:00Z'),
  windows('2022', 'zh', '2024-05-14T08:00:00Z'),
  windows('2022', 'en', '2024-05-14T08:00:00Z'),
];

/** Every ID the catalogues (public + marketplace) use; seeded custom images avoid them. */
const catalogueIds = new Set<string>();

/** Same ID in every region, as on the real platform. */
const publicIdByKey = new Map(publicCatalogue.map((s) => [s.key, idFor('img', `public:${s.key}`, catalogueIds)]));

function publicSpec(key: string): PublicSpec {
  const spec = publicCatalogue.find((s) => s.key === key);
  if (!spec) throw new Error(`seed: no public image ${key}`);
  return spec;
}

function publicId(key: string): string {
  return publicIdByKey.get(key)!;
}

function publicImage(s: PublicSpec): Image {
  return {
    ImageId: publicId(s.key),
    OsName: s.osName,
    ImageType: 'PUBLIC_IMAGE',
    CreatedTime: s.created,
    ImageName: s.imageName,
    ImageDescription: s.description,
    ImageSize: s.windows ? 50 : 20,
    Architecture: s.arch,
    ImageState: 'NORMAL',
    Platform: s.platform,
    ImageCreator: 'tencent',
    ImageSource: 'OFFICIAL',
    SyncPercent: null,
    IsSupportCloudinit: !s.windows,
    SnapshotSet: [],
    Tags: [],
    LicenseType: 'TencentCloud',
    ImageFamily: '',
    ImageDeprecated: s.deprecated,
    BootMode: s.arch === 'arm' ? 'UEFI' : 'Legacy BIOS',
    MarketInfo: null,
    CopiedFrom: null,
    SharedAccountCount: 0,
    FailureReason: null,
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const publicCache = new Map<string, Image[]>();

/**
 * The platform's images in a region (the same set in every known region; none in an
 * unknown one). Memoized and frozen: callers copy before changing anything.
 */
export function publicImages(regionId: string): Image[] {
  let list = publicCache.get(regionId);
  if (!list) {
    list = findRegion(regionId) ? deepFreeze(publicCatalogue.map(publicImage)) : deepFreeze([] as Image[]);
    publicCache.set(regionId, list);
  }
  return list;
}

// ---------------------------------------------------------------- marketplace images

const vendors = {
  tencent: { name: 'Tencent Cloud Marketplace', account: '1250000101' },
  bitnami: { name: 'Bitnami', account: '1250000102' },
  baota: { name: 'Baota (宝塔)', account: '1250000103' },
  dingyun: { name: 'Jiangsu Dingyun', account: '1250000104' },
  yunjie: { name: 'Shanghai Yunjie Technology', account: '1250000105' },
  lnmp: { name: 'Wuhan Yunzhan (LNMP.org)', account: '1250000106' },
  zhongke: { name: 'Beijing Zhongke Yunke', account: '1250000107' },
} as const;

interface MarketSpec {
  key: string;
  name: string;
  description: string;
  base: string;
  vendor: keyof typeof vendors;
  software: string[];
  price: Pick<MarketInfo, 'PriceMode' | 'Price'>;
  audited: boolean;
  size: number;
  /** Also listed outside the Chinese mainland. */
  global: boolean;
  created: string;
}

const FREE = { PriceMode: 'FREE', Price: 0 } as const;
const hourly = (Price: number) => ({ PriceMode: 'HOURLY', Price }) as const;
const monthly = (Price: number) => ({ PriceMode: 'MONTHLY', Price }) as const;

const marketCatalogue: readonly MarketSpec[] = [
  {
    key: 'wordpress',
    name: 'WordPress 6.5 (LNMP) on CentOS 7.9',
    description:
      "A ready-to-publish WordPress site on Nginx, PHP-FPM and MySQL, with HTTPS via Let's Encrypt in one command.",
    base: 'CentOS 7.9 x86_64',
    vendor: 'bitnami',
    software: ['WordPress 6.5', 'PHP 8.2', 'MySQL 8.0', 'Nginx 1.24'],
    price: FREE,
    audited: true,
    size: 20,
    global: true,
    created: '2024-05-20T08:00:00Z',
  },
  {
    key: 'lamp',
    name: 'LAMP stack (Apache, MySQL, PHP) on CentOS 7.9',
    description: 'Apache 2.4, MySQL 5.7 and PHP 7.4 tuned for small web sites, with phpMyAdmin.',
    base: 'CentOS 7.9 x86_64',
    vendor: 'dingyun',
    software: ['Apache 2.4', 'MySQL 5.7', 'PHP 7.4', 'phpMyAdmin 5.2'],
    price: hourly(0.2),
    audited: true,
    size: 20,
    global: true,
    created: '2023-11-02T08:00:00Z',
  },
  {
    key: 'lnmp',
    name: 'LNMP 2.0 (Nginx, MySQL, PHP) on Ubuntu 22.04',
    description: 'The LNMP one-click stack: Nginx, MySQL and PHP compiled for performance.',
    base: 'Ubuntu Server 22.04 LTS x86_64',
    vendor: 'lnmp',
    software: ['Nginx 1.24', 'MySQL 8.0', 'PHP 8.1'],
    price: FREE,
    audited: true,
    size: 20,
    global: false,
    created: '2024-02-27T08:00:00Z',
  },
  {
    key: 'docker-ce',
    name: 'Docker CE 26 on Ubuntu 22.04',
    description: 'Docker Engine Community Edition with Docker Compose, registry mirror preconfigured.',
    base: 'Ubuntu Server 22.04 LTS x86_64',
    vendor: 'tencent',
    software: ['Docker CE 26.1', 'Docker Compose 2.27'],
    price: FREE,
    audited: true,
    size: 20,
    global: true,
    created: '2024-06-11T08:00:00Z',
  },
  {
    key: 'docker-ce-arm',
    name: 'Docker CE 26 on Ubuntu 22.04 (ARM)',
    description: 'Docker Engine Community Edition for ARM (SR1) instances, with Docker Compose.',
    base: 'Ubuntu Server 22.04 LTS arm',
    vendor: 'tencent',
    software: ['Docker CE 26.1', 'Docker Compose 2.27'],
    price: FREE,
    audited: true,
    size: 20,
    global: false,
    created: '2024-06-11T08:00:00Z',
  },
  {
    key: 'nginx',
    name: 'Nginx 1.24 on Debian 12',
    description: 'A hardened Nginx web server and reverse proxy with sensible TLS defaults.',
    base: 'Debian 12.0 x86_64',
    vendor: 'bitnami',
    software: ['Nginx 1.24', 'OpenSSL 3.0'],
    price: FREE,
    audited: true,
    size: 20,
    global: true,
    created: '2024-04-16T08:00:00Z',
  },
  {
    key: 'nginx-arm',
    name: 'Nginx 1.24 on TencentOS Server 3.1 (ARM)',
    description: 'Nginx web server and reverse proxy built for ARM (SR1) instances.',
    base: 'TencentOS Server 3.1 (TK4) arm',
    vendor: 'bitnami',
    software: ['Nginx 1.24', 'OpenSSL 3.0'],
    price: FREE,
    audited: true,
    size: 20,
    global: false,
    created: '2024-04-16T08:00:00Z',
  },
  {
    key: 'java-tomcat',
    name: 'Java 17 + Tomcat 10 on CentOS 7.9',
    description: 'OpenJDK 17 and Apache Tomcat 10.1 as a system service, with the manager app locked down.',
    base: 'CentOS 7.9 x86_64',
    vendor: 'dingyun',
    software: ['OpenJDK 17', 'Tomcat 10.1', 'Maven 3.9'],
    price: monthly(39),
    audited: true,
    size: 20,
    global: true,
    created: '2024-01-23T08:00:00Z',
  },
  {
    key: 'discuz',
    name: 'Discuz! X3.5 forum on CentOS 7.9',
    description: 'The Discuz! community forum with its LNMP runtime, ready for the install wizard.',
    base: 'CentOS 7.9 x86_64',
    vendor: 'tencent',
    software: ['Discuz! X3.5', 'PHP 7.4', 'MySQL 5.7', 'Nginx 1.24'],
    price: FREE,
    audited: true,
    size: 20,
    global: false,
    created: '2023-12-05T08:00:00Z',
  },
  {
    key: 'vsftpd',
    name: 'FTP server (vsftpd) on CentOS 7.9',
    description: 'vsftpd with passive mode and per-user chroot set up; add users with one script.',
    base: 'CentOS 7.9 x86_64',
    vendor: 'yunjie',
    software: ['vsftpd 3.0'],
    price: hourly(0.05),
    audited: false,
    size: 20,
    global: false,
    created: '2023-09-19T08:00:00Z',
  },
  {
    key: 'nodejs',
    name: 'Node.js 20 LTS on Ubuntu 22.04',
    description: 'Node.js 20 LTS with npm, pnpm and PM2 for running web apps as services.',
    base: 'Ubuntu Server 22.04 LTS x86_64',
    vendor: 'bitnami',
    software: ['Node.js 20.14', 'npm 10.7', 'PM2 5.4'],
    price: FREE,
    audited: true,
    size: 20,
    global: true,
    created: '2024-06-25T08:00:00Z',
  },
  {
    key: 'django',
    name: 'Python 3.11 + Django 5 on Ubuntu 22.04',
    description: 'Django 5 behind Gunicorn and Nginx, with a virtualenv and PostgreSQL client.',
    base: 'Ubuntu Server 22.04 LTS x86_64',
    vendor: 'zhongke',
    software: ['Python 3.11', 'Django 5.0', 'Gunicorn 22', 'Nginx 1.24'],
    price: monthly(29),
    audited: true,
    size: 20,
    global: false,
    created: '2024-03-12T08:00:00Z',
  },
  {
    key: 'gitlab-ce',
    name: 'GitLab CE 17 on Ubuntu 22.04',
    description: 'Self-hosted GitLab Community Edition; needs at least 4 vCPU and 8 GB memory.',
    base: 'Ubuntu Server 22.04 LTS x86_64',
    vendor: 'bitnami',
    software: ['GitLab CE 17.0', 'PostgreSQL 14', 'Redis 7.0'],
    price: hourly(0.3),
    audited: true,
    size: 40,
    global: false,
    created: '2024-05-28T08:00:00Z',
  },
  {
    key: 'jenkins',
    name: 'Jenkins LTS on Debian 12',
    description: 'Jenkins LTS with the recommended plugins and OpenJDK 17.',
    base: 'Debian 12.0 x86_64',
    vendor: 'bitnami',
    software: ['Jenkins 2.452 LTS', 'OpenJDK 17', 'Git 2.39'],
    price: FREE,
    audited: true,
    size: 30,
    global: false,
    created: '2024-05-07T08:00:00Z',
  },
  {
    key: 'mysql',
    name: 'MySQL 8.0 on Rocky Linux 9.2',
    description: 'A tuned single-node MySQL 8.0 server with daily logical backups to local disk.',
    base: 'Rocky Linux 9.2 x86_64',
    vendor: 'tencent',
    software: ['MySQL 8.0'],
    price: hourly(0.1),
    audited: true,
    size: 20,
    global: false,
    created: '2024-02-13T08:00:00Z',
  },
  {
    key: 'redis',
    name: 'Redis 7.2 on Debian 12',
    description: 'Redis 7.2 with persistence and a password set on first boot.',
    base: 'Debian 12.0 x86_64',
    vendor: 'yunjie',
    software: ['Redis 7.2'],
    price: FREE,
    audited: false,
    size: 20,
    global: false,
    created: '2024-03-26T08:00:00Z',
  },
  {
    key: 'baota',
    name: 'Baota Linux panel 8 (宝塔面板) on CentOS 7.9',
    description: 'The Baota web hosting control panel: sites, databases, FTP and SSL from a browser.',
    base: 'CentOS 7.9 x86_64',
    vendor: 'baota',
    software: ['Baota panel 8.0', 'Nginx 1.24', 'MySQL 5.7', 'PHP 7.4'],
    price: FREE,
    audited: true,
    size: 20,
    global: false,
    created: '2024-04-02T08:00:00Z',
  },
  {
    key: 'magento',
    name: 'Magento Open Source 2.4 on Ubuntu 22.04',
    description: 'Magento Open Source e-commerce with Elasticsearch, Varnish and Redis caching.',
    base: 'Ubuntu Server 22.04 LTS x86_64',
    vendor: 'bitnami',
    software: ['Magento 2.4.7', 'PHP 8.2', 'MySQL 8.0', 'Elasticsearch 7.17'],
    price: monthly(99),
    audited: true,
    size: 40,
    global: false,
    created: '2024-06-04T08:00:00Z',
  },
  {
    key: 'aspnet',
    name: 'ASP.NET Core 8 + IIS on Windows Server 2019',
    description: 'IIS 10 with the ASP.NET Core 8 hosting bundle and Web Deploy, Chinese edition.',
    base: 'Windows Server 2019 zh',
    vendor: 'dingyun',
    software: ['IIS 10', 'ASP.NET Core 8.0', '.NET Framework 4.8', 'Web Deploy 4.0'],
    price: monthly(199),
    audited: true,
    size: 50,
    global: false,
    created: '2024-02-20T08:00:00Z',
  },
];

const marketIdByKey = new Map(marketCatalogue.map((m) => [m.key, idFor('img', `market:${m.key}`, catalogueIds)]));

function marketImage(m: MarketSpec): Image {
  const base = publicSpec(m.base);
  const vendor = vendors[m.vendor];
  return {
    ...publicImage(base),
    ImageId: marketIdByKey.get(m.key)!,
    ImageType: 'MARKET_IMAGE',
    CreatedTime: m.created,
    ImageName: m.name,
    ImageDescription: m.description,
    ImageSize: m.size,
    ImageCreator: vendor.account,
    ImageDeprecated: false,
    MarketInfo: { Vendor: vendor.name, Software: [...m.software], ...m.price, Audited: m.audited },
  };
}

const marketCache = new Map<string, Image[]>();

/**
 * Marketplace listings in a region: the full catalogue on the Chinese mainland, a handful
 * of global listings elsewhere, none in an unknown region. Memoized and frozen.
 */
export function marketImages(regionId: string): Image[] {
  let list = marketCache.get(regionId);
  if (!list) {
    const region = findRegion(regionId);
    const specs = region ? marketCatalogue.filter((m) => region.mainland || m.global) : [];
    list = deepFreeze(specs.map(marketImage));
    marketCache.set(regionId, list);
  }
  return list;
}

// ---------------------------------------------------------------- import OS list

// A type alias, not an interface, so it fits a `Record<string, unknown>` response body.
export type ImportImageOsList = {
  ImportImageOsListSupported: { Linux: string[]; Windows: string[] };
  ImportImageOsVersionSet: { OsName: string; OsVersions: string[]; Architecture: string[] }[];
};

const X86 = ['x86_64', 'i386'];
const X86_ARM = ['x86_64', 'i386', 'arm_64'];

/** What DescribeImportImageOs answers: the OS types and versions an import may declare. */
export const importImageOsList: ImportImageOsList = {
  ImportImageOsListSupported: {
    Linux: ['CentOS', 'Ubuntu', 'Debian', 'OpenSUSE', 'SUSE', 'CoreOS', 'FreeBSD', 'Redhat', 'Other Linux'],
    Windows: ['Windows Server 2008', 'Windows Server 2012', 'Windows Server 2016'],
  },
  ImportImageOsVersionSet: [
    { OsName: 'Windows Server 2008', OsVersions: ['-'], Architecture: X86 },
    { OsName: 'Windows Server 2012', OsVersions: ['-'], Architecture: X86 },
    { OsName: 'Windows Server 2016', OsVersions: ['-'], Architecture: X86 },
    { OsName: 'CentOS', OsVersions: ['5', '6', '7'], Architecture: X86_ARM },
    { OsName: 'CoreOS', OsVersions: ['7'], Architecture: X86 },
    { OsName: 'Debian', OsVersions: ['6', '7', '8', '9'], Architecture: X86_ARM },
    { OsName: 'FreeBSD', OsVersions: ['10'], Architecture: X86 },
    { OsName: 'Redhat', OsVersions: ['5', '6', '7'], Architecture: X86 },
    { OsName: 'OpenSUSE', OsVersions: ['11', '12'], Architecture: X86 },
    { OsName: 'SUSE', OsVersions: ['10', '11', '12', '13'], Architecture: X86 },
    { OsName: 'Ubuntu', OsVersions: ['10', '12', '14', '16'], Architecture: X86_ARM },
    { OsName: 'Other Linux', OsVersions: ['8'], Architecture: X86_ARM },
  ].map((o) => ({ ...o, Architecture: [...o.Architecture] })),
};

// ---------------------------------------------------------------- the seeded store

const A1 = '100000000001';
const A2 = '100000000002';
const A3 = '100000000003';

const VIRTIO_FAILURE = 'VirtioNotInstall: the virtio driver is not installed in the image';

interface CustomSpec {
  /** Local handle, to point shares and copies at it. */
  ref: string;
  owner: string;
  region: string;
  name: string;
  /** Key of the public image it was made from (OS, architecture, boot mode). */
  base: string;
  size: number;
  created: string;
  description?: string;
  source?: 'CREATE_IMAGE' | 'EXTERNAL_IMPORT';
  failure?: string;
  /** GB of a data disk captured with the system disk. */
  dataDisk?: number;
  copiedFrom?: string;
  tags?: { Key: string; Value: string }[];
}

const customSpecs: readonly CustomSpec[] = [
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
    failure: VIRTIO_FAILURE,
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
  },
  {
    ref: 'sh-payment',
    owner: A1,
    region: 'ap-shanghai',
    name: 'payment-gateway-ubuntu2004',
    base: 'Ubuntu Server 20.04 LTS x86_64',
    size: 40,
    created: '2025-02-11T10:15:00Z',
    description: 'Payment gateway service, PCI network rules baked in.',
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

const shareSpecs: readonly { ref: string; to: string[]; at: string }[] = [
  { ref: 'gz-web', to: [A2], at: '2025-01-10T08:00:00Z' },
  { ref: 'gz-app', to: [A2, A3], at: '2025-01-16T09:30:00Z' },
  { ref: 'a2-gz-api', to: [A1], at: '2024-12-05T06:00:00Z' },
  { ref: 'a2-gz-node', to: [A1], at: '2024-12-18T02:00:00Z' },
  { ref: 'a2-sh-etl', to: [A1], at: '2025-02-06T04:00:00Z' },
  { ref: 'a3-gz-lamp', to: [A1], at: '2024-11-15T07:45:00Z' },
  { ref: 'a3-sg-shop', to: [A1], at: '2025-02-20T01:30:00Z' },
];

interface InstanceSpec {
  owner: string;
  region: string;
  name: string;
  type: string;
  image: string;
  created: string;
  state?: InstanceState;
}

const instanceSpecs: readonly InstanceSpec[] = [
  {
    owner: A1,
    region: 'ap-guangzhou',
    name: 'web-01',
    type: 'S5.MEDIUM4',
    image: 'CentOS 7.9 x86_64',
    created: '2025-01-06T03:00:00Z',
  },
  {
    owner: A1,
    region: 'ap-guangzhou',
    name: 'app-01',
    type: 'SA5.LARGE8',
    image: 'Ubuntu Server 22.04 LTS x86_64',
    created: '2025-01-14T05:30:00Z',
  },
  {
    owner: A1,
    region: 'ap-guangzhou',
    name: 'build-arm-01',
    type: 'SR1.MEDIUM4',
    image: 'TencentOS Server 3.1 (TK4) arm',
    created: '2025-02-18T08:00:00Z',
  },
  {
    owner: A1,
    region: 'ap-shanghai',
    name: 'web-02',
    type: 'S5.MEDIUM4',
    image: 'CentOS 7.9 x86_64',
    created: '2025-01-09T06:00:00Z',
  },
  {
    owner: A1,
    region: 'ap-shanghai',
    name: 'mssql-01',
    type: 'S5.2XLARGE16',
    image: 'Windows Server 2019 en',
    created: '2025-02-02T02:10:00Z',
    state: 'STOPPED',
  },
  {
    owner: A1,
    region: 'ap-singapore',
    name: 'sg-web-01',
    type: 'SA5.MEDIUM4',
    image: 'Ubuntu Server 24.04 LTS x86_64',
    created: '2025-02-24T09:45:00Z',
  },
  {
    owner: A1,
    region: 'ap-hongkong',
    name: 'hk-proxy-01',
    type: 'S5.SMALL2',
    image: 'Debian 12.0 x86_64',
    created: '2025-03-01T04:20:00Z',
  },
  {
    owner: A2,
    region: 'ap-shanghai',
    name: 'partner-api-01',
    type: 'S5.LARGE8',
    image: 'Rocky Linux 8.8 x86_64',
    created: '2025-01-20T07:00:00Z',
  },
  {
    owner: A2,
    region: 'ap-shanghai',
    name: 'partner-worker-01',
    type: 'SA5.MEDIUM4',
    image: 'OpenCloudOS 9 x86_64',
    created: '2025-02-08T10:30:00Z',
  },
  {
    owner: A3,
    region: 'ap-singapore',
    name: 'reseller-web-01',
    type: 'S5.MEDIUM4',
    image: 'AlmaLinux 9.2 x86_64',
    created: '2025-02-16T12:15:00Z',
  },
];

/** IDs generated after the seed start from here (the store's counter). */
const SEED_SEQ = 1000;

/** A fresh copy of the demo data; each call returns new objects, equal to the last. */
export function seedStore(): StoreData {
  const taken = new Set(catalogueIds);
  const idByRef = new Map<string, string>();
  const regionByRef = new Map<string, string>();

  const images: StoredImage[] = customSpecs.map((c) => {
    const base = publicSpec(c.base);
    const id = idFor('img', `custom:${c.owner}:${c.region}:${c.name}`, taken);
    idByRef.set(c.ref, id);
    regionByRef.set(c.ref, c.region);
    const failed = c.failure !== undefined;
    const snapshots: Snapshot[] = failed
      ? []
      : [
          { SnapshotId: idFor('snap', `${id}:system`, taken), DiskUsage: 'SYSTEM_DISK', DiskSize: c.size },
          ...(c.dataDisk
            ? [
                {
                  SnapshotId: idFor('snap', `${id}:data`, taken),
                  DiskUsage: 'DATA_DISK' as const,
                  DiskSize: c.dataDisk,
                },
              ]
            : []),
        ];
    let copiedFrom: StoredImage['CopiedFrom'] = null;
    if (c.copiedFrom) {
      const sourceId = idByRef.get(c.copiedFrom);
      if (!sourceId) throw new Error(`seed: ${c.ref} is copied from ${c.copiedFrom}, which must come first`);
      copiedFrom = { ImageId: sourceId, Region: regionByRef.get(c.copiedFrom)! };
    }
    return {
      ImageId: id,
      OsName: base.osName,
      CreatedTime: c.created,
      ImageName: c.name,
      ImageDescription: c.description ?? '',
      ImageSize: c.size,
      Architecture: base.arch,
      Platform: base.platform,
      ImageCreator: c.owner,
      ImageSource: c.source ?? 'CREATE_IMAGE',
      IsSupportCloudinit: !base.windows,
      SnapshotSet: snapshots,
      Tags: (c.tags ?? []).map((t) => ({ ...t })),
      LicenseType: 'TencentCloud',
      ImageFamily: '',
      ImageDeprecated: false,
      BootMode: base.arch === 'arm' ? 'UEFI' : 'Legacy BIOS',
      MarketInfo: null,
      CopiedFrom: copiedFrom,
      FailureReason: c.failure ?? null,
      Region: c.region,
      OwnerId: c.owner,
      BaseState: failed ? 'IMPORTFAILED' : 'NORMAL',
      Task: null,
    };
  });

  const shares: Record<string, SharePermission[]> = {};
  for (const s of shareSpecs) {
    const id = idByRef.get(s.ref);
    if (!id) throw new Error(`seed: share of unknown image ${s.ref}`);
    shares[id] = s.to.map((AccountId) => ({ AccountId, CreatedTime: s.at }));
  }

  const instances: StoredInstance[] = instanceSpecs.map((s) => {
    const type = findInstanceType(s.type);
    const region = findRegion(s.region);
    if (!type || !region) throw new Error(`seed: bad instance ${s.name}`);
    const image = publicSpec(s.image);
    const id = idFor('ins', `${s.owner}:${s.region}:${s.name}`, taken);
    const zones = region.zones.filter((z) => z.ZoneState === 'AVAILABLE');
    const pick = mulberry32(hashString(`zone:${id}`));
    const zone = zones[Math.floor(pick() * zones.length)]!;
    return {
      InstanceId: id,
      InstanceName: s.name,
      InstanceType: type.InstanceType,
      CPU: type.CPU,
      Memory: type.Memory,
      InstanceState: s.state ?? 'RUNNING',
      Placement: { Zone: zone.Zone },
      ImageId: publicId(image.key),
      OsName: image.osName,
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskId: idFor('disk', `${id}:system`, taken), DiskSize: 50 },
      DataDisks: [],
      InstanceChargeType: 'POSTPAID_BY_HOUR',
      CreatedTime: s.created,
      Architecture: type.Architecture,
      Region: s.region,
      OwnerId: s.owner,
      LaunchedAt: 0,
    };
  });

  return { version: STORE_VERSION, seq: SEED_SEQ, images, shares, instances };
}
