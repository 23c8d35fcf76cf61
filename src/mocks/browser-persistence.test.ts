import { describe, expect, it } from 'vitest';
import { API_VERSION, DEFAULT_ACCOUNT_ID } from '../rules/common.ts';
import { createBackend, type CvmCall } from './backend.ts';
import { STORE_KEY, localStoragePersistence } from './browser-persistence.ts';
import { ManualClock } from './clock.ts';
import { seedStore } from './seed/seed-store.ts';
import { STORE_VERSION, type StoreData } from './store.ts';

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

  it.each([
    ['not JSON', '{"version": 2, "images": ['],
    ['JSON of another shape', JSON.stringify({ hello: 'world' })],
    ['a version from the future', JSON.stringify({ ...seedStore(), version: STORE_VERSION + 1 })],
    ['a broken current version', JSON.stringify({ ...seedStore(), images: 'none' })],
  ])('sets unreadable data aside (%s), loads the seed and says so', (_what, raw) => {
    localStorage.setItem(STORE_KEY, raw);
    const tab = openTab();
    const aside = `cvm-console:store:unreadable:${new Date(NOW).toISOString()}`;
    expect(localStorage.getItem(aside)).toBe(raw);
    expect(tab.persistence.notice).toContain(aside);
    expect(tab.persistence.notice).toContain('could not be read');
    expect(tab.backend.data()).toEqual(seedStore());
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
