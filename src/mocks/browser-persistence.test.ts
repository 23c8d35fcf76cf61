import { describe, expect, it } from 'vitest';
import { API_VERSION } from '../rules/protocol.ts';
import { DEFAULT_ACCOUNT_ID } from '../rules/accounts.ts';
import { createBackend, type CvmCall } from './backend.ts';
import { STORE_KEY, localStoragePersistence } from './browser-persistence.ts';
import { ManualClock } from './clock.ts';
import { seedStore } from './seed/seed-store.ts';
import { STORE_VERSION, type StoreData } from './store.ts';
import { renderMessage } from '../rules/messages/render.ts';
import type { KeyValueStorage } from '../rules/storage.ts';

const NOW = Date.parse('2026-11-26T08:00:00Z');

function call(action: string, params: unknown, region = 'ap-guangzhou'): CvmCall {
  return {
    action,
    version: API_VERSION,
    region,
    language: null,
    accountId: DEFAULT_ACCOUNT_ID,
    body: JSON.stringify(params),
  };
}

/** A tab: its own backend over the shared localStorage, as in the browser. */
function openTab(clock = new ManualClock(NOW)) {
  const persistence = localStoragePersistence(localStorage, () => clock.now());
  const backend = createBackend({ persistence, clock });
  persistence.save(backend.data());
  return { backend, persistence };
}

const guangzhouInstance = (data: StoreData) =>
  data.instances.find((i) => i.OwnerId === DEFAULT_ACCOUNT_ID && i.Region === 'ap-guangzhou')!.InstanceId;

describe('browser persistence', () => {
  it('keeps the data across a reload', () => {
    const first = openTab();
    const instanceId = guangzhouInstance(first.backend.data());
    const res = first.backend.handle(call('CreateImage', { ImageName: 'kept', InstanceId: instanceId }));
    expect(res.Response.Error).toBeUndefined();
    const reloaded = openTab();
    expect(reloaded.persistence.notice).toBeUndefined();
    expect(reloaded.backend.data().images.some((i) => i.ImageName === 'kept')).toBe(true);
  });

  it('starts from the seed when nothing is stored, under the versioned key', () => {
    const tab = openTab();
    expect(JSON.parse(localStorage.getItem(STORE_KEY)!)).toEqual(seedStore());
    expect(STORE_KEY).toBe(`cvm-console:store:v${STORE_VERSION}`);
    expect(tab.persistence.notice).toBeUndefined();
  });

  it('migrates version 1 data: the failure reason moves from the task to the image, under the new key', () => {
    const v2 = seedStore();
    const failed = v2.images.find((i) => i.BaseState === 'IMPORTFAILED')!;
    const v1 = {
      ...v2,
      version: 1,
      images: [
        ...v2.images,
        {
          ...failed,
          ImageId: 'img-v1failed',
          ImageName: 'v1-import',
          FailureReason: null,
          BaseState: 'NORMAL',
          Task: {
            kind: 'IMPORT',
            startedAt: 0,
            durationMs: 1,
            outcome: 'IMPORTFAILED',
            failureReason: 'InvalidUrl: no file',
          },
        },
      ],
    };
    localStorage.setItem('cvm-console:store:v1', JSON.stringify(v1));
    const tab = openTab();
    const migrated = tab.backend.data().images.find((i) => i.ImageId === 'img-v1failed')!;
    expect(migrated.FailureReason).toBe('InvalidUrl: no file');
    expect(migrated.Task).toEqual({ kind: 'IMPORT', startedAt: 0, durationMs: 1, outcome: 'IMPORTFAILED' });
    expect(tab.backend.data().images).toHaveLength(v2.images.length + 1);
    expect(localStorage.getItem('cvm-console:store:v1')).toBeNull();
    expect(JSON.parse(localStorage.getItem(STORE_KEY)!).version).toBe(STORE_VERSION);
    // The API shows the reason once the import has failed.
    const res = tab.backend.handle(call('DescribeImages', { ImageIds: ['img-v1failed'] }));
    expect(res.Response.ImageSet).toEqual([
      expect.objectContaining({ ImageState: 'IMPORTFAILED', FailureReason: 'InvalidUrl: no file' }),
    ]);
  });

  it('migrates version 2 data: snapshots become records of their own, and each copy learns its original', () => {
    const seed = seedStore();
    const { snapshots: _records, ...rest } = seed;
    const v2 = { ...rest, version: 2, images: seed.images.map(({ LineageRoot: _root, ...image }) => image) };
    const copy = seed.images.find((i) => i.CopiedFrom)!;
    const copyOfCopy = { ...copy, ImageId: 'img-v2copy02', Region: 'ap-beijing', SnapshotSet: [] };
    v2.images.push({ ...copyOfCopy, CopiedFrom: { ImageId: copy.ImageId, Region: copy.Region } });
    localStorage.setItem('cvm-console:store:v2', JSON.stringify(v2));
    const data = openTab().backend.data();
    expect(data.snapshots).toEqual(seed.snapshots);
    expect(data.snapshots.length).toBeGreaterThan(0);
    const image = (id: string) => data.images.find((i) => i.ImageId === id)!;
    expect(image(copy.ImageId).LineageRoot).toEqual(copy.CopiedFrom);
    // A copy of a copy records the original, not the copy it came from.
    expect(image('img-v2copy02').LineageRoot).toEqual(copy.CopiedFrom);
    expect(image(copy.CopiedFrom!.ImageId).LineageRoot).toBeUndefined();
    expect(localStorage.getItem('cvm-console:store:v2')).toBeNull();
  });

  const ASIDE = `cvm-console:store:unreadable:${new Date(NOW).toISOString()}`;

  it.each([
    ['not JSON', '{"version": 2, "images": ['],
    ['JSON of another shape', JSON.stringify({ hello: 'world' })],
    ['a version from the future', JSON.stringify({ ...seedStore(), version: STORE_VERSION + 1 })],
    ['no version', JSON.stringify({ ...seedStore(), version: undefined })],
    ['a broken current version', JSON.stringify({ ...seedStore(), images: 'none' })],
    ['null', 'null'],
    ['[null]', '[null]'],
    ['[{}]', '[{}]'],
    ['[1,2,3]', '[1,2,3]'],
    ['a number', '42'],
  ])('sets unreadable data aside (%s), loads the seed and says so', (_what, raw) => {
    localStorage.setItem(STORE_KEY, raw);
    const tab = openTab();
    expect(localStorage.getItem(ASIDE)).toBe(raw);
    const notice = renderMessage(tab.persistence.notice, 'en-US');
    expect(notice).toContain(ASIDE);
    expect(notice).toContain('could not be read');
    expect(notice).toBe(
      `The saved demo data could not be read, so fresh demo data was loaded. What could not be read is kept in this browser’s local storage as "${ASIDE}".`,
    );
    expect(tab.backend.data()).toEqual(seedStore());
    expect(JSON.parse(localStorage.getItem(STORE_KEY)!)).toEqual(seedStore());
  });

  // A store of the right version whose lists hold entries that do not parse: only those are set
  // aside; every valid image, instance and share list is kept, and the API works on them.
  it.each<[string, (data: StoreData) => unknown, number, 'all' | 'none']>([
    ['images [null]', (d) => ({ ...d, images: [null] }), 1, 'none'],
    ['images [{}]', (d) => ({ ...d, images: [{}] }), 1, 'none'],
    ['images [1,2,3]', (d) => ({ ...d, images: [1, 2, 3] }), 3, 'none'],
    ['a null among the images', (d) => ({ ...d, images: [...d.images, null] }), 1, 'all'],
    [
      'an image without its Region',
      (d) => ({ ...d, images: [...d.images, { ...d.images[0], Region: undefined, ImageId: 'img-noregion' }] }),
      1,
      'all',
    ],
    [
      'an image whose CreatedTime is not a time',
      (d) => ({ ...d, images: [...d.images, { ...d.images[0], ImageId: 'img-badtime1', CreatedTime: 'yesterday' }] }),
      1,
      'all',
    ],
    [
      'an image whose Tags are not a list',
      (d) => ({ ...d, images: [...d.images, { ...d.images[0], ImageId: 'img-badtags1', Tags: 'env=prod' }] }),
      1,
      'all',
    ],
    ['an instance of null and one of [{}]', (d) => ({ ...d, instances: [...d.instances, null, [{}]] }), 2, 'all'],
    [
      'a share list that is not a list',
      (d) => ({ ...d, shares: { ...d.shares, 'img-aaaaaaaa': 'everyone' } }),
      1,
      'all',
    ],
    ['a share list of [null]', (d) => ({ ...d, shares: { ...d.shares, 'img-aaaaaaaa': [null] } }), 1, 'all'],
    ['a counter that is not a number', (d) => ({ ...d, seq: 'many' }), 1, 'all'],
  ])('keeps every valid entry and sets aside the rest (%s), saying how many', (_what, corrupt, count, images) => {
    const seed = seedStore();
    const stored = corrupt(seed) as Record<string, unknown>;
    localStorage.setItem(STORE_KEY, JSON.stringify(stored));
    const tab = openTab();
    const data = tab.backend.data();
    expect(data.images).toEqual(images === 'all' ? seed.images : []);
    expect(data.instances).toEqual(seed.instances);
    for (const [id, list] of Object.entries(seed.shares)) expect(data.shares[id]).toEqual(list);
    expect(data.shares['img-aaaaaaaa']).toBeUndefined();
    expect(renderMessage(tab.persistence.notice, 'en-US')).toBe(
      `${count} saved ${count === 1 ? 'entry' : 'entries'} of the demo data could not be read and ${count === 1 ? 'was' : 'were'} left out; everything else was kept. The unreadable entries are kept in this browser’s local storage as "${ASIDE}".`,
    );
    const aside = JSON.parse(localStorage.getItem(ASIDE)!) as Record<string, unknown>;
    expect(
      Object.values(aside).flatMap((v) => (Array.isArray(v) ? v : typeof v === 'object' && v ? Object.values(v) : [v])),
    ).toHaveLength(count);
    // The store is written back without them, and works: a reload says nothing more.
    expect(openTab().persistence.notice).toBeUndefined();
    const instanceId = guangzhouInstance(data);
    expect(
      tab.backend.handle(call('CreateImage', { ImageName: 'after-repair', InstanceId: instanceId })).Response.Error,
    ).toBeUndefined();
  });

  it('keeps the valid entries of older data too: migrated, then read entry by entry', () => {
    const seed = seedStore();
    localStorage.setItem(
      'cvm-console:store:v1',
      JSON.stringify({ ...seed, version: 1, images: [...seed.images, null] }),
    );
    const tab = openTab();
    expect(tab.backend.data().images).toEqual(seed.images);
    expect(renderMessage(tab.persistence.notice, 'en-US')).toContain(
      '1 saved entry of the demo data could not be read',
    );
    expect(localStorage.getItem('cvm-console:store:v1')).toBeNull();
  });

  it('refuses a change that no longer fits in local storage with ResourceInsufficient, and changes nothing', () => {
    const full: KeyValueStorage = {
      getItem: (key) => localStorage.getItem(key),
      removeItem: (key) => localStorage.removeItem(key),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const clock = new ManualClock(NOW);
    const backend = createBackend({ persistence: localStoragePersistence(full, () => clock.now()), clock });
    const before = backend.data();
    const res = backend.handle(call('CreateImage', { ImageName: 'no-room', InstanceId: guangzhouInstance(before) }));
    expect(res.Response.Error).toEqual({
      Code: 'ResourceInsufficient',
      Message:
        'The demo data no longer fits in this browser’s local storage, so nothing was changed; delete some images, or reset the demo data.',
    });
    expect(backend.data()).toBe(before);
  });

  it('lets two tabs share the data: a change in one is what the other changes next', () => {
    const a = openTab();
    const b = openTab();
    const instanceId = guangzhouInstance(a.backend.data());
    expect(
      a.backend.handle(call('CreateImage', { ImageName: 'from-a', InstanceId: instanceId })).Response.Error,
    ).toBeUndefined();
    expect(
      b.backend.handle(call('CreateImage', { ImageName: 'from-b', InstanceId: instanceId })).Response.Error,
    ).toBeUndefined();
    const names = openTab()
      .backend.data()
      .images.map((i) => i.ImageName);
    expect(names).toEqual(expect.arrayContaining(['from-a', 'from-b']));
  });

  it('lets only one of two tabs take the last quota slot', () => {
    const a = openTab();
    const b = openTab();
    const instanceId = guangzhouInstance(a.backend.data());
    // 8 of 10 are used in the seed: take the ninth in tab A, then both race for the tenth.
    expect(
      a.backend.handle(call('CreateImage', { ImageName: 'ninth', InstanceId: instanceId })).Response.Error,
    ).toBeUndefined();
    const fromA = a.backend.handle(call('CreateImage', { ImageName: 'tenth-a', InstanceId: instanceId })).Response;
    const fromB = b.backend.handle(call('CreateImage', { ImageName: 'tenth-b', InstanceId: instanceId })).Response;
    expect(fromA.Error).toBeUndefined();
    expect(fromB.Error).toEqual({
      Code: 'ImageQuotaLimitExceeded',
      Message: '10 of 10 custom images used in Guangzhou; delete one to make room.',
    });
    const stored = openTab()
      .backend.data()
      .images.filter((i) => i.OwnerId === DEFAULT_ACCOUNT_ID && i.Region === 'ap-guangzhou');
    expect(stored).toHaveLength(10);
  });
});
