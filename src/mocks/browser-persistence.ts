import { STORE_VERSION, type Persistence, type StoreData } from './store.ts';

export const STORE_KEY = `cvm-console:store:v${STORE_VERSION}`;

function looksLikeStore(value: unknown): value is StoreData {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<StoreData>;
  return (
    v.version === STORE_VERSION &&
    typeof v.seq === 'number' &&
    Array.isArray(v.images) &&
    Array.isArray(v.instances) &&
    v.shares !== null &&
    typeof v.shares === 'object'
  );
}

/**
 * The demo data in localStorage under a versioned key. Data that cannot be read is not deleted:
 * it is set aside under another key, and `notice` says so, for the console to show.
 */
export function localStoragePersistence(storage: Storage, now: () => number): Persistence & { notice?: string } {
  const persistence: Persistence & { notice?: string } = {
    load() {
      const raw = storage.getItem(STORE_KEY);
      if (raw === null) return undefined;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (looksLikeStore(parsed)) return parsed;
      } catch {
        // fall through: unreadable
      }
      const aside = `cvm-console:store:unreadable:${new Date(now()).toISOString()}`;
      storage.setItem(aside, raw);
      storage.removeItem(STORE_KEY);
      persistence.notice = `The saved demo data could not be read, so fresh demo data was loaded. The unreadable copy is kept in this browser's local storage as "${aside}".`;
      return undefined;
    },
    save(data) {
      storage.setItem(STORE_KEY, JSON.stringify(data));
    },
  };
  return persistence;
}
