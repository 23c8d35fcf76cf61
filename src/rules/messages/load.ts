import type { CompiledMessages } from './catalogues.ts';
import type { Language } from './params.ts';
import { hasMessages, registerMessages } from './registry.ts';

const chunks: Record<Language, () => Promise<{ messages: CompiledMessages }>> = {
  'en-US': () => import('./messages-en-US.ts'),
  'zh-CN': () => import('./messages-zh-CN.ts'),
};

/**
 * Loads one language's messages, once (a chunk of its own in the console: a page downloads the
 * language it speaks). renderMessage in a language needs them loaded first.
 */
export async function loadMessages(language: Language): Promise<void> {
  if (hasMessages(language)) return;
  registerMessages(language, (await chunks[language]()).messages);
}
