import type { Catalogue } from './params.ts';

// The English text of every message, as ICU MessageFormat over the parameters declared in ./params.ts.
// Plurals and choices are ICU `plural` and `select`; every `select` needs an `other` branch, even
// where the parameter's type leaves it unreachable. A count of things is a plural ("1 item", "2
// items"); a limit or size quoted as a programmer compares it stays as is ("1024 characters",
// "1024 GB", "more than 5000 values"), ungrouped.

const imageAction =
  '{action, select, share {shared} copy {copied} launch {launched} edit {edited} delete {deleted} export {exported} other {used}}';
const ownerAction = '{action, select, edit {edited} delete {deleted} other {changed}}';

export const en: Catalogue = {
  'image.idMalformed': 'Image ID must be "img-" followed by 8 lowercase letters or digits, such as img-9qabwvbn.',
  'instance.idMalformed': 'Instance ID must be "ins-" followed by 8 lowercase letters or digits, such as ins-2zvpghhk.',
  'account.empty': 'Account ID is empty.',
  'account.notDigits': 'Account ID "{id}" must contain digits only.',
  'account.malformed': 'Account ID "{id}" must be a root account ID of {min} to {max} digits, not starting with 0.',
  'account.malformedAny': 'Account ID must be a root account ID of {min} to {max} digits, not starting with 0.',
  'name.required': 'Image name is required ({min} to {max} characters).',
  'name.tooLong': 'Image name must be at most {max} characters (it has {length}).',
  'name.duplicate': 'You already have an image named "{name}" in this region; choose another name.',
  'description.tooLong': 'Image description must be at most {max} characters (it has {length}).',
  'description.tooLongShort': 'Image description must be at most {max} characters.',
  'family.tooLong': 'Image family must be at most {max} characters (it has {length}).',
  'family.format':
    'Image family "{family}" must start with a letter and hold only letters, digits, hyphens (-), underscores (_) and dots (.).',

  'param.unknown': 'The parameter `{name}` is not recognized by this action.',
  'param.missing': 'The request is missing the required parameter `{name}`.',
  'param.wrongType':
    'The parameter `{name}` must be {expected, select, int {an integer} array {an array} object {an object} record {an object} other {a {expected}}}, not {actual, select, null {null} array {an array} object {an object} other {a {actual}}}.',
  'param.notWhole': 'The parameter `{name}` must be a whole number (got {value}).',
  'param.notOneOf': 'The parameter `{name}` must be one of {values}.',
  'param.tooManyItems': 'The parameter `{name}` accepts at most {max, plural, one {# item} other {# items}}.',
  'param.tooLong': 'The parameter `{name}` must be at most {max} characters.',
  'param.tooLarge': 'The parameter `{name}` must be at most {max}.',
  'param.tooFewItems': 'The parameter `{name}` needs at least {min, plural, one {# item} other {# items}}.',
  'param.empty': 'The parameter `{name}` must not be empty.',
  'param.tooSmall': 'The parameter `{name}` must be at least {min}.',
  'param.invalid': 'The parameter `{name}` is invalid.',

  'filters.tooMany': 'At most {max, plural, one {# filter} other {# filters}} per request (got {count}).',
  'filters.unknown': 'Unknown filter "{name}"; supported filters: {supported}.',
  'filters.tooManyValues': 'Filter "{name}" takes at most {max, plural, one {# value} other {# values}} (got {count}).',
  'filters.noValues': 'Filter "{name}" needs at least one value.',
  'search.tooLong': 'Search for at most {max} characters (this search has {length}).',
  'paging.offset': 'Offset must be 0 or more.',
  'paging.limit': 'Limit must be between 1 and {max}.',

  'images.idsWithFilters': 'ImageIds and Filters cannot be specified at the same time.',
  'createImage.oneSource': 'Specify exactly one of InstanceId and SnapshotIds: the instance to make the image from.',
  'image.creating': `The image is still being created; it can be ${imageAction} once it is normal.`,
  'image.importing': `The image is still being imported; it can be ${imageAction} once it is normal.`,
  'image.syncing': `The image is still being copied; it can be ${imageAction} once it is normal.`,
  'image.createFailed': `Creating the image failed, so it cannot be ${imageAction}; delete it and create it again.`,
  'image.importFailed': `Importing the image failed, so it cannot be ${imageAction}; delete it and import the file again.`,
  'image.normal': 'The image is normal.',
  'image.copyingTo': `The image is being copied to {count, plural, one {# other region} other {# other regions}}; it can be ${imageAction} once the copies are done.`,
  'image.exporting': `The image is being exported to object storage ({count, plural, one {# task} other {# tasks}}); it can be ${imageAction} once the export is done.`,
  'image.publicNotOwn': `Public images cannot be ${ownerAction}; only your own custom images can.`,
  'image.marketNotOwn': `Marketplace images cannot be ${ownerAction}; only your own custom images can.`,
  'image.sharedNotOwn': `This image is shared with you by another account, so it cannot be ${ownerAction}; only its owner can.`,
  'image.foreign': 'The image belongs to another account.',
  'image.sharedNoEdit': 'Images shared with you by another account cannot be renamed or edited.',
  'image.inShared': 'Cancel sharing with {count, plural, one {# account} other {# accounts}} before deleting.',
  'quota.exceeded':
    '{used} of {quota} custom images used in {region}; {adding, plural, =1 {delete one to make room} other {# more would exceed the quota}}.',
  'import.osType': 'OS type "{os}" cannot be imported; choose one of {supported}.',
  'import.osVersion': '{os} version "{version}" cannot be imported; choose one of {supported}.',
  'import.architecture': '{os} images can be imported for {architectures} only.',
  'import.urlTooLong': 'Image file URL must be at most {max} characters (it has {length}).',
  'import.urlNotUrl':
    'Image file URL must be a full URL, such as https://bucket-1250000000.cos.ap-guangzhou.myqcloud.com/image.qcow2.',
  'import.urlNotCos':
    'Image file URL must point to a COS bucket: https://<bucket>-<appid>.cos.<region>.myqcloud.com/<file>.',
  'import.bucketRegion': 'The bucket is in {bucketRegion}, but images can only be imported from a bucket in {region}.',
  'import.format': 'Image file must be a .raw, .vhd, .qcow2, .vmdk or .iso file.',
  'import.isoNeedsForce': 'ISO files must be imported with forced import turned on.',

  'tag.empty': 'A tag {part, select, key {key} other {value}} is required (1 to {max} characters).',
  'tag.tooLong': 'A tag {part, select, key {key} other {value}} must be at most {max} characters (it has {length}).',
  'tag.spaces': 'Tag {part, select, key {key} other {value}} "{text}" must not start or end with a space.',
  'tag.characters':
    'Tag {part, select, key {key} other {value}} "{text}" may contain letters, digits, spaces and {punctuation} only.',
  'tag.reserved': 'Tag keys starting with "{prefix}" are reserved for Tencent Cloud; choose another key.',
  'tags.tooMany': 'A resource can have at most {max} tags (got {count}).',
  'tags.duplicateKey': 'Tag key "{key}" is given more than once; a key has one value per resource.',
  'tags.resourceType': 'This action tags resources of type "{expected}", not "{given}".',
  'tags.deleteAndReplace':
    'Tag key "{key}" is both replaced and deleted; name it in ReplaceTags or DeleteTags, not both.',
  'tagResource.malformed':
    'Resource "{resource}" is not the six-segment name of an image: qcs::cvm:<region>:uin/<account ID>:image/<image ID>.',
  'tagResource.otherAccount': "Resource names account {accountId}; you can tag only your own account's images.",

  'share.public': 'Public images are available to every account already; only your own custom images can be shared.',
  'share.market':
    'Marketplace images are available to every account already; only your own custom images can be shared.',
  'share.sharedWithYou': 'This image is shared with you by another account; only its owner can share it.',
  'share.byol': 'BYOL (bring your own licence) images cannot be shared.',
  'share.listedTwice': 'Account {accountId} is listed twice.',
  'share.yourself': 'You cannot share an image with your own account.',
  'share.already': 'The image is already shared with account {accountId}.',
  'share.notSharedWith': 'The image is not shared with account {accountId}.',
  'share.noSuchAccount': 'No account {accountId} exists; check the root account ID.',
  'share.overLimit':
    'An image can be shared with at most {max} accounts: {current} already + {adding} new = {total}. Remove {excess}.',
  'share.manyRefused':
    '{first} ({count, plural, one {# account ID has a problem} other {# account IDs have problems}}: {accountIds})',
  'share.ownerOnlyList': 'Only the owner of a custom image can see whom it is shared with.',

  'copy.oneImage': 'SyncImages copies one image per call (got {count}); send one call per image.',
  'copy.public': 'Public images are in every region already; only your own custom images can be copied.',
  'copy.market': 'Marketplace images cannot be copied; only your own custom images can.',
  'copy.shared': 'Images shared with you cannot be copied; ask the owner to copy and share it in the region you need.',
  'copy.ownRegion': 'This is the image’s own region; choose other regions to copy to.',
  'copy.fromFinance': 'Images in finance regions can only be copied to other finance regions, not to {region}.',
  'copy.toFinance': '{region} is a finance region; only images in finance regions can be copied there.',
  'copy.fromMainland': 'Images cannot be copied from the Chinese mainland to {region}, outside the mainland.',
  'copy.toMainland': 'Images cannot be copied from outside the Chinese mainland to {region}, in the mainland.',
  'copy.groupFromFinance': 'Images in finance regions can only be copied to other finance regions.',
  'copy.groupToFinance': 'Only images in finance regions can be copied to finance regions.',
  'copy.groupFromMainland': 'Images cannot be copied from the Chinese mainland to regions outside it.',
  'copy.groupToMainland': 'Images cannot be copied from outside the Chinese mainland to regions in it.',
  'copy.nameTaken': 'You already have an image named "{name}" in {region}; give the copy another name.',
  'copy.listedTwice': 'Region {region} is listed twice.',
  'copy.encrypted': 'Encrypted copies are not supported.',
  'region.notFound': 'Region "{region}" does not exist.',

  'export.public': 'Public images cannot be exported; only your own custom images can.',
  'export.market':
    'Marketplace images, and images made from them, cannot be exported; only your own custom images can.',
  'export.shared': 'Images shared with you cannot be exported; only their owner can export them.',
  'export.marketDerived':
    'This image was made from a marketplace image, and images made from marketplace images cannot be exported.',
  'export.encrypted': 'Encrypted images cannot be exported.',
  'export.windows': 'Windows images cannot be exported.',
  'export.redHat': 'Red Hat images cannot be exported.',
  'export.diskTooLarge': 'Snapshot {snapshotId} is {size} GB; each disk exported must be at most {max} GB.',
  'export.tooManyDataDisks':
    'The image has {count} data disks; a whole-machine export takes at most {max}. Export the system disk only.',
  'export.prefixCount':
    'Give one file name prefix per image: {count, plural, one {# prefix} other {# prefixes}} for {images, plural, one {# image} other {# images}}.',
  'export.prefixTooLong': 'File name prefix must be at most {max} characters (it has {length}).',
  'export.prefixInvalid':
    'File name prefix "{prefix}" must be 1 to {max} letters, digits, "-", "_" or ".", with "/" only between folder names.',
  'export.bucketNotFound': 'Bucket "{bucket}" does not exist.',
  'export.bucketNotOwn': 'Bucket "{bucket}" belongs to another account; export to a bucket of your own.',
  'export.bucketRegion': 'Bucket "{bucket}" is in {bucketRegion}; export to a bucket in {region}, the image’s region.',
  'export.listedTwice': 'Image {imageId} is listed twice.',
  'export.imageIdsRequired': 'Specify ImageIds: the images to export.',
  'export.role': 'Role "{role}" cannot write to the bucket; use {known}, the role that may.',
  'export.taskLimit':
    'You have {count} export tasks running in this region, the most there can be ({max}); try again once one is done.',

  'disk.range': 'System disk size must be between {min} and {max} GB.',
  'disk.whole': 'System disk size must be a whole number of GB.',
  'disk.tooSmall': 'System disk must be at least {imageSize} GB, the size of the image (got {size} GB).',
  'instance.nameLength': 'Instance name must be at most {max} characters.',
  'instance.nameEmpty': 'Instance name cannot be empty; leave it out for unnamed instances.',
  'launch.archNotSold':
    'No instance type sold in {region} runs {architecture, select, x86_64 {64-bit x86} i386 {32-bit x86} arm {ARM} other {{architecture}}} images, so this image has no instance type to run on here; choose another image, or copy it to a region that sells such types.',
  'instance.countRange': 'Instance count must be between 1 and {max}.',
  'instance.countWhole': 'Instance count must be a whole number.',
  'instance.quota':
    'You have {used} of {quota} instances in {zone}, so {left, plural, =0 {no more can be launched there; choose another zone} other {at most # more can be launched there, not {adding}}}.',
  'instance.nameTooLongForCount':
    'Instance name must be at most {max} characters when launching {count} instances, so that "-1" to "-{count}" fit in {limit}.',
  'instance.notImageable':
    'Instance {instanceId} is {state, select, PENDING {pending} LAUNCH_FAILED {launch_failed} STARTING {starting} STOPPING {stopping} REBOOTING {rebooting} SHUTDOWN {shutdown} TERMINATING {terminating} other {busy}}; images can be made from running or stopped instances.',
  'instance.notFound': 'Instance {instanceId} cannot be found in {region}.',
  'instanceType.notSold': '{instanceType} is not sold in {where}; choose another type.',
  'launch.wrongArchitecture':
    'This {architecture, select, x86_64 {64-bit x86} i386 {32-bit x86} arm {ARM} other {{architecture}}} image does not run on {instanceType}, which is {typeArchitecture, select, arm {an ARM} other {a 64-bit x86}} instance type.',
  'zone.notInRegion': 'Zone {zone} is not in region {region}.',
  'zone.soldOut': '{zone} is sold out; choose another zone.',
  'wizard.chooseZone': 'Choose an availability zone.',
  'wizard.chooseType': 'Choose an instance type.',
  'wizard.chooseImage': 'Choose an image.',
  'wizard.imageMissing':
    'Image {imageId} is not available in {region} (images belong to one region, and a shared image may have been withdrawn). Choose another image.',
  'wizard.imageLoading': 'Loading the chosen image…',
  'wizard.imageFirst': 'Choose an image first (step 3).',
  'wizard.diskEmpty': 'Enter the system disk size in GB.',

  'storage.unreadable':
    '{what, select, store {The saved demo data} operations {The saved list of operations} picks {The saved favourite and recent images} account {The saved account} other {The saved region}} could not be read, so {what, select, store {fresh demo data was loaded} operations {the list starts empty} picks {both lists start empty} account {the default account is signed in} other {the default region is shown}}. {kept, select, yes {What could not be read is kept in this browser’s local storage as "{key}".} other {The browser’s storage had no room left to keep it.}}',
  'storage.entriesSetAside':
    '{count, plural, one {# saved entry} other {# saved entries}} of {what, select, store {the demo data} picks {the favourite and recent images} other {the list of operations}} could not be read and {count, plural, one {was} other {were}} left out; everything else was kept. {kept, select, yes {The unreadable entries are kept in this browser’s local storage as "{key}".} other {The browser’s storage had no room left to keep them.}}',

  'request.nameTooLong': 'The parameter name `{name}` is longer than {max} characters.',
  'request.tooDeep': 'The parameter `{name}` nests deeper than {max} levels of objects and arrays.',
  'request.tooManyItems': 'The parameter `{name}` has {count} items; no parameter accepts more than {max}.',
  'request.tooManyValues': 'The request holds more than {max} values (the limit was passed in `{name}`).',
  'request.badName': '`{name}` is not a parameter name.',
  'request.leadingZeros': '`{name}`: an index is written without leading zeros.',
  'request.indexOutOfRange':
    'The parameter `{name}` is out of range: no parameter accepts more than {max} items (indices 0 to {last}).',
  'request.conflict': 'The parameter `{name}` is given more than once, or both as a value and as a list or structure.',
  'request.indexGap':
    'The parameter `{name}` is missing while `{given}` is given: list indices count up from 0 without gaps.',
  'api.noSuchVersion': 'API version {version} does not exist; use {expected}.',
  'api.missingHeader': 'The request is missing the {header} header.',
  'api.noSuchAction':
    'The action {action} does not exist in {service, select, tag {the tag service} other {CVM}} {version}.',
  'api.noSuchAccount': 'Account {accountId} does not exist.',
  'api.noSuchRegion': 'The region {region} does not exist.',
  'api.bodyNotJson': 'The request body is not valid JSON.',
  'api.bodyNotObject': 'The request body must be a JSON object of the action’s parameters.',
  'api.dryRun': 'The request would have succeeded, but DryRun is set, so nothing was changed.',
  'api.internal': 'An internal error occurred: {detail}',
  'api.storageFull':
    'The demo data no longer fits in this browser’s local storage, so nothing was changed; delete some images, or reset the demo data.',
  'image.notFound': 'The image {imageId} cannot be found in {region}.',
  'createImage.noSnapshot': 'Snapshot {snapshotId} cannot be found.',
  'createImage.rootDisk': '{diskId} is the system disk; list data disks only.',
  'createImage.diskNotAttached': 'Disk {diskId} is not attached to {instanceId}.',
  'delete.refused': '{imageId}: {reason}',

  'fee.free': 'Free',
  'fee.freeFromVendor': 'Free ({vendor})',
  'fee.vendorPerHour': '{vendor}: {price} per hour',
  'fee.vendorPerMonth': '{vendor}: {price} per month',
  'fee.windowsLicence': 'Windows licence outside the Chinese mainland: {price} per vCPU per hour',
  'price.perHour': '{price}/hour',
  'price.perMonth': '{price}/month',
  'price.perVcpuHour': '{price}/vCPU/hour',
};
