// Dates, numbers, sizes and percentages as the person's language writes them, with Intl. Times are
// shown in the browser's own time zone (the one Intl resolves), each followed by the zone's short
// name ("UTC", "GMT+8", "CET"). Formatters are built on first use and kept: building one is slow,
// and the first paint needs none (small whole numbers skip Intl: see plainNumber).

import { osNameInEnglish } from '../../rules/search.ts';

export interface Formats {
  /** An API time (ISO 8601) with its zone: "16 Jan 2025, 16:00 GMT+8", "2025年1月16日 16:00 GMT+8". */
  dateTime(iso: string): string;
  number(n: number): string;
  /** A size in GB: "50 GB". */
  gigabytes(n: number): string;
  /** 0 to 100: "42%". */
  percent(n: number): string;
  /** A list of names: "a, b, c" / "a、b、c". */
  list(items: readonly string[]): string;
  /** A list in a sentence: "a, b and c" / "a、b和c". */
  andList(items: readonly string[]): string;
  /**
   * An OS name the API gave, as this language reads it: in English its Chinese words are English
   * ("CentOS 7.6 64位" is "CentOS 7.6 64-bit"); in Chinese it is as given.
   */
  osName(name: string): string;
}

/** How many formatted times a language's formats keep (then they start again). */
const DATE_TIMES_KEPT = 1000;

/**
 * The formats of an Intl locale (`en-GB`: the console writes British English; `zh-CN`), in the
 * browser's time zone unless one is given (tests fix it).
 */
export function formatsFor(intlLocale: string, timeZone?: string): Formats {
  let date: Intl.DateTimeFormat | undefined;
  let zone: Intl.DateTimeFormat | undefined;
  let gigabytes: Intl.NumberFormat | undefined;
  let percent: Intl.NumberFormat | undefined;
  let list: Intl.ListFormat | undefined;
  let andList: Intl.ListFormat | undefined;
  const formatDateTime = (iso: string) => {
    const t = Date.parse(iso);
    if (Number.isNaN(t)) return iso;
    date ??= new Intl.DateTimeFormat(intlLocale, {
      year: 'numeric',
      month: 'short',
      // "03 Feb 2025" in English; Chinese writes the day as is: 2025年2月3日.
      day: intlLocale === 'zh-CN' ? 'numeric' : '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    });
    zone ??= new Intl.DateTimeFormat(intlLocale, { timeZoneName: 'short', timeZone });
    // The zone apart: zh-CN would put it between the date and the time.
    const name = zone.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value;
    return name ? `${date.format(t)} ${name}` : date.format(t);
  };
  // Each time as written, kept: a list re-renders its rows' times on every search, page or tab
  // switch, and formatting them is not free (a page of 20 rows: 1.3 to 2.1 ms at CPU 4x; kept:
  // 0.02 ms); a list shows a few hundred distinct times at most.
  const dateTimes = new Map<string, string>();
  return {
    dateTime(iso) {
      let text = dateTimes.get(iso);
      if (text === undefined) {
        if (dateTimes.size >= DATE_TIMES_KEPT) dateTimes.clear();
        dateTimes.set(iso, (text = formatDateTime(iso)));
      }
      return text;
    },
    number: (n) => formatNumber(intlLocale, n),
    // "20 GB" in English and in Chinese alike.
    gigabytes: (n) =>
      plainNumber(n)
        ? `${n} GB`
        : (gigabytes ??= new Intl.NumberFormat(intlLocale, {
            style: 'unit',
            unit: 'gigabyte',
            unitDisplay: 'short',
          })).format(n),
    percent: (n) => (percent ??= new Intl.NumberFormat(intlLocale, { style: 'percent' })).format(n / 100),
    list: (items) => (list ??= new Intl.ListFormat(intlLocale, { type: 'conjunction', style: 'narrow' })).format(items),
    andList: (items) => (andList ??= new Intl.ListFormat(intlLocale, { type: 'conjunction' })).format(items),
    osName: intlLocale === 'zh-CN' ? (name) => name : osNameInEnglish,
  };
}

// Numbers as a language writes them, without paying for Intl where it changes nothing. The first
// Intl formatter of a page costs the main thread about 80 ms at CPU 4x (ICU loads its data), and the
// first page would pay it on its critical path for a page count or a size alone. A whole number
// between -999 and 999 reads the same in every language the console speaks (no grouping, ASCII
// digits), so it is written as is; any other goes through Intl.

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Whether `n` reads as its plain digits in every language of the console. */
export function plainNumber(n: number): boolean {
  return Number.isInteger(n) && n > -1000 && n < 1000;
}

/** `n` in `locale`'s digits and grouping: "12,345". */
export function formatNumber(locale: string, n: number): string {
  if (plainNumber(n)) return String(n);
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

/**
 * messageformat's `#` in a plural (its runtime's `number`): the compiled UI catalogues call this
 * one instead (vite-messages.ts), and compiled messages evaluate every branch of a plural, so
 * without it any count on the first page would load ICU.
 */
export function number(locale: string, value: number, offset: number): string {
  return formatNumber(locale, value - offset);
}
