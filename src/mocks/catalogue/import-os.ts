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
