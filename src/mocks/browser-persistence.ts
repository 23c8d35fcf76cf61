import { migrateStore } from './migrations.ts';
import { STORE_VERSION, type Persistence } from './store.ts';

const PREFIX = 'cvm-console:store:v';
export const STORE_KEY = `${PREFIX}${STORE_VERSION}`;

/**
 * The demo data in localStorage under a versioned key. Data written by an earlier version is
 * migrated and moved to the current key. Data that cannot be read is not deleted: it is set
 * aside under another key, and `notice` says so, for the console to show.
 */
export function localStoragePersistence(storage: Storage, now: () => number): Persistence & { notice?: string } {
  const setAside = (key: string, raw: string) => {
    const aside = `cvm-console:store:unreadable:${new Date(now()).toISOString()}`;
    storage.setItem(aside, raw);
    storage.removeItem(key);
    persistence.notice = `The saved demo data could not be read, so fresh demo data was loaded. The unreadable copy is kept in this browser's local storage as "${aside}".`;
  };
  const read = (key: string) => {
    const raw = storage.getItem(key);
    if (raw === null) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const data = migrateStore(parsed);
    if (!data) setAside(key, raw);
    return data;
  };
  const persistence: Persistence & { notice?: string } = {
    load() {
      const current = read(STORE_KEY);
      if (current) return current;
      // An earlier version's data, newest first: migrate it and move it to the current key.
      for (let version = STORE_VERSION - 1; version >= 1; version--) {
        const key = `${PREFIX}${version}`;
        const older = read(key);
        if (!older) continue;
        storage.setItem(STORE_KEY, JSON.stringify(older));
        storage.removeItem(key);
        return older;
      }
      return undefined;
    },
    save(data) {
      storage.setItem(STORE_KEY, JSON.stringify(data));
    },
  };
  return persistence;
}
