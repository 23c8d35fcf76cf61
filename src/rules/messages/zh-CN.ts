import type { Catalogue } from './params.ts';

// The Chinese text of every message, as ICU MessageFormat over the same parameters as ./en.ts.
// Written in the register of Tencent Cloud's own API errors (the CVM error codes' Chinese wording in
// its SDKs: short, "请…" for what to do, "不支持…" for what cannot be done), with the console's terms as
// ./glossary.ts lists them. Chinese has no plural forms: a count takes a measure word (个, 项), and a
// plural keeps only exact (`=1`) and `other` branches. Full-width punctuation; a space between Chinese
// and Latin letters or digits, none around a region's Chinese name.

const imageAction =
  '{action, select, share {共享} copy {复制} launch {用于创建实例} edit {编辑} delete {删除} other {使用}}';
const ownerAction = '{action, select, edit {编辑} delete {删除} other {修改}}';

export const zhCN: Catalogue = {
  'image.idMalformed': '镜像 ID 格式不正确：应为“img-”加 8 位小写字母或数字，例如 img-9qabwvbn。',
  'instance.idMalformed': '实例 ID 格式不正确：应为“ins-”加 8 位小写字母或数字，例如 ins-2zvpghhk。',
  'account.empty': '账号 ID 不能为空。',
  'account.notDigits': '账号 ID“{id}”只能包含数字。',
  'account.malformed': '账号 ID“{id}”应为 {min} 到 {max} 位数字的主账号 ID，且不能以 0 开头。',
  'account.malformedAny': '账号 ID 应为 {min} 到 {max} 位数字的主账号 ID，且不能以 0 开头。',
  'name.required': '请填写镜像名称（{min} 到 {max} 个字符）。',
  'name.tooLong': '镜像名称最多 {max} 个字符（当前 {length} 个）。',
  'name.duplicate': '您在该地域已有名为“{name}”的镜像，请使用其他名称。',
  'description.tooLong': '镜像描述最多 {max} 个字符（当前 {length} 个）。',
  'description.tooLongShort': '镜像描述最多 {max} 个字符。',

  'param.unknown': '此接口不识别参数 `{name}`。',
  'param.missing': '请求缺少必填参数 `{name}`。',
  'param.wrongType':
    '参数 `{name}` 应为{expected, select, int {整数} array {数组} object {对象} record {对象} string {字符串} number {数字} boolean {布尔值} other {{expected} 类型}}，而不是{actual, select, null {null} array {数组} object {对象} string {字符串} number {数字} boolean {布尔值} other {{actual} 类型}}。',
  'param.notOneOf': '参数 `{name}` 的取值必须是以下之一：{values}。',
  'param.tooManyItems': '参数 `{name}` 最多包含 {max} 项。',
  'param.tooLong': '参数 `{name}` 最多 {max} 个字符。',
  'param.tooLarge': '参数 `{name}` 不能大于 {max}。',
  'param.tooFewItems': '参数 `{name}` 至少需要 {min} 项。',
  'param.empty': '参数 `{name}` 不能为空。',
  'param.tooSmall': '参数 `{name}` 不能小于 {min}。',
  'param.invalid': '参数 `{name}` 的取值无效。',

  'filters.tooMany': '每个请求最多 {max} 个过滤条件（当前 {count} 个）。',
  'filters.unknown': '不支持过滤条件“{name}”；支持的过滤条件：{supported}。',
  'filters.tooManyValues': '过滤条件“{name}”最多取 {max} 个值（当前 {count} 个）。',
  'filters.noValues': '过滤条件“{name}”至少需要一个值。',
  'search.tooLong': '搜索内容最多 {max} 个字符（当前 {length} 个）。',
  'paging.offset': 'Offset 不能小于 0。',
  'paging.limit': 'Limit 的取值范围为 1 到 {max}。',

  'images.idsWithFilters': '不能同时指定 ImageIds 和 Filters。',
  'createImage.oneSource': '请在 InstanceId 和 SnapshotIds 中指定且仅指定一个：用来制作镜像的实例。',
  'image.creating': `镜像仍在创建中，待状态变为正常后才能${imageAction}。`,
  'image.importing': `镜像仍在导入中，待状态变为正常后才能${imageAction}。`,
  'image.syncing': `镜像仍在复制中，待状态变为正常后才能${imageAction}。`,
  'image.createFailed': `镜像创建失败，无法${imageAction}；请删除后重新创建。`,
  'image.importFailed': `镜像导入失败，无法${imageAction}；请删除后重新导入镜像文件。`,
  'image.normal': '镜像状态正常。',
  'image.copyingTo': `镜像正在复制到其他 {count} 个地域，待复制完成后才能${imageAction}。`,
  'image.publicNotOwn': `公共镜像不能${ownerAction}，只有您自己的自定义镜像可以。`,
  'image.marketNotOwn': `市场镜像不能${ownerAction}，只有您自己的自定义镜像可以。`,
  'image.sharedNotOwn': `该镜像由其他账号共享给您，不能${ownerAction}，只有镜像所有者可以。`,
  'image.foreign': '该镜像属于其他账号。',
  'image.sharedNoEdit': '其他账号共享给您的镜像不能重命名或编辑。',
  'image.inShared': '删除前，请先对 {count} 个账号取消共享。',
  'quota.exceeded':
    '{region}地域已使用 {used}/{quota} 个自定义镜像配额；{adding, plural, =1 {请删除一个镜像以腾出配额} other {再增加 # 个将超出配额}}。',
  'import.osType': '不支持导入操作系统类型“{os}”，请从以下类型中选择：{supported}。',
  'import.osVersion': '不支持导入 {os} 版本“{version}”，请从以下版本中选择：{supported}。',
  'import.architecture': '{os} 镜像仅支持导入 {architectures} 架构。',
  'import.urlNotUrl':
    '镜像文件 URL 必须是完整的 URL，例如 https://bucket-1250000000.cos.ap-guangzhou.myqcloud.com/image.qcow2。',
  'import.urlNotCos': '镜像文件 URL 必须指向 COS 存储桶：https://<bucket>-<appid>.cos.<region>.myqcloud.com/<file>。',
  'import.bucketRegion': '存储桶位于{bucketRegion}，但只能从{region}地域的存储桶导入镜像。',
  'import.format': '镜像文件必须是 .raw、.vhd、.qcow2、.vmdk 或 .iso 格式。',
  'import.isoNeedsForce': 'ISO 文件必须开启强制导入。',

  'tag.empty': '请填写标签{part, select, key {键} other {值}}（1 到 {max} 个字符）。',
  'tag.tooLong': '标签{part, select, key {键} other {值}}最多 {max} 个字符（当前 {length} 个）。',
  'tag.spaces': '标签{part, select, key {键} other {值}}“{text}”不能以空格开头或结尾。',
  'tag.characters': '标签{part, select, key {键} other {值}}“{text}”只能包含中英文字符、数字、空格和 {punctuation}。',
  'tag.reserved': '以“{prefix}”开头的标签键为系统预留标签键，请使用其他标签键。',
  'tags.tooMany': '一个资源最多绑定 {max} 个标签（当前 {count} 个）。',
  'tags.duplicateKey': '标签键“{key}”重复；同一资源的一个标签键只能对应一个标签值。',
  'tags.resourceType': '此接口为“{expected}”类型的资源绑定标签，不支持“{given}”。',
  'share.public': '公共镜像已对所有账号可用，只有您自己的自定义镜像可以共享。',
  'share.market': '市场镜像已对所有账号可用，只有您自己的自定义镜像可以共享。',
  'share.sharedWithYou': '该镜像由其他账号共享给您，只有镜像所有者可以共享。',
  'share.byol': '自带许可（BYOL）镜像不支持共享。',
  'share.listedTwice': '账号 {accountId} 重复填写。',
  'share.yourself': '不能将镜像共享给您自己的账号。',
  'share.already': '镜像已共享给账号 {accountId}。',
  'share.notSharedWith': '镜像未共享给账号 {accountId}。',
  'share.noSuchAccount': '账号 {accountId} 不存在，请检查主账号 ID。',
  'share.overLimit':
    '一个镜像最多共享给 {max} 个账号：已共享 {current} 个 + 新增 {adding} 个 = {total} 个，请移除 {excess} 个。',
  'share.manyRefused': '{first}（共 {count} 个账号 ID 有问题：{accountIds}）',
  'share.ownerOnlyList': '只有自定义镜像的所有者才能查看其共享对象。',

  'copy.oneImage': 'SyncImages 每次只能复制一个镜像（当前 {count} 个），请为每个镜像分别调用。',
  'copy.public': '公共镜像在每个地域都已提供，只有您自己的自定义镜像可以复制。',
  'copy.market': '市场镜像不支持复制，只有您自己的自定义镜像可以复制。',
  'copy.shared': '共享给您的镜像不支持复制；请联系镜像所有者将其复制到您需要的地域，再共享给您。',
  'copy.ownRegion': '这是镜像所在的地域，请选择其他地域作为复制目标。',
  'copy.fromFinance': '金融专区的镜像只能复制到其他金融专区，不能复制到{region}。',
  'copy.toFinance': '{region}为金融专区，只有金融专区的镜像可以复制到该地域。',
  'copy.fromMainland': '不支持将镜像从中国大陆复制到中国大陆以外的{region}。',
  'copy.toMainland': '不支持将镜像从中国大陆以外复制到中国大陆的{region}。',
  'copy.nameTaken': '您在{region}已有名为“{name}”的镜像，请为复制的镜像另取名称。',
  'copy.listedTwice': '地域 {region} 重复填写。',
  'copy.encrypted': '不支持复制为加密镜像。',
  'region.notFound': '地域“{region}”不存在。',

  'disk.range': '系统盘容量必须在 {min} 到 {max} GB 之间。',
  'disk.tooSmall': '系统盘容量不能小于镜像容量 {imageSize} GB（当前 {size} GB）。',
  'instance.nameLength': '实例名称长度必须为 1 到 {max} 个字符。',
  'instance.countRange': '实例数量必须在 1 到 {max} 之间。',
  'instance.quota':
    '您在 {zone} 已有 {used}/{quota} 个实例，{left, plural, =0 {无法在该可用区继续创建，请选择其他可用区} other {最多还能创建 # 个，而不是 {adding} 个}}。',
  'instance.nameTooLongForCount':
    '批量创建 {count} 个实例时，实例名称最多 {max} 个字符，以便加上“-1”到“-{count}”后不超过 {limit} 个字符。',
  'instance.notImageable':
    '实例 {instanceId} 当前状态为{state, select, PENDING {创建中} LAUNCH_FAILED {创建失败} STARTING {开机中} STOPPING {关机中} REBOOTING {重启中} SHUTDOWN {停止待销毁} TERMINATING {销毁中} other {繁忙}}；只能使用运行中或已关机的实例制作镜像。',
  'instance.notFound': '在 {region} 中未找到实例 {instanceId}。',
  'instanceType.notSold': '{where} 不售卖实例规格 {instanceType}，请选择其他规格。',
  'launch.wrongArchitecture':
    '该{architecture, select, x86_64 {64 位 x86} i386 {32 位 x86} arm {ARM} other {{architecture}}}镜像无法在 {instanceType} 上运行，该实例规格为{typeArchitecture, select, arm {ARM} other {64 位 x86}}架构。',
  'zone.notInRegion': '可用区 {zone} 不属于地域 {region}。',
  'zone.soldOut': '{zone} 已售罄，请选择其他可用区。',
  'wizard.chooseZone': '请选择可用区。',
  'wizard.chooseType': '请选择实例规格。',
  'wizard.chooseImage': '请选择镜像。',
  'wizard.imageMissing':
    '镜像 {imageId} 在{region}不可用（镜像只属于一个地域，共享镜像也可能已被撤销共享）。请选择其他镜像。',
  'wizard.imageLoading': '正在加载所选镜像…',
  'wizard.imageFirst': '请先选择镜像（第 3 步）。',
  'wizard.diskEmpty': '请输入系统盘容量（GB）。',

  'storage.unreadable':
    '{what, select, store {保存的演示数据} operations {保存的操作列表} account {保存的账号} other {保存的地域}}无法读取，{what, select, store {已加载新的演示数据} operations {操作列表已清空} account {已登录默认账号} other {已显示默认地域}}。{kept, select, yes {无法读取的副本保存在此浏览器的本地存储中，键名为“{key}”。} other {浏览器存储空间不足，未能保存副本。}}',
  'storage.entriesSetAside':
    '{what, select, store {演示数据} other {操作列表}}中有 {count} 项保存的内容无法读取，已略过，其余内容均已保留。{kept, select, yes {无法读取的内容保存在此浏览器的本地存储中，键名为“{key}”。} other {浏览器存储空间不足，未能保存其副本。}}',
  'request.nameTooLong': '参数名 `{name}` 超过 {max} 个字符。',
  'request.tooDeep': '参数 `{name}` 的对象和数组嵌套超过 {max} 层。',
  'request.tooManyItems': '参数 `{name}` 有 {count} 项；任何参数最多接受 {max} 项。',
  'request.tooManyValues': '请求包含的值超过 {max} 个（在 `{name}` 处超出限制）。',
  'request.badName': '`{name}` 不是有效的参数名。',
  'request.leadingZeros': '`{name}`：下标不能有前导零。',
  'request.indexOutOfRange': '参数 `{name}` 超出范围：任何参数最多接受 {max} 项（下标 0 到 {last}）。',
  'request.conflict': '参数 `{name}` 重复出现，或同时作为值和列表或结构出现。',
  'request.indexGap': '缺少参数 `{name}`，但给出了 `{given}`：列表下标必须从 0 开始连续编号。',
  'api.noSuchVersion': 'API 版本 {version} 不存在，请使用 {expected}。',
  'api.missingHeader': '请求缺少 {header} 请求头。',
  'api.noSuchAction': 'CVM {version} 中不存在接口 {action}。',
  'api.noSuchAccount': '账号 {accountId} 不存在。',
  'api.noSuchRegion': '地域 {region} 不存在。',
  'api.bodyNotJson': '请求体不是有效的 JSON。',
  'api.bodyNotObject': '请求体必须是由接口参数组成的 JSON 对象。',
  'api.dryRun': '请求将会成功，但设置了 DryRun 参数，因此未做任何更改。',
  'api.internal': '内部错误：{detail}',
  'api.storageFull': '演示数据已超出此浏览器本地存储的容量，未做任何更改；请删除部分镜像，或重置演示数据。',
  'image.notFound': '在 {region} 中未找到镜像 {imageId}。',
  'createImage.noSnapshot': '快照 {snapshotId} 不存在。',
  'createImage.rootDisk': '{diskId} 是系统盘，请只填写数据盘。',
  'createImage.diskNotAttached': '云硬盘 {diskId} 未挂载到实例 {instanceId}。',
  'delete.refused': '{imageId}：{reason}',

  'fee.free': '免费',
  'fee.freeFromVendor': '免费（{vendor}）',
  'fee.vendorPerHour': '{vendor}：{price}/小时',
  'fee.vendorPerMonth': '{vendor}：{price}/月',
  'fee.windowsLicence': '中国大陆以外地域的 Windows 许可费：{price}/核/小时',
  'price.perHour': '{price}/小时',
  'price.perMonth': '{price}/月',
  'price.perVcpuHour': '{price}/核/小时',
};
