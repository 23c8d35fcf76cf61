import { findRegion } from '../regions.ts';
import { messagesOf } from './registry.ts';
import { renderedParams } from './rendered-params.ts';
import type { Currency, Language, Message, Money, NestedMessage } from './params.ts';

/**
 * How each language joins a list of values ("a, b, c") and of alternatives ("a or b"). Chinese
 * joins values with 、 (its `unit` list has no separator at all, "abc"); English with commas and no
 * "and", which would read as if every value were required.
 */
const listStyles: Record<Language, Record<'list' | 'orList', Intl.ListFormatOptions>> = {
  'en-US': { list: { type: 'unit', style: 'short' }, orList: { type: 'disjunction', style: 'long' } },
  'zh-CN': { list: { type: 'conjunction', style: 'narrow' }, orList: { type: 'disjunction', style: 'long' } },
};

const lists = new Map<string, Intl.ListFormat>();

function list(language: Language, kind: 'list' | 'orList', items: readonly string[]): string {
  const id = `${language} ${kind}`;
  let format = lists.get(id);
  if (!format) lists.set(id, (format = new Intl.ListFormat(language, listStyles[language][kind])));
  return format.format(items);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount of money as `language` writes prices: the currency's narrow symbol (¥ for CNY, $ for
 * USD: which region bills in which currency tells them apart, and Intl's "CN¥"/"US$" would not
 * read as Tencent Cloud's consoles do), at least 2 and at most 4 decimal places (per-hour prices
 * such as ¥0.0004 need four), rounded half away from zero.
 */
export function formatMoney(amount: number, currency: Currency, language: Language): string {
  const id = `${language} ${currency}`;
  let format = moneyFormats.get(id);
  if (!format)
    moneyFormats.set(
      id,
      (format = new Intl.NumberFormat(language, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: 2,
        maximumFractionDigits: 4,
        roundingMode: 'halfExpand',
      })),
    );
  return format.format(amount);
}

/**
 * The text of a message in `language`, always named: a caller that forgot it answered in English
 * whatever it was asked (the standalone server did). Its messages must be loaded (./load.ts).
 */
export function renderMessage(message: Message, language: Language): string;
export function renderMessage(message: Message | undefined, language: Language): string | undefined;
export function renderMessage(message: Message | undefined, language: Language): string | undefined {
  if (!message) return undefined;
  // A message and its parameters (a region's name, a list's commas) come in one language.
  const values: Record<string, string | number> = { ...(message.params as Record<string, string | number>) };
  for (const [name, kind] of Object.entries(renderedParams[message.key] ?? {})) {
    const value = (message.params as Record<string, unknown>)[name];
    if (kind === 'list' || kind === 'orList') values[name] = list(language, kind, value as string[]);
    else if (kind === 'message') values[name] = renderMessage(value as NestedMessage as Message, language);
    else if (kind === 'money') values[name] = formatMoney((value as Money).amount, (value as Money).currency, language);
    else {
      const region = findRegion(value as string);
      values[name] = !region ? (value as string) : language === 'zh-CN' ? region.cityZh : region.city;
    }
  }
  return messagesOf(language)[message.key](values);
}
