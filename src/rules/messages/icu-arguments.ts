// How an ICU message uses its arguments, for the tests that hold every catalogue (the rules' and
// the UI's, src/ui/i18n) to the parameters declared for each key. Tests only: it parses, and the
// bundles hold compiled messages, no parser.
import { parse, type Token } from '@messageformat/parser';
import type { ParamKind } from './params.ts';

/** One use of an argument: 'plain', 'plural' or 'select', with a plural's or select's cases. */
export interface ArgumentUse {
  use: string;
  cases: string[];
}

/** Each argument a message uses, with how. */
export function argumentsOf(tokens: readonly Token[], out = new Map<string, ArgumentUse[]>()) {
  for (const token of tokens) {
    if (token.type === 'argument' || token.type === 'function') {
      out.set(token.arg, [...(out.get(token.arg) ?? []), { use: 'plain', cases: [] }]);
    } else if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
      const use = { use: token.type === 'select' ? 'select' : 'plural', cases: token.cases.map((c) => c.key) };
      out.set(token.arg, [...(out.get(token.arg) ?? []), use]);
      for (const c of token.cases) argumentsOf(c.tokens, out);
    }
  }
  return out;
}

/** The arguments of an ICU message (parsed strictly, as the compiler does). */
export function messageArguments(text: string): Map<string, ArgumentUse[]> {
  return argumentsOf(parse(text, { strict: true }));
}

/** Whether a parameter of `kind` may be used so (plain, the number of a plural, the value of a select). */
export function allowed(kind: ParamKind, use: ArgumentUse): boolean {
  if (use.use === 'plural') return kind === 'number';
  // A select over a parameter of known values has cases for those values only (a misspelt case never matches).
  if (use.use === 'select')
    return kind === 'string' || (Array.isArray(kind) && use.cases.every((c) => c === 'other' || kind.includes(c)));
  return true;
}
