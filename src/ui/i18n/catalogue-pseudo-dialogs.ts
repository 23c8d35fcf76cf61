import { compileCatalogue } from './compile-catalogue.ts';
import { en } from './en.ts';
import { partOfCatalogue } from './parts.ts';
import { pseudoCatalogue } from './pseudo-catalogue.ts';

/** The pseudo-locale's `dialogs` part, made from English (./locale.ts) and compiled (see ./compile-catalogue.ts). */
export const messages = compileCatalogue('en', pseudoCatalogue(partOfCatalogue(en, 'dialogs')));
