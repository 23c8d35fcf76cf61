// A language's catalogue, loaded when it is needed: only the chosen language's messages are
// downloaded (src/app/main.tsx asks for them while the console's code loads), another language's
// when the person picks it, and the dialogs' and other pages' messages with them (./parts.ts). Each
// (language, part) is its own chunk of compiled functions (vite-messages.ts); the rules' messages
// of the language come with its main part. Imported by the
// first page's entry: no React here.
import { loadMessages } from '../../rules/messages/load.ts';
import { apiLanguage, type Locale } from './locale.ts';
import type { UiKey } from './params.ts';
import type { CataloguePart } from './parts.ts';

/** Messages: text, or a function of the message's parameters for ICU messages with arguments. */
export type CompiledCatalogue = Partial<Record<UiKey, string | ((values: Record<string, unknown>) => string)>>;

export interface LoadedCatalogue {
  messages: CompiledCatalogue;
  /** The pseudo-locale's letters, for text that does not come from the UI's catalogue (the rules' messages). */
  pseudo?: typeof import('./pseudo-text.ts');
  /** The other parts `messages` already holds (a test's catalogue holds them all). */
  parts?: readonly CataloguePart[];
}

const chunks: Record<Locale, Record<CataloguePart, () => Promise<{ messages: CompiledCatalogue }>>> = {
  en: {
    main: () => import('./catalogue-en.ts'),
    dialogs: () => import('./catalogue-en-dialogs.ts'),
    pages: () => import('./catalogue-en-pages.ts'),
  },
  'zh-CN': {
    main: () => import('./catalogue-zh-CN.ts'),
    dialogs: () => import('./catalogue-zh-CN-dialogs.ts'),
    pages: () => import('./catalogue-zh-CN-pages.ts'),
  },
  pseudo: {
    main: () => import('./catalogue-pseudo.ts'),
    dialogs: () => import('./catalogue-pseudo-dialogs.ts'),
    pages: () => import('./catalogue-pseudo-pages.ts'),
  },
};

export async function loadCatalogue(locale: Locale, part: CataloguePart = 'main'): Promise<LoadedCatalogue> {
  const [{ messages }, pseudo] = await Promise.all([
    chunks[locale][part](),
    locale === 'pseudo' ? import('./pseudo-text.ts') : undefined,
    // The rules' messages in the same language (t.rule), with the main part.
    part === 'main' ? loadMessages(apiLanguage(locale)) : undefined,
  ]);
  return { messages, pseudo };
}
