import { findRegion } from '../regions.ts';
import { catalogues, renderedParams } from './catalogues.ts';
import type { Language, Message, NestedMessage } from './params.ts';

const lists = new Map<string, Intl.ListFormat>();

/** "a, b, c" or "a or b", as the language joins them. */
function list(language: Language, type: 'unit' | 'disjunction', items: readonly string[]): string {
  const id = `${language} ${type}`;
  let format = lists.get(id);
  if (!format)
    lists.set(id, (format = new Intl.ListFormat(language, { type, style: type === 'unit' ? 'short' : 'long' })));
  return format.format(items);
}

/** The text of a message in `language` (in English while that language has no catalogue). */
export function renderMessage(message: Message, language?: Language): string;
export function renderMessage(message: Message | undefined, language?: Language): string | undefined;
export function renderMessage(message: Message | undefined, asked: Language = 'en-US'): string | undefined {
  if (!message) return undefined;
  // A message and its parameters (a region's name, a list's commas) come in one language.
  const language = catalogues[asked] ? asked : 'en-US';
  const catalogue = catalogues[language]!;
  const values: Record<string, string | number> = { ...(message.params as Record<string, string | number>) };
  for (const [name, kind] of Object.entries(renderedParams[message.key] ?? {})) {
    const value = (message.params as Record<string, unknown>)[name];
    if (kind === 'list') values[name] = list(language, 'unit', value as string[]);
    else if (kind === 'orList') values[name] = list(language, 'disjunction', value as string[]);
    else if (kind === 'message') values[name] = renderMessage(value as NestedMessage as Message, language);
    else {
      const region = findRegion(value as string);
      values[name] = !region ? (value as string) : language === 'zh-CN' ? region.cityZh : region.city;
    }
  }
  return catalogue[message.key](values);
}
