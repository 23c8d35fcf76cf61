import { useAccountList } from '../../api/stored.ts';
import { useAccount } from '../account/use-account.ts';
import { operations, type Operation } from './operations-store.ts';

export function useOperations(): Operation[] {
  return useAccountList(operations, useAccount());
}
