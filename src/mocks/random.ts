import type { StoreDraft } from './draft.ts';

// Deterministic randomness for the mock backend: the seed's IDs and the store's new IDs are functions
// of names and counters, so a reload, a test and the standalone server all see the same IDs.

/** FNV-1a, 32 bit: a string to a PRNG seed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for demo data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** `<prefix>-` + 8 of [a-z0-9] drawn from `next`: the form of every API ID. */
function randomId(prefix: string, next: () => number): string {
  let id = `${prefix}-`;
  for (let i = 0; i < 8; i++) id += ID_ALPHABET[Math.floor(next() * ID_ALPHABET.length)];
  return id;
}

/**
 * `<prefix>-` + 8 of [a-z0-9], a function of `key` alone; on the (unlikely) clash with an ID
 * already in `taken` it re-keys, so the outcome still depends only on the order of calls.
 */
export function idFor(prefix: string, key: string, taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const id = randomId(
      prefix,
      mulberry32(hashString(attempt === 0 ? `${prefix}:${key}` : `${prefix}:${key}#${attempt}`)),
    );
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** A new ID such as `img-3k9x0abq`, deterministic for the store's history and unique within it. */
export function nextId(
  draft: StoreDraft,
  prefix: 'img' | 'ins' | 'snap' | 'disk',
  taken: (id: string) => boolean,
): string {
  for (;;) {
    const id = randomId(prefix, mulberry32(draft.nextSeq() * 2654435761 + prefix.length));
    if (!taken(id)) return id;
  }
}
