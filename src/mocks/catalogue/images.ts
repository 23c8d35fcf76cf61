import type { Image } from '../../rules/images.ts';
import { findRegion } from '../../rules/regions.ts';
import { idFor } from '../random.ts';
import { marketSpecs, vendors, type MarketSpec } from './market-specs.ts';
import { bootMode, publicSpec, publicSpecs, type PublicSpec } from './public-specs.ts';

// The public and marketplace images as the API shows them, in every region, at runtime.

/** Every ID the catalogues (public + marketplace) use; seeded custom images avoid them. */
const ids = new Set<string>();
export const catalogueIds: ReadonlySet<string> = ids;

// Same ID in every region, as on the real platform. Public IDs are drawn first, then the
// marketplace's, from one set: the order is part of what makes every ID the same on each run.
const publicIdByKey = new Map(publicSpecs.map((s) => [s.key, idFor('img', `public:${s.key}`, ids)]));
const marketIdByKey = new Map(marketSpecs.map((m) => [m.key, idFor('img', `market:${m.key}`, ids)]));

/** The ID of a public image, by its spec's key. */
export function publicImageId(key: string): string {
  return publicIdByKey.get(key)!;
}

function publicImage(s: PublicSpec): Image {
  return {
    ImageId: publicImageId(s.key),
    OsName: s.osName,
    ImageType: 'PUBLIC_IMAGE',
    CreatedTime: s.created,
    ImageName: s.imageName,
    ImageDescription: s.description,
    ImageSize: s.windows ? 50 : 20,
    Architecture: s.arch,
    ImageState: 'NORMAL',
    Platform: s.platform,
    ImageCreator: 'tencent',
    ImageSource: 'OFFICIAL',
    SyncPercent: null,
    IsSupportCloudinit: !s.windows,
    SnapshotSet: [],
    Tags: [],
    LicenseType: 'TencentCloud',
    ImageFamily: '',
    ImageDeprecated: s.deprecated,
    BootMode: bootMode(s.arch),
    MarketInfo: null,
    CopiedFrom: null,
    SharedAccountCount: 0,
    FailureReason: null,
  };
}

function marketImage(m: MarketSpec): Image {
  const base = publicSpec(m.base);
  const vendor = vendors[m.vendor];
  return {
    ...publicImage(base),
    ImageId: marketIdByKey.get(m.key)!,
    ImageType: 'MARKET_IMAGE',
    CreatedTime: m.created,
    ImageName: m.name,
    ImageDescription: m.description,
    ImageSize: m.size,
    ImageCreator: vendor.account,
    ImageDeprecated: false,
    // The marketplace publishes a listing only once the platform has audited it.
    MarketInfo: { Vendor: vendor.name, Software: [...m.software], ...m.price, Audited: true },
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const publicCache = new Map<string, Image[]>();

/**
 * The platform's images in a region (the same set in every known region; none in an
 * unknown one). Memoized and frozen: callers copy before changing anything.
 */
export function publicImages(regionId: string): Image[] {
  let list = publicCache.get(regionId);
  if (!list) {
    list = findRegion(regionId) ? deepFreeze(publicSpecs.map(publicImage)) : deepFreeze([] as Image[]);
    publicCache.set(regionId, list);
  }
  return list;
}

const marketCache = new Map<string, Image[]>();

/**
 * Marketplace listings in a region: the full catalogue on the Chinese mainland, a handful
 * of global listings elsewhere, none in an unknown region. Memoized and frozen.
 */
export function marketImages(regionId: string): Image[] {
  let list = marketCache.get(regionId);
  if (!list) {
    const region = findRegion(regionId);
    const specs = region ? marketSpecs.filter((m) => region.mainland || m.global) : [];
    list = deepFreeze(specs.map(marketImage));
    marketCache.set(regionId, list);
  }
  return list;
}
