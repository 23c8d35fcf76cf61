// What one edit costs on the largest store a client can build (bench/largest-store.ts), kept in
// memory (the standalone server's default) and in a data file (MOCK_API_DATA):
// `npx vitest bench --run bench/edit-cost.bench.ts`. README, "How big the store can grow", quotes it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { DEFAULT_ACCOUNT_ID } from '../src/rules/accounts.ts';
import { createBackend } from '../src/mocks/backend.ts';
import { ManualClock } from '../src/mocks/clock.ts';
import { filePersistence } from '../src/mocks/file-persistence.ts';
import { seedStore } from '../src/mocks/seed/seed-store.ts';
import type { Persistence, StoreData } from '../src/mocks/store.ts';
import { directCall } from '../src/test/direct-call.ts';
import { largestStore } from './largest-store.ts';

const directory = mkdtempSync(join(tmpdir(), 'cvm-edit-cost-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function edits(label: string, data: StoreData, persistence?: Persistence) {
  const backend = createBackend({
    clock: new ManualClock(Date.parse('2026-11-26T08:00:00Z')),
    seed: () => data,
    persistence,
  });
  const mine = data.images.find(
    (i) => i.OwnerId === DEFAULT_ACCOUNT_ID && i.Region === 'ap-guangzhou' && i.BaseState === 'NORMAL',
  )!;
  const call = (action: string, params: object) => {
    const res = directCall(backend, action, params);
    if (res.Error) throw new Error(JSON.stringify(res.Error));
  };
  describe(`${label}: ${data.images.length} images, ${data.instances.length} instances, ${(JSON.stringify(data).length / 1e6).toFixed(1)} MB as JSON`, () => {
    let n = 0;
    bench('ModifyImageAttribute (a new description)', () => {
      call('ModifyImageAttribute', { ImageId: mine.ImageId, ImageDescription: `edit ${n++}` });
    });
    bench('DescribeImages (custom images, first 20)', () => {
      call('DescribeImages', { Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }] });
    });
  });
}

edits('the demo seed, in memory', seedStore());
edits(
  'the demo seed, in a data file',
  seedStore(),
  filePersistence(join(directory, 'seed.json'), () => undefined),
);
edits('the largest store, in memory', largestStore());
edits(
  'the largest store, in a data file',
  largestStore(),
  filePersistence(join(directory, 'state.json'), () => undefined),
);
