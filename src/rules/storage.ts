import type { Message } from './messages/params.ts';

// What the console keeps in this browser's local storage is read back only when valid (the store
// with the API's schemas, the rest with their own rules). What cannot be read is never deleted
// unseen: it is kept under a key of its own, for a bug report, and the console says so.

/** What the console keeps in local storage, as its notices name it. */
export type StoredWhat = 'store' | 'operations' | 'picks' | 'account' | 'region';

/** The part of the Web Storage API this needs (a test can pass a Map-backed one). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Keep a value that could not be read under `<prefix>:unreadable:<time>`. The key, or undefined
 * when the storage would not take it (it is full).
 */
export function setAsideStored(
  storage: KeyValueStorage,
  prefix: string,
  value: string,
  time: number,
): string | undefined {
  const key = `${prefix}:unreadable:${new Date(time).toISOString()}`;
  try {
    storage.setItem(key, value);
    return key;
  } catch {
    return undefined;
  }
}

/** The notice for a stored value that could not be read at all, and was replaced. */
export function unreadableNotice(what: StoredWhat, aside: string | undefined): Message {
  return { key: 'storage.unreadable', params: { what, kept: aside ? 'yes' : 'no', key: aside ?? '' } };
}

/** The notice for a stored list some entries of which could not be read, and were left out. */
export function entriesSetAsideNotice(
  what: 'store' | 'operations' | 'picks',
  count: number,
  aside: string | undefined,
): Message {
  return { key: 'storage.entriesSetAside', params: { what, count, kept: aside ? 'yes' : 'no', key: aside ?? '' } };
}
