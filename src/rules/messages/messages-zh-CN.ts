import { compileMessages } from './compile.ts';

/** The Chinese messages, compiled (replaced by the build: see ./compile.ts). */
export const messages = compileMessages('zh-CN');
