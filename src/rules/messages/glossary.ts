// The console's terms in both languages, as Tencent Cloud's own console and documentation use them.
// Translators read it before writing a message; tests read it to check that a Chinese message says
// a term the way this list does whenever its English source uses the term. Framework-free (the
// API's messages use these terms too). Accessible names the tests rely on are marked `name`.

export interface Term {
  /** The English term, lower case unless it is a proper name or a control's name. */
  en: string;
  zh: string;
  /** A control, heading or tab whose accessible name is part of the UI contract (DESIGN.md). */
  name?: true;
  note?: string;
}

export const glossary: readonly Term[] = [
  // Sources of images (the four tabs; DESIGN.md names them).
  { en: 'image', zh: '镜像' },
  { en: 'Public images', zh: '公共镜像', name: true },
  { en: 'Custom images', zh: '自定义镜像', name: true },
  { en: 'Shared images', zh: '共享镜像', name: true },
  { en: 'Marketplace images', zh: '镜像市场', name: true, note: 'The purchase page tab; a listing is 市场镜像.' },
  { en: 'public image', zh: '公共镜像' },
  { en: 'custom image', zh: '自定义镜像' },
  { en: 'shared image', zh: '共享镜像' },
  { en: 'marketplace image', zh: '市场镜像' },
  // Location.
  { en: 'Region', zh: '地域', name: true },
  { en: 'availability zone', zh: '可用区' },
  { en: 'zone', zh: '可用区' },
  { en: 'Chinese mainland', zh: '中国大陆' },
  { en: 'outside the Chinese mainland', zh: '中国大陆以外' },
  { en: 'finance region', zh: '金融专区' },
  // Who.
  { en: 'Account', zh: '账号', name: true },
  { en: 'account ID', zh: '账号 ID' },
  { en: 'root account', zh: '主账号' },
  { en: 'vendor', zh: '服务商' },
  // Image operations (dialog titles are names).
  { en: 'Share image', zh: '共享镜像', name: true, note: 'Dialog title; the verb alone is 共享.' },
  { en: 'share', zh: '共享' },
  { en: 'Cancel sharing', zh: '取消共享', name: true },
  { en: 'Copy image', zh: '复制镜像', name: true, note: 'Tencent calls the operation 跨地域复制 (cross-region copy).' },
  { en: 'copy', zh: '复制' },
  { en: 'Create custom image', zh: '创建自定义镜像', name: true },
  { en: 'Import image', zh: '导入镜像', name: true },
  { en: 'Export image', zh: '导出镜像', name: true },
  { en: 'export', zh: '导出' },
  { en: 'bucket', zh: '存储桶', note: 'An object-storage (COS) bucket, named <name>-<APPID>.' },
  { en: 'object storage', zh: '对象存储' },
  { en: 'Edit image', zh: '编辑镜像', name: true },
  { en: 'Delete image', zh: '删除镜像', name: true },
  { en: 'Edit tags', zh: '编辑标签', name: true },
  { en: 'quota', zh: '配额' },
  // Image fields.
  { en: 'image ID', zh: '镜像 ID' },
  { en: 'operating system', zh: '操作系统' },
  { en: 'architecture', zh: '架构' },
  { en: 'state', zh: '状态' },
  { en: 'size', zh: '容量' },
  { en: 'created', zh: '创建时间' },
  { en: 'description', zh: '描述' },
  { en: 'snapshot', zh: '快照' },
  { en: 'tag', zh: '标签' },
  { en: 'image family', zh: '镜像族' },
  { en: 'deprecated', zh: '已弃用' },
  { en: 'Lineage', zh: '镜像谱系', name: true },
  // What a change touches (the Delete dialog's sections and its checkbox; the details page says them too).
  { en: 'Instances launched from this image', zh: '使用此镜像创建的实例', name: true },
  { en: 'Copies in other regions', zh: '其他地域的副本', name: true },
  { en: 'Snapshots', zh: '快照', name: true },
  { en: 'Also delete the snapshots', zh: '同时删除关联快照', name: true, note: 'DeleteImages with DeleteBindedSnap.' },
  // Image states (ImageState).
  { en: 'Normal', zh: '正常' },
  { en: 'Creating', zh: '创建中' },
  { en: 'Copying', zh: '复制中' },
  { en: 'Importing', zh: '导入中' },
  { en: 'Creation failed', zh: '创建失败' },
  { en: 'Import failed', zh: '导入失败' },
  // Instances and the wizard.
  { en: 'instance', zh: '实例' },
  {
    en: 'Create instance',
    zh: '创建实例',
    name: true,
    note: 'The wizard heading; also the row action "Launch instance".',
  },
  { en: 'Launch instance', zh: '创建实例', name: true },
  { en: 'Launch', zh: '立即购买', name: true, note: "The wizard's final button, as on Tencent Cloud's purchase page." },
  { en: 'instance type', zh: '实例规格' },
  { en: 'system disk', zh: '系统盘' },
  { en: 'data disk', zh: '数据盘' },
  { en: 'pay-as-you-go', zh: '按量计费' },
  { en: 'vCPU', zh: '核', note: 'As the purchase page counts CPUs (2核4GB); "per vCPU per hour" is /核/小时.' },
  { en: 'free', zh: '免费' },
  // The console itself.
  { en: 'Language', zh: '语言', name: true },
  { en: 'Settings', zh: '设置', name: true },
  { en: 'More actions', zh: '更多操作', name: true },
  { en: 'Refresh', zh: '刷新', name: true },
  { en: 'Copy ID', zh: '复制 ID', name: true },
  { en: 'Columns', zh: '列设置', name: true },
  { en: 'Go to ID', zh: '跳转到 ID', name: true },
  { en: 'Reset demo data', zh: '重置演示数据', name: true },
  { en: 'Favourite', zh: '收藏', name: true },
  { en: 'Favourites', zh: '收藏', name: true },
  { en: 'Recent', zh: '最近使用', name: true },
  { en: 'Compatible only', zh: '仅显示兼容镜像', name: true },
  { en: 'Search images', zh: '搜索镜像', name: true },
  { en: 'Group by family', zh: '按镜像族分组', name: true },
  { en: 'No family', zh: '无镜像族' },
];
