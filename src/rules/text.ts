// Text as a person sees it: its length in characters, and what was typed quoted back in a message.

/** What a person typed, repeated in a message without letting a huge input flood it. */
export function quote(input: string, max = 64): string {
  return charLength(input) <= max ? input : `${[...input].slice(0, max).join('')}…`;
}

/** Length counted in characters as a person sees them (an emoji counts once). */
export function charLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
