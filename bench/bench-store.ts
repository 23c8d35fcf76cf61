import { DEFAULT_ACCOUNT_ID } from '../src/rules/accounts.ts';
import { DEFAULT_REGION_ID } from '../src/rules/regions.ts';
import { publicImages } from '../src/mocks/catalogue/images.ts';
import { isoTime } from '../src/mocks/clock.ts';
import { seedStore } from '../src/mocks/seed/seed-store.ts';
import type { StoreData, StoredImage } from '../src/mocks/store.ts';

/**
 * The benchmark's world: the demo seed plus `count` custom images of the default account in the
 * default region, to measure the console at scale. Never the product: src/mocks/browser.ts loads it
 * only in builds made with VITE_BENCH_IMAGES (`npm run bench`); the production build leaves it out.
 */
export function benchStore(count: number): StoreData {
  const data = seedStore();
  const templates = publicImages(DEFAULT_REGION_ID);
  for (let i = 0; i < count; i++) {
    const base = templates[i % templates.length]!;
    const image: StoredImage = {
      ...base,
      ImageId: `img-b${i.toString(36).padStart(7, '0')}`,
      ImageName: `bench-${base.Platform.toLowerCase().replace(/\s+/g, '-')}-${String(i).padStart(5, '0')}`,
      ImageDescription: `Benchmark image ${i}`,
      ImageCreator: DEFAULT_ACCOUNT_ID,
      ImageSource: 'CREATE_IMAGE',
      CreatedTime: isoTime(Date.UTC(2025, 0, 1) + i * 60_000),
      Region: DEFAULT_REGION_ID,
      OwnerId: DEFAULT_ACCOUNT_ID,
      BaseState: 'NORMAL',
      Task: null,
    };
    data.images.push(image);
  }
  return data;
}
