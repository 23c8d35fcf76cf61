// The parameters of the UI's messages that have any, by key, as src/rules/messages/params.ts declares
// the rules' (and with its kinds): t(key, params) is typed from here, so a message used with a wrong
// or missing parameter fails typecheck, and i18n.test.ts checks that every language's text uses
// exactly these. A key not listed takes no parameters. An element inside a message (a link, a name
// in bold) is a `string` parameter given to t.rich.
import type { ParamKind, ValueOf } from '../../rules/messages/params.ts';
import type { en } from './en.ts';

/** Every UI message, by the key its English text has in ./en.ts. */
export type UiKey = keyof typeof en;

/** The kinds a UI message's parameter has: a number, a string, or one of a few values (an ICU select). */
type UiParamKind = Extract<ParamKind, 'number' | 'string'> | readonly string[];

const n = 'number';
const s = 'string';
const yesNo = ['yes', 'no'] as const;
const operation = ['create', 'import', 'copy', 'export'] as const;

export const uiParams = {
  'app.pageTitle': { page: s },
  'backend.startError': { detail: s },
  'toast.more': { count: n },
  'proxy.identity': { endpoint: s, account: s, readOnly: yesNo },
  'proxy.refused': { message: s },
  'proxy.credentialsRefused': { code: s, message: s },
  'pageError.next': { link: s },
  'common.characters': { length: n, max: n },
  'error.code': { code: s },
  'error.request': { requestId: s },
  'error.client': { problem: ['unreachable', 'unreadable', 'noResponse', 'noMessage', 'httpStatus'], status: n },

  'state.progress': { state: s, name: s },
  'source.copiedFrom': { region: s },
  'sharedWith.count': { count: n },

  'images.lead': { region: s },
  'images.caption': { tab: s, region: s },
  'images.empty.public': { region: s },
  'images.empty.custom': { region: s },
  'images.empty.shared': { region: s },
  'images.empty.marketplace': { region: s },
  'images.empty.filtered': { tab: ['public', 'custom', 'shared', 'marketplace'], region: s },
  'images.select': { name: s },
  'images.tabCount': { count: n },
  'images.updated': { hours: n, minutes: n },
  'images.corrected.region': { given: s, region: s },
  'images.corrected.page': { given: s, pages: n },
  'goTo.notFound': { id: s },
  'details.malformed': { imageId: s, back: s },
  'details.notFoundAnywhere': { imageId: s, back: s },
  'details.finding': { imageId: s },
  'pager.summary': { page: n, pages: n, total: n },
  'quota.text': { used: n, max: n, region: s },
  'toolbar.copySelected': { count: n },
  'toolbar.deleteSelected': { count: n },

  'details.notFoundText': { imageId: s, region: s, back: s },
  'details.lead': { type: s, region: s, imageId: s },
  'details.sharedNotice.title': { account: s },
  'details.size': { size: s },
  'details.vendor': { vendor: s, audited: yesNo },
  'details.sharedSince': { date: s },
  'details.copyLink': { region: s, name: s },

  'form.nameHint': { length: n, max: n },
  'createImage.intro': { region: s },
  'createImage.noInstances': { region: s },
  'createImage.done': { name: s, imageId: s },
  'importImage.intro': { region: s },
  'importImage.urlMissing': { region: s },
  'importImage.format': { format: s },
  'importImage.urlExample': { url: s },
  'importImage.done': { name: s, imageId: s },
  'editImage.done': { name: s },
  'exportImage.intro': { image: s, region: s },
  'exportImage.bucketHint': { region: s },
  'exportImage.bucketTyped': { region: s },
  'exportImage.noBucket': { region: s },
  'exportImage.prefixHint': { max: n },
  'exportImage.disk': { usage: ['system', 'data'], size: n },
  'exportImage.consentHint': { role: s },
  'exportImage.done': { name: s, count: n, bucket: s },
  'exportImage.tasksRunning': { count: n, max: n, region: s },
  'editTags.done': { name: s },
  'tags.key': { n: n },
  'tags.value': { n: n },
  'tags.remove': { n: n },
  'tags.hint': { count: n, max: n },
  'tags.full': { max: n },
  'deleteImage.intro': { count: n },
  'deleteImage.refused': { count: n },
  'deleteImage.submit': { count: n },
  'deleteImage.done': { count: n, name: s },

  'share.regionNotice': { region: s },
  'share.idsPlaceholder': { example: s },
  'share.idsHint': { min: n, max: n },
  'share.overLimit': { max: n },
  'share.count': { total: n, max: n },
  'share.done': { count: n, name: s },
  'share.added': { date: s },
  'cancelShare.intro': { name: s },
  'cancelShare.submit': { count: n },
  'cancelShare.done': { count: n, name: s },
  'cancelShare.doneHere': { count: n },

  'copy.intro': { images: s, region: s, free: s },
  'copy.images': { count: n },
  'copy.nameHint': { name: s, length: n, max: n },
  'copy.submit': { count: n },
  'copy.done': { what: s, regions: s },
  'copy.partly': { copied: n, total: n },
  'copy.othersGo': { count: n },
  'copy.leftOut': { name: s, regions: s },

  'operations.button': { running: n },
  'operations.what': { kind: operation, name: s },
  'operations.copyRoute': { from: s, to: s },
  'operations.in': { region: s },
  'operations.progress': { kind: operation, name: s, region: s },
  'operations.failed': { kind: operation, name: s, reason: s },
  'operations.ready': { name: s, region: s, imageId: s },
  'operations.exportTo': { bucket: s, region: s },
  'operations.fileProgress': { name: s, file: s },
  'operations.exportDone': { name: s, bucket: s },
  'operations.retry': { kind: operation, name: s, target: s },
  'operations.retryRefused': { reason: s },

  'region.option': { city: s, id: s },

  'instances.lead': { region: s, link: s },
  'instances.empty': { region: s },
  'instances.caption': { region: s },
  'instances.typeValue': { type: s, cpu: n, memory: s },
  'wizard.lead': { region: s },
  'wizard.completeFirst': { number: n, step: s, problem: s },
  'wizard.needsAttention': { number: n, step: s, problem: s },
  'wizard.next': { step: s },
  'wizard.launched': { count: n, ids: s },
  'wizard.zoneIn': { city: s },
  'wizard.chosen': { name: s },
  'wizard.hourlyHint': { price: s },
  'wizard.stepPriceType': { price: s },
  'wizard.stepPrice': { count: n, price: s },
  'wizard.sharedBy': { account: s },
  'wizard.diskHint': { min: n, max: n },
  'wizard.nameHint': { max: n },
  'wizard.countHint': { max: n },
  'wizard.dataDisks': { disks: s },
  'wizard.dataDisk': { size: s },
  'wizard.review.location': { region: s, zone: s },
  'wizard.review.type': { type: s, cpu: n, memory: s, arch: s },
  'wizard.review.disk': { size: s },
  'wizard.price.instance': { type: s },
  'wizard.price.systemDisk': { size: s },
  'wizard.price.total': { count: n },
  'wizard.price.perHour': { amount: s },
  'picker.onlyFitting': { type: s },
  'picker.empty': { tab: ['public', 'custom', 'shared', 'marketplace'] },
  'picker.sharedBy': { account: s },
  'picker.page': { page: n, pages: n },
  'picker.familyLatest': { family: s },
  'picker.familyNone': { family: s },
  'picker.emptyFavourites': { region: s },
  'picker.emptyRecent': { region: s },
  'details.copiesByName': { name: s },
  'details.copiesNoneByName': { name: s },
  'state.copyingTo': { count: n },
  'state.copyingProgress': { name: s, regions: s },
  'images.inPageNote': { read: n, of: n },
  'wizard.price.quote': { amount: s, unit: s },
  'wizard.price.listPrice': { amount: s },
  'impact.forImage': { name: s },
  'impact.instanceLink': { region: s, name: s },
  'impact.snapshotsOf': { name: s },
  'impact.snapshotsKept': { price: s },
  'impact.snapshotsBilled': { price: s },
  'lineage.byName': { name: s },
  'lineage.member': { region: s, name: s },
  'lineage.deleted': { imageId: s, region: s },
  'editImage.impact': { region: s },
  'cancelShare.losing': { count: n, accounts: s },
  'editImage.copyName': { region: s, name: s },
} as const satisfies Partial<Record<UiKey, Record<string, UiParamKind>>>;

/** The keys of the messages that take parameters. */
export type ParamKey = keyof typeof uiParams;

/** The parameters of the message `K`, typed. */
export type UiParams<K extends ParamKey> = {
  -readonly [P in keyof (typeof uiParams)[K]]: ValueOf<(typeof uiParams)[K][P]>;
};
