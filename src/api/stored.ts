import { useSyncExternalStore } from 'react';
import type { Message } from '../rules/messages/params.ts';
import { entriesSetAsideNotice, setAsideStored, unreadableNotice, type KeyValueStorage } from '../rules/storage.ts';

// What the console keeps in this browser's local storage besides the demo data (the signed-in
// account, the region, the list of operations) is read back only when valid. What is not is set
// aside under a key of its own, for a bug report, and the console shows a notice (storageNotices);
// nothing stored can blank the page.

let notices: readonly Message[] = [];
const listeners = new Set<() => void>();

function notice(message: Message): void {
  notices = [...notices, message];
  for (const listener of listeners) listener();
}

/** What the console has said about stored values it could not read, oldest first (the same array until one is added). */
export function storageNotices(): readonly Message[] {
  return notices;
}

export function subscribeStorageNotices(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function storage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage disabled: nothing is remembered
  }
}

function storedText(store: KeyValueStorage, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

/** Set a whole value aside and say so. */
function unreadable(
  store: KeyValueStorage,
  key: string,
  what: 'operations' | 'picks' | 'account' | 'region',
  raw: string,
) {
  notice(unreadableNotice(what, setAsideStored(store, key, raw, Date.now())));
  store.removeItem(key);
}

/**
 * A value kept under `key` as text, as `valid` reads it; undefined when nothing (readable) is
 * stored. A value `valid` refuses is set aside and the console says so.
 */
export function readStoredText<T>(
  key: string,
  what: 'account' | 'region',
  valid: (raw: string) => T | undefined,
): T | undefined {
  const store = storage();
  const raw = store && storedText(store, key);
  if (!store || raw === null || raw === undefined) return undefined;
  const value = valid(raw);
  if (value === undefined) unreadable(store, key, what, raw);
  return value;
}

/**
 * A list kept under `key` as JSON, each entry as `entry` reads it; empty when nothing is stored.
 * A value that is not a list is set aside whole; entries that cannot be read are set aside, the
 * rest kept (and written back without them). The console says which.
 */
export function readStoredList<T>(
  key: string,
  what: 'operations' | 'picks',
  entry: (value: unknown) => T | undefined,
): T[] {
  const store = storage();
  const raw = store && storedText(store, key);
  if (!store || raw === null || raw === undefined) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  if (!Array.isArray(value)) {
    unreadable(store, key, what, raw);
    return [];
  }
  const list: T[] = [];
  const bad: unknown[] = [];
  for (const item of value as unknown[]) {
    const read = entry(item);
    if (read === undefined) bad.push(item);
    else list.push(read);
  }
  if (bad.length > 0) {
    notice(entriesSetAsideNotice(what, bad.length, setAsideStored(store, key, JSON.stringify(bad), Date.now())));
    try {
      store.setItem(key, JSON.stringify(list));
    } catch {
      // kept for this page only
    }
  }
  return list;
}

/** What a per-account list needs of its entries' schema (a zod schema has it). */
interface EntrySchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** A list the console keeps per account, in this browser only (see accountList). */
export interface AccountList<T> {
  /** An account's list; the same array until the stored value changes (another tab may change it). */
  of: (account: string) => T[];
  /** Keep `list` as the account's list (for this page only when the storage will not take it). */
  write: (account: string, list: T[]) => void;
  /** Called when a list changes, in this tab or in another. */
  subscribe: (listener: () => void) => () => void;
}

/**
 * A list kept as JSON under `<prefix>:<account>`, read with readStoredList (each entry as
 * `schema` reads it, what it refuses set aside), and cached until the stored text changes.
 */
export function accountList<T>(prefix: string, what: 'operations' | 'picks', schema: EntrySchema<T>): AccountList<T> {
  const listeners = new Set<() => void>();
  let cache: { account: string; raw: string | null; list: T[] } | undefined;
  const key = (account: string) => `${prefix}:${account}`;
  const raw = (account: string) => {
    const store = storage();
    return store ? storedText(store, key(account)) : null;
  };
  const entry = (value: unknown) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const changed = () => {
    for (const listener of listeners) listener();
  };
  // Another tab wrote a list (or cleared the storage): the snapshot is read again.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(`${prefix}:`)) changed();
  };
  return {
    of(account) {
      if (cache?.account !== account || cache.raw !== raw(account)) {
        const list = readStoredList(key(account), what, entry);
        // Entries that could not be read were set aside and the list written back without them.
        cache = { account, raw: raw(account), list };
      }
      return cache.list;
    },
    write(account, list) {
      try {
        storage()?.setItem(key(account), JSON.stringify(list));
      } catch {
        // kept for this page only: until the stored text changes
      }
      cache = { account, raw: raw(account), list };
      changed();
    },
    subscribe(listener) {
      if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
  };
}

/** An account's list, re-rendering when it changes (here or in another tab). */
export function useAccountList<T>(list: AccountList<T>, account: string): T[] {
  return useSyncExternalStore(
    list.subscribe,
    () => list.of(account),
    () => list.of(account),
  );
}
