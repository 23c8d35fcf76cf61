// The picker's memory as kept in local storage (src/api/stored.ts accountList): what the last
// version stored under `cvm-console:picks:<account>` still reads, and is written back the same way.
import { describe, expect, it } from 'vitest';
import { storageNotices } from '../../api/stored.ts';
import { isFavourite, pickedIds, picksOf, recordLaunch, toggleFavourite } from './picks-store.ts';

const ACCOUNT = '100000000001';
const KEY = `cvm-console:picks:${ACCOUNT}`;

describe('the picks', () => {
  it('reads a list stored by the last version, and says nothing', () => {
    const stored = [
      { list: 'recent', imageId: 'img-abcd1234', region: 'ap-guangzhou', at: 2 },
      { list: 'favourite', imageId: 'img-efgh5678', region: 'ap-guangzhou', at: 1 },
    ];
    localStorage.setItem(KEY, JSON.stringify(stored));
    const from = storageNotices().length;
    const picks = picksOf(ACCOUNT);
    expect(pickedIds(picks, 'recent', 'ap-guangzhou')).toEqual(['img-abcd1234']);
    expect(isFavourite(picks, 'img-efgh5678', 'ap-guangzhou')).toBe(true);
    expect(picksOf('100000000002')).toEqual([]);
    expect(storageNotices().length).toBe(from);
  });

  it('writes under the same key, in the same format, newest first', () => {
    recordLaunch(ACCOUNT, 'img-abcd1234', 'ap-guangzhou');
    toggleFavourite(ACCOUNT, 'img-efgh5678', 'ap-shanghai');
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual([
      { list: 'favourite', imageId: 'img-efgh5678', region: 'ap-shanghai', at: expect.any(Number) },
      { list: 'recent', imageId: 'img-abcd1234', region: 'ap-guangzhou', at: expect.any(Number) },
    ]);
    toggleFavourite(ACCOUNT, 'img-efgh5678', 'ap-shanghai');
    expect(pickedIds(picksOf(ACCOUNT), 'favourite', 'ap-shanghai')).toEqual([]);
  });
});
