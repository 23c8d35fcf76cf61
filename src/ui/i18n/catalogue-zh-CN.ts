import { compileCatalogue } from './compile-catalogue.ts';
import { partOfCatalogue } from './parts.ts';
import { zhCN } from './zh-CN.ts';

/** The Simplified Chinese catalogue's first part, compiled (builds replace this module: see ./compile-catalogue.ts). */
export const messages = compileCatalogue('zh-CN', partOfCatalogue(zhCN, 'main'));
