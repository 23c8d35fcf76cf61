import type { CompiledMessages } from './catalogues.ts';
import type { Language } from './params.ts';

// The languages whose messages are loaded (./load.ts in the console, ./every-language.ts in Node):
// a module of its own, importing nothing, so that the console's entry can load a language without
// pulling renderMessage and what it needs (regions, lists, money) into the first script.

const registered: Partial<Record<Language, CompiledMessages>> = {};

/** Makes a language's compiled messages available to renderMessage. */
export function registerMessages(language: Language, messages: CompiledMessages): void {
  registered[language] = messages;
}

export function hasMessages(language: Language): boolean {
  return registered[language] !== undefined;
}

/** A loaded language's messages; asking for one not loaded is a mistake in the caller. */
export function messagesOf(language: Language): CompiledMessages {
  const messages = registered[language];
  if (!messages) throw new Error(`The ${language} messages are not loaded (src/rules/messages/load.ts).`);
  return messages;
}
