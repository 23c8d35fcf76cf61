import { compileMessages } from './compile.ts';

/** The English messages, compiled (replaced by the build: see ./compile.ts). */
export const messages = compileMessages('en-US');
