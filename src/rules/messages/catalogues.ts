import MessageFormat from '@messageformat/core';
import { en } from './en.ts';
import { messageParams, type Catalogue, type Language, type MessageKey, type ParamKind } from './params.ts';
import { zhCN } from './zh-CN.ts';

/** The text of each language's messages: every language complete (a missing one fails typecheck). */
export const sources: Record<Language, Catalogue> = { 'en-US': en, 'zh-CN': zhCN };

/** A message compiled to a function of its parameters' values. */
export type CompiledMessage = (values: Record<string, string | number>) => string;

/**
 * Every catalogue compiled. Builds replace this module with the same compiled to JavaScript ahead
 * of time (precompiledMessages in vite-messages.ts): the bundle holds functions and the small
 * messageformat runtime, no parser or compiler. Without that build step (a plain TypeScript runner
 * in Node) the messages are compiled here, when the module loads.
 */
export const catalogues = Object.fromEntries(
  Object.entries(sources).map(([language, catalogue]) => {
    const mf = new MessageFormat(language);
    return [language, Object.fromEntries(Object.entries(catalogue).map(([key, text]) => [key, mf.compile(text)]))];
  }),
) as Record<Language, Record<MessageKey, CompiledMessage>>;

type Rendered = Exclude<ParamKind, 'number' | 'string' | readonly string[]>;

/**
 * The parameters rendered before their message is formatted (lists, regions, nested messages), by
 * message: the only part of ./params.ts the bundle needs at run time.
 */
export const renderedParams: Partial<Record<MessageKey, Record<string, Rendered>>> = Object.fromEntries(
  Object.entries(messageParams).flatMap(([key, params]) => {
    const rendered = Object.entries(params as Record<string, ParamKind>).filter(
      (entry): entry is [string, Rendered] =>
        typeof entry[1] === 'string' && entry[1] !== 'number' && entry[1] !== 'string',
    );
    return rendered.length > 0 ? [[key, Object.fromEntries(rendered)]] : [];
  }),
);
