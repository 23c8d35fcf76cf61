// Which language the console speaks. Decided before React renders (src/app/main.tsx): the one the
// person chose last time, else the first of the browser's languages the console has, else English.
// Imported by the first page's entry, so it imports nothing but types.
import type { Language } from '../../rules/messages/params.ts';

/** The languages a person can choose, each named in itself (the Language selector's options). */
export const localeNames = { en: 'English', 'zh-CN': '简体中文' } as const;

export type ChosenLocale = keyof typeof localeNames;

/**
 * `pseudo` is English with every letter accented, every message bracketed and about 40 % longer,
 * generated at build time from the English catalogue: a test sees at a glance a string that skipped
 * the catalogue, and a layout that cannot take longer text. Development and tests only (see below).
 */
export type Locale = ChosenLocale | 'pseudo';

const KEY = 'cvm-console:language';
/** Set by the browser tests (and by hand in development) to allow `?lang=pseudo` in a production build. */
export const DEV_FLAG_KEY = 'cvm-console:dev';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The console's language for a browser asking for `languages` (navigator.languages), in its order. */
export function localeOfBrowser(languages: readonly string[]): ChosenLocale {
  for (const tag of languages) {
    const language = tag.toLowerCase().split('-')[0];
    // Any Chinese, Traditional included: Tencent Cloud's console offers Simplified Chinese only.
    if (language === 'zh') return 'zh-CN';
    if (language === 'en') return 'en';
  }
  return 'en';
}

function isChosen(value: string | null | undefined): value is ChosenLocale {
  return value === 'en' || value === 'zh-CN';
}

/** The locale this page starts in. */
export function initialLocale(): Locale {
  const store = storage();
  const devFlag = import.meta.env.DEV || store?.getItem(DEV_FLAG_KEY) === '1';
  if (devFlag && new URLSearchParams(location.search).get('lang') === 'pseudo') return 'pseudo';
  const remembered = store?.getItem(KEY);
  return isChosen(remembered) ? remembered : localeOfBrowser(navigator.languages ?? [navigator.language]);
}

/** The next visit starts in this language (the pseudo-locale is never remembered). */
export function rememberLocale(locale: Locale): void {
  if (locale === 'pseudo') return;
  try {
    storage()?.setItem(KEY, locale);
  } catch {
    // not remembered, still shown
  }
}

/** `<html lang>`: en-XA is the customary tag of an English pseudo-locale. */
export function htmlLang(locale: Locale): string {
  return locale === 'pseudo' ? 'en-XA' : locale;
}

/** The language the API answers in (`X-TC-Language`) and the rules' messages are rendered in. */
export function apiLanguage(locale: Locale): Language {
  return locale === 'zh-CN' ? 'zh-CN' : 'en-US';
}
