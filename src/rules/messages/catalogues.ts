import { en } from './en.ts';
import type { Catalogue, Language, MessageKey } from './params.ts';
import { zhCN } from './zh-CN.ts';

// The rules' messages, one module per language (./messages-en-US.ts, ./messages-zh-CN.ts), so a page
// downloads the language it speaks only (./load.ts); Node hosts register both (./every-language.ts).

/** The text of each language's messages: every language complete (a missing one fails typecheck). */
export const sources: Record<Language, Catalogue> = { 'en-US': en, 'zh-CN': zhCN };

/** A message compiled to a function of its parameters' values. */
export type CompiledMessage = (values: Record<string, string | number>) => string;

/** One language's messages, compiled. */
export type CompiledMessages = Record<MessageKey, CompiledMessage>;
