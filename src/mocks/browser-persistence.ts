import { violation } from '../rules/violation.ts';
import type { Message } from '../rules/messages/params.ts';
import { entriesSetAsideNotice, setAsideStored, unreadableNotice, type KeyValueStorage } from '../rules/storage.ts';
import { countSetAside, readStore } from './migrations.ts';
import { ApiFailure } from './resolvers/context.ts';
import { STORE_VERSION, type Persistence, type StoreData } from './store.ts';

const PREFIX = 'cvm-console:store:v';
export const STORE_KEY = `${PREFIX}${STORE_VERSION}`;
/** Where what could not be read is kept: `cvm-console:store:unreadable:<time>`. */
const ASIDE_PREFIX = 'cvm-console:store';

export type BrowserPersistence = Persistence & {
  /** Set when stored data could not be read (wholly or in part), for the console to show. */
  notice?: Message;
};

/**
 * The demo data in localStorage under a versioned key, read with the API's schemas entry by entry
 * (readStore). Data written by an earlier version is migrated and moved to the current key. Nothing
 * that cannot be read is deleted unseen: a value that is not a store at all is set aside whole and the
 * seed is loaded; entries that do not parse are set aside and the rest kept (nothing valid is lost).
 * `notice` says which, and where the rest was kept.
 */
export function localStoragePersistence(storage: KeyValueStorage, now: () => number): BrowserPersistence {
  // Every mutation reloads (another tab may have written): what was last read or written is not parsed again.
  let last: { raw: string; data: StoreData } | undefined;

  /** The data of `raw` (stored under `key`); `repaired` when some of it was set aside. */
  const read = (key: string, raw: string): { data: StoreData; repaired: boolean } | undefined => {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
    const result = readStore(value);
    if (!result) {
      persistence.notice = unreadableNotice('store', setAsideStored(storage, ASIDE_PREFIX, raw, now()));
      storage.removeItem(key);
      return undefined;
    }
    if (result.setAside) {
      const aside = setAsideStored(storage, ASIDE_PREFIX, JSON.stringify(result.setAside), now());
      persistence.notice = entriesSetAsideNotice('store', countSetAside(result.setAside), aside);
    }
    return { data: result.data, repaired: result.setAside !== undefined };
  };

  const persistence: BrowserPersistence = {
    load() {
      const raw = storage.getItem(STORE_KEY);
      if (raw !== null && raw === last?.raw) return last.data;
      let found = raw === null ? undefined : read(STORE_KEY, raw);
      let moved = false;
      // Else an earlier version's data, newest first: migrated and moved to the current key.
      for (let version = STORE_VERSION - 1; version >= 1 && !found; version--) {
        const key = `${PREFIX}${version}`;
        const older = storage.getItem(key);
        if (older === null) continue;
        found = read(key, older);
        if (found) {
          storage.removeItem(key);
          moved = true;
        }
      }
      if (!found) return undefined;
      if (moved || found.repaired) {
        // Written back as read: migrated, without the entries set aside (if the storage takes it).
        try {
          persistence.save(found.data);
        } catch {
          last = undefined;
        }
      } else last = { raw: raw!, data: found.data };
      return found.data;
    },
    save(data) {
      const raw = JSON.stringify(data);
      try {
        storage.setItem(STORE_KEY, raw);
      } catch (e) {
        // Full: the change is refused and nothing changes (the backend commits only what was saved).
        if (e instanceof DOMException && e.name === 'QuotaExceededError')
          throw new ApiFailure(violation('ResourceInsufficient', 'api.storageFull', {}));
        throw e;
      }
      last = { raw, data };
    },
  };
  return persistence;
}
