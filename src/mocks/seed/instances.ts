import type { InstanceState } from '../../rules/instances.ts';
import { A1, A2, A3 } from './custom-images.ts';

// The demo accounts' instances (seed-store.ts gives them IDs, zones and disks).

export interface InstanceSpec {
  owner: string;
  region: string;
  name: string;
  type: string;
  image: string;
  created: string;
  state?: InstanceState;
}

export const instanceSpecs: readonly InstanceSpec[] = [
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
