import { compileCatalogue } from './compile-catalogue.ts';
import { en } from './en.ts';
import { partOfCatalogue } from './parts.ts';

/** The English catalogue's `dialogs` part (./parts.ts), compiled (see ./compile-catalogue.ts). */
export const messages = compileCatalogue('en', partOfCatalogue(en, 'dialogs'));
