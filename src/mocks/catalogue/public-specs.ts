import type { Architecture, Image } from '../../rules/images.ts';

// The platform's public images: one spec per image, the same set in every region. The API's
// Image objects are built from them in images.ts; seeded custom images and instances name
// their base image by `key`.

export interface PublicSpec {
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

export const publicSpecs: readonly PublicSpec[] = [
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

/** Boot mode of an image of this architecture (ARM boots with UEFI). */
export function bootMode(arch: Architecture): Image['BootMode'] {
  return arch === 'arm' ? 'UEFI' : 'Legacy BIOS';
}

export function publicSpec(key: string): PublicSpec {
  const spec = publicSpecs.find((s) => s.key === key);
  if (!spec) throw new Error(`seed: no public image ${key}`);
  return spec;
}
