// The pseudo-locale's letters (see Locale in ./locale.ts): every ASCII letter becomes an accented
// one, and vowels are doubled, which makes English text about 40 % longer, as German or Russian
// translations often are. No ASCII letter survives, so one left in a pseudo page is a string
// that never went through the catalogue (or data, such as a name or an ID).

const accented: Record<string, string> = {
  a: 'àà',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'éé',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'îî',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'öö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ûû',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ýý',
  z: 'ž',
  A: 'ÀÀ',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'ÉÉ',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'ÎÎ',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'ÖÖ',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'ÛÛ',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'ÝÝ',
  Z: 'Ž',
};

/** Text in the pseudo-locale's letters (no brackets: see pseudoMessage). */
export function pseudoLetters(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => accented[c]!);
}

/** A whole message in the pseudo-locale: its letters, between brackets that show where it starts and ends. */
export function pseudoMessage(text: string): string {
  return `[${pseudoLetters(text)}]`;
}
