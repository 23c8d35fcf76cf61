// The pseudo-locale's catalogue, made from the English one when the catalogues are compiled
// (vite-messages.ts): in each ICU message only the text is changed, never an argument, a plural
// or a select, so every message keeps its parameters.
import { parse, type Token } from '@messageformat/parser';
import { pseudoLetters } from './pseudo-text.ts';

/** The text parts of a parsed message, with where each lies in the source. */
function textSpans(tokens: readonly Token[], out: { start: number; end: number }[] = []) {
  for (const token of tokens) {
    if (token.type === 'content') out.push({ start: token.ctx.offset, end: token.ctx.offset + token.ctx.text.length });
    else if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal')
      for (const c of token.cases) textSpans(c.tokens, out);
  }
  return out;
}

/**
 * One message in pseudo letters. Letters are changed in the source itself: ICU's syntax
 * (braces, quotes, `#`) has no letters, so what is escaped stays escaped.
 */
export function pseudoIcu(source: string): string {
  let out = source;
  for (const { start, end } of textSpans(parse(source)).sort((a, b) => b.start - a.start))
    out = out.slice(0, start) + pseudoLetters(out.slice(start, end)) + out.slice(end);
  return `[${out}]`;
}

export function pseudoCatalogue<K extends string>(english: Record<K, string>): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(english).map(([key, text]) => [key, pseudoIcu(text)])) as Record<
    K,
    string
  >;
}
