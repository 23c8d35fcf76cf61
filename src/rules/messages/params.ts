// The parameters of every message the rules and the API say: one entry per message key, naming each
// parameter and its kind. The types of a message's parameters come from here, so a message built with
// a wrong or missing parameter fails typecheck; the catalogues (./en.ts, one per language) hold the
// text of each key as an ICU MessageFormat string over exactly these parameters (messages.test.ts).

/** The languages the API answers in (`X-TC-Language`). */
export type Language = 'en-US' | 'zh-CN';

/** The currencies prices are shown in (pricing.ts says which region bills in which). */
export type Currency = 'CNY' | 'USD';

/** An amount of money: a price a message states. */
export interface Money {
  amount: number;
  currency: Currency;
}

/**
 * How a parameter is rendered:
 * - `number`, `string`: as is (a `string` may also be an ICU select over values the rule does not bound);
 * - a list of strings: an ICU select over exactly these values;
 * - `list` / `orList`: a list of strings, joined for the language ("a, b, c" / "a or b");
 * - `region`: a region ID, rendered as the region's city in the language (the ID itself when unknown);
 * - `message`: another message, rendered in the same language;
 * - `money`: an amount and its currency, as the language writes prices (¥0.06, $0.0083).
 */
export type ParamKind = 'number' | 'string' | 'list' | 'orList' | 'region' | 'message' | 'money' | readonly string[];

const imageActions = ['share', 'copy', 'launch', 'edit', 'delete', 'export'] as const;
const ownerActions = ['edit', 'delete'] as const;
const tagParts = ['key', 'value'] as const;
const apiServices = ['cvm', 'tag'] as const;

const n = 'number';
const s = 'string';

export const messageParams = {
  // ---- ids, names, accounts (ids.ts, names.ts)
  'image.idMalformed': {},
  'instance.idMalformed': {},
  'account.empty': {},
  'account.notDigits': { id: s },
  'account.malformed': { id: s, min: n, max: n },
  'account.malformedAny': { min: n, max: n },
  'name.required': { min: n, max: n },
  'name.tooLong': { max: n, length: n },
  'name.duplicate': { name: s },
  'description.tooLong': { max: n, length: n },
  'description.tooLongShort': { max: n },
  'family.tooLong': { max: n, length: n },
  'family.format': { family: s },

  // ---- request parameters (violationFromIssue)
  'param.unknown': { name: s },
  'param.missing': { name: s },
  'param.wrongType': { name: s, expected: s, actual: s },
  'param.notWhole': { name: s, value: s },
  'param.notOneOf': { name: s, values: 'list' },
  'param.tooManyItems': { name: s, max: n },
  'param.tooLong': { name: s, max: n },
  'param.tooLarge': { name: s, max: n },
  'param.tooFewItems': { name: s, min: n },
  'param.empty': { name: s },
  'param.tooSmall': { name: s, min: n },
  'param.invalid': { name: s },

  // ---- Describe actions (describe.ts)
  'filters.tooMany': { max: n, count: n },
  'filters.unknown': { name: s, supported: 'list' },
  'filters.tooManyValues': { name: s, max: n, count: n },
  'filters.noValues': { name: s },
  'search.tooLong': { max: n, length: n },
  'paging.offset': {},
  'paging.limit': { max: n },

  // ---- images (images.ts)
  'images.idsWithFilters': {},
  'createImage.oneSource': {},
  'image.creating': { action: imageActions },
  'image.importing': { action: imageActions },
  'image.syncing': { action: imageActions },
  'image.createFailed': { action: imageActions },
  'image.importFailed': { action: imageActions },
  'image.normal': {},
  'image.copyingTo': { action: imageActions, count: n },
  'image.exporting': { action: imageActions, count: n },
  'image.publicNotOwn': { action: ownerActions },
  'image.marketNotOwn': { action: ownerActions },
  'image.sharedNotOwn': { action: ownerActions },
  'image.foreign': {},
  'image.sharedNoEdit': {},
  'image.inShared': { count: n },
  'quota.exceeded': { used: n, quota: n, region: 'region', adding: n },
  'import.osType': { os: s, supported: 'list' },
  'import.osVersion': { os: s, version: s, supported: 'list' },
  'import.architecture': { os: s, architectures: 'orList' },
  'import.urlNotUrl': {},
  'import.urlTooLong': { max: n, length: n },
  'import.urlNotCos': {},
  'import.bucketRegion': { bucketRegion: 'region', region: 'region' },
  'import.format': {},
  'import.isoNeedsForce': {},

  // ---- tags (tags.ts)
  'tag.empty': { part: tagParts, max: n },
  'tag.tooLong': { part: tagParts, max: n, length: n },
  'tag.spaces': { part: tagParts, text: s },
  'tag.characters': { part: tagParts, text: s, punctuation: s },
  'tag.reserved': { prefix: s },
  'tags.tooMany': { max: n, count: n },
  'tags.duplicateKey': { key: s },
  'tags.resourceType': { expected: s, given: s },
  'tags.deleteAndReplace': { key: s },
  'tagResource.malformed': { resource: s },
  'tagResource.otherAccount': { accountId: s },

  // ---- sharing (share.ts)
  'share.public': {},
  'share.market': {},
  'share.sharedWithYou': {},
  'share.byol': {},
  'share.listedTwice': { accountId: s },
  'share.yourself': {},
  'share.already': { accountId: s },
  'share.notSharedWith': { accountId: s },
  'share.noSuchAccount': { accountId: s },
  'share.overLimit': { max: n, current: n, adding: n, total: n, excess: n },
  'share.manyRefused': { first: 'message', count: n, accountIds: 'list' },
  'share.ownerOnlyList': {},

  // ---- copying (copy.ts)
  'copy.oneImage': { count: n },
  'copy.public': {},
  'copy.market': {},
  'copy.shared': {},
  'copy.ownRegion': {},
  'copy.fromFinance': { region: 'region' },
  'copy.toFinance': { region: 'region' },
  'copy.fromMainland': { region: 'region' },
  'copy.toMainland': { region: 'region' },
  'copy.groupFromFinance': {},
  'copy.groupToFinance': {},
  'copy.groupFromMainland': {},
  'copy.groupToMainland': {},
  'copy.nameTaken': { name: s, region: 'region' },
  'copy.listedTwice': { region: s },
  'copy.encrypted': {},
  'region.notFound': { region: s },

  // ---- export (export.ts)
  'export.public': {},
  'export.market': {},
  'export.shared': {},
  'export.marketDerived': {},
  'export.encrypted': {},
  'export.windows': {},
  'export.redHat': {},
  'export.diskTooLarge': { snapshotId: s, size: n, max: n },
  'export.tooManyDataDisks': { count: n, max: n },
  'export.prefixCount': { count: n, images: n },
  'export.prefixInvalid': { prefix: s, max: n },
  'export.prefixTooLong': { max: n, length: n },
  'export.bucketNotFound': { bucket: s },
  'export.bucketNotOwn': { bucket: s },
  'export.bucketRegion': { bucket: s, bucketRegion: 'region', region: 'region' },
  'export.listedTwice': { imageId: s },
  'export.imageIdsRequired': {},
  'export.role': { role: s, known: s },
  'export.taskLimit': { count: n, max: n },

  // ---- instances (instances.ts, wizard.ts)
  'disk.range': { min: n, max: n },
  'disk.whole': {},
  'disk.tooSmall': { imageSize: n, size: n },
  'instance.nameLength': { max: n },
  'instance.nameEmpty': {},
  'launch.archNotSold': { architecture: ['x86_64', 'i386', 'arm'], region: 'region' },
  'instance.countRange': { max: n },
  'instance.countWhole': {},
  'instance.quota': { used: n, quota: n, zone: s, adding: n, left: n },
  'instance.nameTooLongForCount': { max: n, count: n, limit: n },
  'instance.notImageable': {
    instanceId: s,
    state: ['PENDING', 'LAUNCH_FAILED', 'STARTING', 'STOPPING', 'REBOOTING', 'SHUTDOWN', 'TERMINATING'],
  },
  'instance.notFound': { instanceId: s, region: s },
  'instanceType.notSold': { instanceType: s, where: s },
  'launch.wrongArchitecture': {
    architecture: ['x86_64', 'i386', 'arm'],
    instanceType: s,
    typeArchitecture: ['x86_64', 'arm'],
  },
  'zone.notInRegion': { zone: s, region: s },
  'zone.soldOut': { zone: s },
  'wizard.chooseZone': {},
  'wizard.chooseType': {},
  'wizard.chooseImage': {},
  'wizard.imageMissing': { imageId: s, region: 'region' },
  'wizard.imageLoading': {},
  'wizard.imageFirst': {},
  'wizard.diskEmpty': {},

  // ---- what the console keeps in local storage (storage.ts)
  'storage.unreadable': {
    what: ['store', 'operations', 'picks', 'account', 'region'],
    kept: ['yes', 'no'],
    key: s,
  },
  'storage.entriesSetAside': { what: ['store', 'operations', 'picks'], count: n, kept: ['yes', 'no'], key: s },

  // ---- the API itself (mocks: backend, request bounds and resolvers)
  'request.nameTooLong': { name: s, max: n },
  'request.tooDeep': { name: s, max: n },
  'request.tooManyItems': { name: s, count: n, max: n },
  'request.tooManyValues': { name: s, max: n },
  'request.badName': { name: s },
  'request.leadingZeros': { name: s },
  'request.indexOutOfRange': { name: s, max: n, last: n },
  'request.conflict': { name: s },
  'request.indexGap': { name: s, given: s },
  'api.noSuchVersion': { version: s, expected: s },
  'api.missingHeader': { header: s },
  'api.noSuchAction': { action: s, service: apiServices, version: s },
  'api.noSuchAccount': { accountId: s },
  'api.noSuchRegion': { region: s },
  'api.bodyNotJson': {},
  'api.bodyNotObject': {},
  'api.dryRun': {},
  'api.internal': { detail: s },
  'api.storageFull': {},
  'image.notFound': { imageId: s, region: s },
  'createImage.noSnapshot': { snapshotId: s },
  'createImage.rootDisk': { diskId: s },
  'createImage.diskNotAttached': { diskId: s, instanceId: s },
  'delete.refused': { imageId: s, reason: 'message' },

  // ---- prices (pricing.ts): an image's fee, and a price per unit
  'fee.free': {},
  'fee.freeFromVendor': { vendor: s },
  'fee.vendorPerHour': { vendor: s, price: 'money' },
  'fee.vendorPerMonth': { vendor: s, price: 'money' },
  'fee.windowsLicence': { price: 'money' },
  'price.perHour': { price: 'money' },
  'price.perMonth': { price: 'money' },
  'price.perVcpuHour': { price: 'money' },
} as const satisfies Record<string, Record<string, ParamKind>>;

export type MessageKey = keyof typeof messageParams;

/** A message nested in another (its reason, say): any message, rendered in the same language. */
export interface NestedMessage {
  key: MessageKey;
  params: object;
}

export type ValueOf<K> = K extends 'number'
  ? number
  : K extends 'string' | 'region'
    ? string
    : K extends 'list' | 'orList'
      ? readonly string[]
      : K extends 'message'
        ? NestedMessage
        : K extends 'money'
          ? Money
          : K extends readonly (infer V)[]
            ? V
            : never;

/** The parameters of the message `K`, typed. */
export type MessageParams<K extends MessageKey> = {
  -readonly [P in keyof (typeof messageParams)[K]]: ValueOf<(typeof messageParams)[K][P]>;
};

/** Something said to a person: a message key and the parameters of its text. */
export type Message = { [K in MessageKey]: { key: K; params: MessageParams<K> } }[MessageKey];

/** The text of every message in one language: ICU MessageFormat strings over the message's parameters. */
export type Catalogue = Record<MessageKey, string>;
