import { DEFAULT_ACCOUNT_ID, isKnownAccount } from '../rules/accounts.ts';
import type { Language } from '../rules/messages/params.ts';
import { readStoredText } from './stored.ts';

const KEY = 'cvm-console:account';
const listeners = new Set<() => void>();

/** The account chosen last time, if it is one that signs in; otherwise the default. */
function read(): string {
  return (
    readStoredText(KEY, 'account', (stored) => (isKnownAccount(stored) ? stored : undefined)) ?? DEFAULT_ACCOUNT_ID
  );
}

let account = typeof localStorage === 'undefined' ? DEFAULT_ACCOUNT_ID : read();

/** The account the console is signed in as; every API call is made as this account. */
export function getAccount(): string {
  return account;
}

/** `remember: false` for an account the backend names (the local proxy's), not one the person chose. */
export function setAccount(next: string, { remember = true } = {}): void {
  if (next === account) return;
  account = next;
  try {
    if (remember) localStorage.setItem(KEY, next);
  } catch {
    // not remembered, still switched
  }
  for (const listener of listeners) listener();
}

/**
 * The local proxy's page names its account from STS. Where STS did not answer, the console starts
 * without one (never a demo account's ID) and takes it from the API's first own image: CVM lists
 * as PRIVATE_IMAGE only the caller's own images, so their creator is the caller.
 */
export function learnAccount(image: { ImageType: string; ImageCreator: string }): void {
  if (account === '' && image.ImageType === 'PRIVATE_IMAGE' && /^\d+$/.test(image.ImageCreator))
    setAccount(image.ImageCreator, { remember: false });
}

export function subscribeAccount(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let language: Language = 'en-US';

/** The language the API answers in (`X-TC-Language`): the console's own (set by src/app). */
export function getLanguage(): Language {
  return language;
}

export function setLanguage(next: Language): void {
  language = next;
}
