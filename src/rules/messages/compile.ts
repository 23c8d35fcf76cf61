import MessageFormat from '@messageformat/core';
import { sources, type CompiledMessages } from './catalogues.ts';
import type { Language } from './params.ts';

/**
 * One language's messages compiled when the module loads: what ./messages-<language>.ts do without
 * the build step. Builds replace those modules with the same compiled to JavaScript ahead of time
 * (precompiledMessages in vite-messages.ts): the bundle holds functions and messageformat's small
 * runtime, no parser or compiler.
 */
export function compileMessages(language: Language): CompiledMessages {
  const mf = new MessageFormat(language);
  return Object.fromEntries(
    Object.entries(sources[language]).map(([key, text]) => [key, mf.compile(text)]),
  ) as CompiledMessages;
}
