import { describe, it, expect } from 'vitest';
import { accountIdProblem } from './ids.ts';
import { accounts, isKnownAccount } from './accounts.ts';

describe('accounts', () => {
  it('are valid root account IDs, unique', () => {
    for (const a of accounts) expect(accountIdProblem(a.accountId)).toBeUndefined();
    expect(new Set(accounts.map((a) => a.accountId)).size).toBe(accounts.length);
  });
  it.each([
    ['100000000001', true],
    ['100000000002', true],
    ['100000000003', true],
    ['100000000004', false],
    ['', false],
  ])('isKnownAccount(%j) is %s', (id, known) => {
    expect(isKnownAccount(id)).toBe(known);
  });
});
