import { useSyncExternalStore } from 'react';
import { useAccount } from '../account/use-account.ts';
import { operationsOf, subscribeOperations, type Operation } from './operations-store.ts';

export function useOperations(): Operation[] {
  const account = useAccount();
  return useSyncExternalStore(
    subscribeOperations,
    () => operationsOf(account),
    () => operationsOf(account),
  );
}
