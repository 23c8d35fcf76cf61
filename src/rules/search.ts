// Search in either language: what a person types is matched against an image's name, ID and OS name
// whether they type it in English or Chinese, in full-width or half-width characters, in any case.
// The API's `keyword` filter runs it, and a page that filters what it already has can run the very same.

/**
 * The words of OS names as Tencent Cloud writes them in Chinese (the seed's "CentOS 7.6 64位",
 * "Windows Server 2022 数据中心版 64位中文版"), each with what English says for it. The first English
 * form is the one both are compared in (lower case, as searched); `shown` is how the console writes
 * the word to a person reading English (osNameInEnglish).
 */
export const osNameWords: readonly { zh: string; en: readonly [string, ...string[]]; shown: string }[] = [
  { zh: '64位', en: ['64-bit', '64 bit', '64bit'], shown: '64-bit' },
  { zh: '32位', en: ['32-bit', '32 bit', '32bit'], shown: '32-bit' },
  { zh: '数据中心版', en: ['datacenter', 'datacenter edition', 'data center'], shown: 'Datacenter' },
  { zh: '数据中心', en: ['datacenter'], shown: 'Datacenter' },
  { zh: '中文版', en: ['chinese', 'chinese edition'], shown: 'Chinese' },
  { zh: '英文版', en: ['english', 'english edition'], shown: 'English' },
  { zh: 'arm版', en: ['arm', 'arm edition'], shown: 'ARM' },
];

/** The Chinese words of OS names, longest first, in any case ("ARM版" as "arm版"). */
const chineseWord = new RegExp(
  osNameWords
    .map((w) => w.zh)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'giu',
);
const shownFor = new Map(osNameWords.map((w) => [w.zh, w.shown]));

/**
 * An OS name as a person reading English reads it: its Chinese words in English, as separate words
 * ("Windows Server 2022 数据中心版 64位英文版" is "Windows Server 2022 Datacenter 64-bit English";
 * "TencentOS Server 4 64位 ARM版" is "TencentOS Server 4 64-bit ARM"). Anything else in it is kept as
 * the API wrote it. The API's value does not change: search finds either form.
 */
export function osNameInEnglish(osName: string): string {
  if (!osName.match(chineseWord)) return osName;
  // A space between the English word and a letter or digit beside it, none against punctuation.
  const gap = (c: string | undefined) => (c !== undefined && letterOrDigit.test(c) ? ' ' : '');
  return osName
    .replace(
      chineseWord,
      (word: string, at: number) =>
        `${gap(osName[at - 1])}${shownFor.get(word.toLowerCase())!}${gap(osName[at + word.length])}`,
    )
    .replace(spaces, ' ')
    .trim();
}

const letterOrDigit = /[\p{L}\p{N}]/u;

const HAN = '\\p{Script=Han}';
const spaces = /\s+/gu;
// A space beside a Chinese character is not a word break a person means ("64 位" is "64位").
const spaceBesideHan = new RegExp(`(?<=${HAN}) | (?=${HAN})`, 'gu');

/**
 * Text as search compares it: NFKC (full-width letters, digits and spaces become half-width:
 * "ＣｅｎｔＯＳ" is "CentOS"), lower case, runs of spaces as one, none beside a Chinese character,
 * none at either end.
 */
export function searchKey(text: string): string {
  // Most names and every ID are printable ASCII with single spaces: only their case changes.
  if (plain.test(text)) return text.toLowerCase();
  return text.normalize('NFKC').toLowerCase().replace(spaces, ' ').trim().replace(spaceBesideHan, '');
}

const plain = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each form of each word, Chinese or English, to its English form; longer forms first. */
const forms = new Map<string, string>();
for (const word of osNameWords)
  for (const form of [word.zh, ...word.en]) if (!forms.has(form)) forms.set(form, word.en[0]);
const alternatives = [...forms.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const anyForm = new RegExp(alternatives, 'gu');
const hasForm = new RegExp(alternatives, 'u');

/** A search key with every OS-name word in its English form, so "64位" and "64-bit" read alike. */
function inEnglish(key: string): string {
  return hasForm.test(key) ? searchKey(key.replace(anyForm, (form) => ` ${forms.get(form)!} `)) : key;
}

/**
 * A record's fields as search compares them: each one's search key and its English reading. A list
 * searched again and again (the API's images, keystroke after keystroke) keeps its records' keys.
 */
export type SearchKeys = readonly (readonly [key: string, english: string])[];

export function searchKeys(fields: readonly string[]): SearchKeys {
  return fields.map(keysOf);
}

/** Whether a record contains the query: as typed, or with its OS-name words in either language. */
export type SearchMatcher = (keys: SearchKeys) => boolean;

/**
 * A matcher for what a person typed: true for a record one of whose fields contains it, after
 * searchKey, or once the words of OS names are read in English on both sides ("64 bit" finds
 * "CentOS 7.6 64位", "数据中心" finds "Datacenter"). An empty query matches everything.
 */
export function searchMatcher(query: string): SearchMatcher {
  const typed = searchKey(query);
  const translated = inEnglish(typed);
  return (keys) => keys.some(([key, english]) => key.includes(typed) || english.includes(translated));
}

/**
 * A field's search key and its English reading. Those of text with Chinese or full-width characters
 * (OS names, mostly, the same for many images) are kept, a bounded number, so that a search over
 * thousands of images folds each distinct OS name once.
 */
function keysOf(field: string): readonly [string, string] {
  if (plain.test(field)) {
    const key = field.toLowerCase();
    return [key, inEnglish(key)];
  }
  let keys = folded.get(field);
  if (!keys) {
    if (folded.size >= FOLDED_MAX) folded.clear();
    const key = searchKey(field);
    folded.set(field, (keys = [key, inEnglish(key)]));
  }
  return keys;
}

const FOLDED_MAX = 2048;
const folded = new Map<string, readonly [string, string]>();
