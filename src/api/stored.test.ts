// Every key the console reads from local storage besides the demo data (src/mocks/browser-persistence.test.ts):
// the signed-in account and the region here, the per-account lists (accountList) here and in
// operations-store.test.ts and picks-store.test.ts. What cannot be read is set aside under
// its own key and said in a notice; nothing valid is lost; nothing stored can throw.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isKnownAccount } from '../rules/accounts.ts';
import { renderMessage } from '../rules/messages/render.ts';
import { isKnownRegion } from '../rules/regions.ts';
import { z } from '../rules/zod.ts';
import { accountList, readStoredList, readStoredText, storageNotices, useAccountList } from './stored.ts';

/** The notices said since `from`, as text. */
const said = (from: number) =>
  storageNotices()
    .slice(from)
    .map((n) => renderMessage(n, 'en-US'));
/** The keys where something was set aside under `prefix`. */
const asides = (prefix: string) => Object.keys(localStorage).filter((k) => k.startsWith(`${prefix}:unreadable:`));

describe.each([
  [
    'account',
    'cvm-console:account',
    (v: string) => (isKnownAccount(v) ? v : undefined),
    '100000000002',
    'The saved account could not be read, so the default account is signed in.',
  ],
  [
    'region',
    'cvm-console:region',
    (v: string) => (isKnownRegion(v) ? v : undefined),
    'ap-shanghai',
    'The saved region could not be read, so the default region is shown.',
  ],
] as const)('the %s', (what, key, valid, good, text) => {
  it('is read when valid, and says nothing', () => {
    localStorage.setItem(key, good);
    const from = storageNotices().length;
    expect(readStoredText(key, what, valid)).toBe(good);
    expect(said(from)).toEqual([]);
    expect(localStorage.getItem(key)).toBe(good);
  });

  it('is nothing when nothing is stored', () => {
    expect(readStoredText(key, what, valid)).toBeUndefined();
  });

  it.each(['not json {', '', 'null', '[null]', '[{}]', '[1,2,3]', '"100000000002"', '999999999999', 'ap-mars'])(
    'sets %j aside, keeps it for a bug report and says so',
    (raw) => {
      localStorage.setItem(key, raw);
      const from = storageNotices().length;
      expect(readStoredText(key, what, valid)).toBeUndefined();
      const [aside] = asides(key);
      expect(localStorage.getItem(aside!)).toBe(raw);
      expect(localStorage.getItem(key)).toBeNull();
      expect(said(from)).toEqual([
        `${text} What could not be read is kept in this browser’s local storage as "${aside}".`,
      ]);
    },
  );
});

describe('readStoredList', () => {
  const op = { imageId: 'img-abcd1234' };

  it('says the entries could not be kept when the storage is full, and still reads the rest', () => {
    localStorage.setItem('cvm-console:other', JSON.stringify([op, null]));
    const from = storageNotices().length;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(readStoredList('cvm-console:other', 'operations', (v) => (v === null ? undefined : v))).toHaveLength(1);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(said(from)[0]).toMatch(/The browser’s storage had no room left to keep them\.$/);
  });
});

describe('accountList', () => {
  const PREFIX = 'cvm-console:notes';
  const notes = accountList(PREFIX, 'operations', z.object({ note: z.string() }));

  it('keeps each account under its own key, as JSON, and reads it back', () => {
    notes.write('100000000001', [{ note: 'a' }]);
    expect(localStorage.getItem(`${PREFIX}:100000000001`)).toBe('[{"note":"a"}]');
    expect(notes.of('100000000001')).toEqual([{ note: 'a' }]);
    expect(notes.of('100000000002')).toEqual([]);
  });

  it('keeps a list the storage will not take for this page, until the stored text changes', () => {
    localStorage.setItem(`${PREFIX}:100000000001`, '[{"note":"stored"}]');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      notes.write('100000000001', [{ note: 'page' }]);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(notes.of('100000000001')).toEqual([{ note: 'page' }]);
    localStorage.setItem(`${PREFIX}:100000000001`, '[{"note":"other tab"}]');
    expect(notes.of('100000000001')).toEqual([{ note: 'other tab' }]);
  });

  it('re-renders when this tab writes, and when another tab does (its storage event)', () => {
    const { result, unmount } = renderHook(() => useAccountList(notes, '100000000001'));
    expect(result.current).toEqual([]);
    act(() => notes.write('100000000001', [{ note: 'here' }]));
    expect(result.current).toEqual([{ note: 'here' }]);

    const key = `${PREFIX}:100000000001`;
    act(() => {
      localStorage.setItem(key, '[{"note":"there"}]');
      window.dispatchEvent(new StorageEvent('storage', { key }));
    });
    expect(result.current).toEqual([{ note: 'there' }]);

    // Another list's key is none of its business; the next snapshot still reads what is stored.
    act(() => {
      localStorage.setItem(key, '[{"note":"later"}]');
      window.dispatchEvent(new StorageEvent('storage', { key: 'cvm-console:region' }));
    });
    expect(result.current).toEqual([{ note: 'there' }]);
    unmount();
  });
});
