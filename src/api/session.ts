import { DEFAULT_ACCOUNT_ID, isKnownAccount } from '../rules/common.ts';
import type { Language } from '../rules/messages/params.ts';

const KEY = 'cvm-console:account';
const listeners = new Set<() => void>();

function read(): string {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored && isKnownAccount(stored)) return stored;
  } catch {
    // storage unavailable: the default account
  }
  return DEFAULT_ACCOUNT_ID;
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
