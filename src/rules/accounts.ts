// The demo accounts: the ones that sign in to the console.

export const accounts = [
  { accountId: '100000000001', name: 'Demo: Guangzhou team' },
  { accountId: '100000000002', name: 'Demo: Shanghai partner' },
  { accountId: '100000000003', name: 'Demo: Singapore reseller' },
] as const;

export type AccountId = string;
export const DEFAULT_ACCOUNT_ID = accounts[0].accountId;

/**
 * Whether the account signs in: only the demo accounts do. Other root account IDs may still exist
 * as outside accounts that receive shares (the mock's rule: src/mocks/sentinels.ts, accountExists).
 */
export function isKnownAccount(accountId: string): boolean {
  return accounts.some((a) => a.accountId === accountId);
}
