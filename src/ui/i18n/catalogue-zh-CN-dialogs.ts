import { compileCatalogue } from './compile-catalogue.ts';
import { partOfCatalogue } from './parts.ts';
import { zhCN } from './zh-CN.ts';

/** The Simplified Chinese catalogue's `dialogs` part (./parts.ts), compiled (see ./compile-catalogue.ts). */
export const messages = compileCatalogue('zh-CN', partOfCatalogue(zhCN, 'dialogs'));
