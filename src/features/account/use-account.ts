import { useSyncExternalStore } from 'react';
import { getAccount, subscribeAccount } from '../../api/session.ts';

/** The signed-in demo account; re-renders when the Account selector changes it. */
export function useAccount(): string {
  return useSyncExternalStore(subscribeAccount, getAccount, getAccount);
}
