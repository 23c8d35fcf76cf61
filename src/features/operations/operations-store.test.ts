// The list of operations as kept in local storage (src/api/stored.ts): entries that cannot be read
// (which used to show as "in undefined · Checking…") are set aside under their own key, the others
// kept, and the console says so.
import { describe, expect, it } from 'vitest';
import { storageNotices } from '../../api/stored.ts';
import { renderMessage } from '../../rules/messages/render.ts';
import { operationsOf, recordOperations } from './operations-store.ts';

const said = (from: number) =>
  storageNotices()
    .slice(from)
    .map((n) => renderMessage(n, 'en-US'));
const asides = (prefix: string) => Object.keys(localStorage).filter((k) => k.startsWith(`${prefix}:unreadable:`));

describe('the list of operations', () => {
  const KEY = 'cvm-console:operations:100000000001';
  const op = {
    imageId: 'img-abcd1234',
    region: 'ap-guangzhou',
    kind: 'copy',
    name: 'web',
    from: { imageId: 'img-efgh5678', region: 'ap-shanghai' },
    startedAt: 1,
  };

  const exported = {
    taskId: 7,
    bucket: 'images-1250000001',
    format: 'RAW',
    onlyRootDisk: false,
    files: ['img-abcd1234_system_snap-1.raw'],
  };

  it('reads a list stored before exports existed beside export entries, and says nothing', () => {
    const exportOp = { ...op, kind: 'export', from: undefined, export: exported, startedAt: 2 };
    localStorage.setItem(KEY, JSON.stringify([exportOp, op, { ...op, kind: 'create', from: undefined }]));
    const from = storageNotices().length;
    expect(operationsOf('100000000001').map((o) => [o.kind, o.export?.taskId])).toEqual([
      ['export', 7],
      ['copy', undefined],
      ['create', undefined],
    ]);
    expect(said(from)).toEqual([]);
  });

  it('reads what the console recorded, and says nothing', () => {
    const from = storageNotices().length;
    recordOperations('100000000001', [
      { imageId: 'img-abcd1234', region: 'ap-guangzhou', kind: 'create', name: 'web' },
    ]);
    expect(operationsOf('100000000001')).toEqual([
      expect.objectContaining({ imageId: 'img-abcd1234', kind: 'create' }),
    ]);
    expect(said(from)).toEqual([]);
  });

  it.each(['not json {', '{}', '"ops"', 'null', '42'])('sets %j aside whole, and starts empty', (raw) => {
    localStorage.setItem(KEY, raw);
    const from = storageNotices().length;
    expect(operationsOf('100000000001')).toEqual([]);
    const [aside] = asides(KEY);
    expect(localStorage.getItem(aside!)).toBe(raw);
    expect(said(from)).toEqual([
      `The saved list of operations could not be read, so the list starts empty. What could not be read is kept in this browser’s local storage as "${aside}".`,
    ]);
  });

  it.each<[string, unknown[], number]>([
    ['[null]', [null], 1],
    ['[{}]', [{}], 1],
    ['[1,2,3]', [1, 2, 3], 3],
    ['an operation in an unknown region', [{ ...op, region: undefined }], 1],
    ['a copy from nowhere', [{ ...op, from: { imageId: 'img-efgh5678' } }], 1],
    ['an export without its task', [{ ...op, kind: 'export' }], 1],
    ['an export in an unknown format', [{ ...op, kind: 'export', export: { ...exported, format: 'ISO' } }], 1],
  ])('sets the entries it cannot read aside (%s) and keeps the others', (_what, bad, count) => {
    localStorage.setItem(KEY, JSON.stringify([op, ...bad, { ...op, imageId: 'img-second1' }]));
    const from = storageNotices().length;
    const list = operationsOf('100000000001');
    expect(list.map((o) => o.imageId)).toEqual(['img-abcd1234', 'img-second1']);
    const [aside] = asides(KEY);
    expect(JSON.parse(localStorage.getItem(aside!)!)).toEqual(bad);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(list);
    expect(said(from)).toEqual([
      `${count} saved ${count === 1 ? 'entry' : 'entries'} of the list of operations could not be read and ${count === 1 ? 'was' : 'were'} left out; everything else was kept. The unreadable entries are kept in this browser’s local storage as "${aside}".`,
    ]);
    // Read again: nothing more to say.
    expect(operationsOf('100000000001')).toBe(list);
    expect(said(from)).toHaveLength(1);
  });
});
