// What one edit costs on the largest store a client can build (bench/largest-store.ts):
// `npx vitest bench --run bench/edit-cost.bench.ts`. README, "How big the store can grow", quotes it.
import { bench, describe } from 'vitest';
import { createBackend } from '../src/mocks/backend.ts';
import { ManualClock } from '../src/mocks/clock.ts';
import { largestStore } from './largest-store.ts';

import { seedStore } from '../src/mocks/seed/seed-store.ts';
import type { StoreData } from '../src/mocks/store.ts';

const A1 = '100000000001';

function edits(label: string, data: StoreData) {
  const backend = createBackend({ clock: new ManualClock(Date.parse('2026-11-26T08:00:00Z')), seed: () => data });
  const mine = data.images.find((i) => i.OwnerId === A1 && i.Region === 'ap-guangzhou' && i.BaseState === 'NORMAL')!;
  const call = (action: string, params: object) => {
    const out = backend.handle({
      action,
      version: '2017-03-12',
      region: 'ap-guangzhou',
      language: null,
      accountId: A1,
      body: JSON.stringify(params),
    });
    if (out.Response.Error) throw new Error(JSON.stringify(out.Response.Error));
  };
  describe(`${label}: ${data.images.length} images, ${data.instances.length} instances`, () => {
    let n = 0;
    bench('ModifyImageAttribute (a new description)', () => {
      call('ModifyImageAttribute', { ImageId: mine.ImageId, ImageDescription: `edit ${n++}` });
    });
    bench('DescribeImages (custom images, first 20)', () => {
      call('DescribeImages', { Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }] });
    });
  });
}

edits('the demo seed', seedStore());
edits('the largest store', largestStore({ imagesPerRegion: 10, tags: 50, recipients: 50, instancesPerZone: 30 }));
