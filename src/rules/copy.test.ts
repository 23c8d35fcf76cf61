import { describe, it, expect } from 'vitest';
import { parseRequest } from './violation.ts';
import {
  copyBlockedReason,
  copyNameViolation,
  copyDestination,
  copyDestinations,
  destinationViolation,
  syncImagesRequestSchema,
  syncRequestViolation,
} from './copy.ts';
import type { Image } from './images.ts';
import { regions } from './regions.ts';
import { expectFieldViolation, expectViolation, imageFixture as image } from '../test/fixtures.ts';

const ME = '100000000001';
const OTHER = '100000000002';

const none = () => 0;
/** Holdings with `used` custom images and no names taken. */
const holding = (used: (id: string) => number) => (id: string) => ({ used: used(id), names: [] });
const one = [{ imageId: 'img-abcd1234', name: 'web-server' }];

describe('syncImagesRequestSchema', () => {
  it.each<[string, unknown]>([
    ['one image to one region', { ImageIds: ['img-abcd1234'], DestinationRegions: ['ap-shanghai'] }],
    ['one image to every region', { ImageIds: ['img-abcd1234'], DestinationRegions: regions.map((r) => r.id) }],
    [
      'with options',
      {
        ImageIds: ['img-abcd1234'],
        DestinationRegions: ['ap-shanghai'],
        DryRun: true,
        ImageName: 'copy',
        ImageSetRequired: true,
      },
    ],
  ])('accepts %s', (_name, input) => {
    expect(parseRequest(syncImagesRequestSchema, input).ok).toBe(true);
  });

  it.each<[string, unknown, string, string, string[]]>([
    [
      'two image ids',
      { ImageIds: ['img-abcd1234', 'img-efgh5678'], DestinationRegions: ['ap-shanghai'] },
      'InvalidParameterValue.LimitExceeded',
      'ImageIds',
      ['one image per call', 'got 2'],
    ],
    [
      '100 image ids, the cap: still one image per call',
      { ImageIds: Array.from({ length: 100 }, () => 'img-abcd1234'), DestinationRegions: ['ap-shanghai'] },
      'InvalidParameterValue.LimitExceeded',
      'ImageIds',
      ['one image per call', 'got 100'],
    ],
    [
      // Refused by its size before an item is read (200,000 nulls used to overflow the stack).
      '200,000 nulls as image ids, past the cap',
      { ImageIds: Array.from({ length: 200_000 }, () => null), DestinationRegions: ['ap-shanghai'] },
      'InvalidParameterValue.LimitExceeded',
      'ImageIds',
      ['The parameter `ImageIds` accepts at most 100 items.'],
    ],
    [
      'no image ids',
      { ImageIds: [], DestinationRegions: ['ap-shanghai'] },
      'InvalidParameterValue',
      'ImageIds',
      ['at least 1'],
    ],
    [
      'a malformed image id',
      { ImageIds: ['img-X'], DestinationRegions: ['ap-shanghai'] },
      'InvalidImageId.Malformed',
      'ImageIds.0',
      ['img-'],
    ],
    [
      'no destinations',
      { ImageIds: ['img-abcd1234'], DestinationRegions: [] },
      'InvalidParameterValue',
      'DestinationRegions',
      ['at least 1'],
    ],
    [
      '19 destinations',
      { ImageIds: ['img-abcd1234'], DestinationRegions: [...regions.map((r) => r.id), 'ap-mumbai'] },
      'InvalidParameterValue.LimitExceeded',
      'DestinationRegions',
      ['18'],
    ],
    [
      'a 61-character name',
      { ImageIds: ['img-abcd1234'], DestinationRegions: ['ap-shanghai'], ImageName: 'n'.repeat(61) },
      'InvalidParameterValue.TooLarge',
      'ImageName',
      ['60'],
    ],
    [
      'no DestinationRegions',
      { ImageIds: ['img-abcd1234'] },
      'MissingParameter',
      'DestinationRegions',
      ['`DestinationRegions`'],
    ],
    [
      'an unknown key',
      { ImageIds: ['img-abcd1234'], DestinationRegions: ['ap-shanghai'], Region: 'x' },
      'UnknownParameter',
      'Region',
      ['`Region`'],
    ],
  ])('rejects %s', (_name, input, code, field, parts) => {
    const result = parseRequest(syncImagesRequestSchema, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expectViolation(result.violation, code, ...parts);
    expect(result.violation.field).toBe(field);
  });
});

describe('copyBlockedReason', () => {
  it.each<[string, Image]>([
    ['my normal image', image()],
    ['my image shared with others', image({ SharedAccountCount: 5 })],
    ['my copy of another image', image({ CopiedFrom: { ImageId: 'img-zzzz0000', Region: 'ap-shanghai' } })],
  ])('allows copying %s', (_name, img) => {
    expect(copyBlockedReason(img, ME)).toBeUndefined();
  });

  it.each<[string, Image, string, string]>([
    [
      'a public image',
      image({ ImageType: 'PUBLIC_IMAGE', ImageCreator: 'tencent' }),
      'InvalidParameterValue.InvalidImageId',
      'Public images',
    ],
    [
      'a marketplace image',
      image({ ImageType: 'MARKET_IMAGE', ImageCreator: 'vendor' }),
      'InvalidParameterValue.InvalidImageId',
      'Marketplace images',
    ],
    [
      'an image shared with me',
      image({ ImageType: 'SHARED_IMAGE', ImageCreator: OTHER }),
      'InvalidParameterValue.InvalidImageIdIsShared',
      'shared with you',
    ],
    [
      "another account's image",
      image({ ImageCreator: OTHER }),
      'UnauthorizedOperation.ImageNotBelongToAccount',
      'another account',
    ],
    [
      'an image being created',
      image({ ImageState: 'CREATING' }),
      'InvalidImageId.IncorrectState',
      'The image is still being created; it can be copied once it is normal.',
    ],
    [
      'an image being copied',
      image({ ImageState: 'SYNCING' }),
      'InvalidImageId.IncorrectState',
      'The image is still being copied; it can be copied once it is normal.',
    ],
    [
      'an image being imported',
      image({ ImageState: 'IMPORTING' }),
      'InvalidImageId.IncorrectState',
      'The image is still being imported; it can be copied once it is normal.',
    ],
    [
      // A second copy waits for the first: "The image is busy. Please try again later."
      'an image that copies are being made from',
      image({ CopyingTo: [{ ImageId: 'img-copy0001', Region: 'ap-beijing', SyncPercent: 10 }] }),
      'FailedOperation.InvalidImageState',
      'The image is being copied to 1 other region; it can be copied once the copies are done.',
    ],
    [
      'an image whose creation failed',
      image({ ImageState: 'CREATEFAILED' }),
      'InvalidImageId.IncorrectState',
      'Creating the image failed, so it cannot be copied; delete it and create it again.',
    ],
    [
      'an image whose import failed',
      image({ ImageState: 'IMPORTFAILED' }),
      'InvalidImageId.IncorrectState',
      'Importing the image failed, so it cannot be copied; delete it and import the file again.',
    ],
  ])('refuses %s', (_name, img, code, part) => {
    const v = copyBlockedReason(img, ME);
    expectFieldViolation(v, code, 'ImageIds', part);
  });
});

describe('copyNameViolation', () => {
  it('refuses a name the caller already has in the destination, naming the city', () => {
    const v = copyNameViolation('web-server', ['db', 'web-server'], 'ap-shanghai');
    expectViolation(
      v,
      'InvalidImageName.Duplicate',
      'You already have an image named "web-server" in Shanghai; give the copy another name.',
    );
    expect(v!.field).toBe('ImageName');
  });

  it.each<[string, string, string[]]>([
    ['a free name', 'web-server-copy', ['web-server', 'db']],
    ['an empty destination', 'web-server', []],
    ['a name differing only in case', 'Web-Server', ['web-server']],
  ])('allows %s', (_name, name, names) => {
    expect(copyNameViolation(name, names, 'ap-shanghai')).toBeUndefined();
  });
});

describe('destinationViolation', () => {
  it.each([
    ['guangzhou → shanghai', 'ap-guangzhou', 'ap-shanghai'],
    ['guangzhou → chongqing', 'ap-guangzhou', 'ap-chongqing'],
    ['singapore → tokyo', 'ap-singapore', 'ap-tokyo'],
    ['hongkong → frankfurt', 'ap-hongkong', 'eu-frankfurt'],
    ['shenzhen-fsi → shanghai-fsi', 'ap-shenzhen-fsi', 'ap-shanghai-fsi'],
    ['shanghai-fsi → shenzhen-fsi', 'ap-shanghai-fsi', 'ap-shenzhen-fsi'],
  ])('allows %s', (_name, from, to) => {
    expect(destinationViolation(from, to)).toBeUndefined();
  });

  it.each([
    ['the same region', 'ap-guangzhou', 'ap-guangzhou', 'InvalidParameterValue.InvalidRegion', ['own region']],
    [
      'guangzhou → singapore',
      'ap-guangzhou',
      'ap-singapore',
      'InvalidRegion.Unavailable',
      ['Chinese mainland', 'Singapore'],
    ],
    [
      'guangzhou → hongkong',
      'ap-guangzhou',
      'ap-hongkong',
      'InvalidRegion.Unavailable',
      ['Hong Kong', 'outside the mainland'],
    ],
    [
      'hongkong → guangzhou',
      'ap-hongkong',
      'ap-guangzhou',
      'InvalidRegion.Unavailable',
      ['outside the Chinese mainland', 'Guangzhou'],
    ],
    [
      'shenzhen-fsi → guangzhou',
      'ap-shenzhen-fsi',
      'ap-guangzhou',
      'InvalidRegion.Unavailable',
      ['finance regions', 'Guangzhou'],
    ],
    [
      'guangzhou → shanghai-fsi',
      'ap-guangzhou',
      'ap-shanghai-fsi',
      'InvalidRegion.Unavailable',
      ['Shanghai Finance', 'finance region'],
    ],
    [
      'shanghai-fsi → singapore',
      'ap-shanghai-fsi',
      'ap-singapore',
      'InvalidRegion.Unavailable',
      ['finance regions', 'Singapore'],
    ],
    ['an unknown destination', 'ap-guangzhou', 'ap-mumbai', 'InvalidRegion.NotFound', ['"ap-mumbai"']],
    ['an unknown source', 'ap-mumbai', 'ap-guangzhou', 'InvalidRegion.NotFound', ['"ap-mumbai"']],
  ])('refuses %s', (_name, from, to, code, parts) => {
    expectViolation(destinationViolation(from, to), code, ...parts);
  });

  it('names DestinationRegions as the field, except for an unknown source', () => {
    expect(destinationViolation('ap-guangzhou', 'ap-singapore')?.field).toBe('DestinationRegions');
    expect(destinationViolation('ap-guangzhou', 'ap-mumbai')?.field).toBe('DestinationRegions');
    expect(destinationViolation('ap-mumbai', 'ap-guangzhou')?.field).toBeUndefined();
  });

  it('is symmetric between every pair of distinct regions', () => {
    for (const a of regions)
      for (const b of regions)
        if (a.id !== b.id)
          expect(destinationViolation(a.id, b.id) === undefined).toBe(destinationViolation(b.id, a.id) === undefined);
  });
});

describe('copyDestinations', () => {
  it('lists every region once, in region order', () => {
    expect(copyDestinations('ap-guangzhou', one, holding(none)).map((t) => t.region.id)).toEqual(
      regions.map((r) => r.id),
    );
  });

  it('from Guangzhou allows the five other ordinary mainland regions and refuses the other 13', () => {
    const targets = copyDestinations('ap-guangzhou', one, holding(none));
    const allowed = targets.filter((t) => !t.reason).map((t) => t.region.id);
    expect(allowed).toEqual(['ap-shanghai', 'ap-nanjing', 'ap-beijing', 'ap-chengdu', 'ap-chongqing']);
    expect(targets.filter((t) => t.reason)).toHaveLength(13);
    for (const t of targets) if (!t.reason) expect(Object.hasOwn(t, 'reason')).toBe(false);
    for (const t of targets) expect(t.refused).toEqual([]);
  });

  it.each([
    ['ap-guangzhou', 'InvalidParameterValue.InvalidRegion'],
    ['ap-shenzhen-fsi', 'InvalidRegion.Unavailable'],
    ['ap-shanghai-fsi', 'InvalidRegion.Unavailable'],
    ['ap-hongkong', 'InvalidRegion.Unavailable'],
    ['eu-frankfurt', 'InvalidRegion.Unavailable'],
  ])('from Guangzhou refuses %s with %s', (regionId, code) => {
    const target = copyDestinations('ap-guangzhou', one, holding(none)).find((t) => t.region.id === regionId)!;
    expect(target.reason?.code).toBe(code);
  });

  it('refuses a region whose custom-image quota is full, naming it', () => {
    const used = (id: string) => (id === 'ap-shanghai' ? 10 : id === 'ap-beijing' ? 9 : 0);
    const targets = copyDestinations('ap-guangzhou', one, holding(used));
    const shanghai = targets.find((t) => t.region.id === 'ap-shanghai')!;
    expectViolation(shanghai.reason, 'ImageQuotaLimitExceeded', '10 of 10 custom images used in Shanghai');
    expect(targets.find((t) => t.region.id === 'ap-beijing')!.reason).toBeUndefined();
    expect(targets.filter((t) => !t.reason)).toHaveLength(4);
  });

  it('reports the region rule before the quota', () => {
    const targets = copyDestinations(
      'ap-guangzhou',
      one,
      holding(() => 10),
    );
    expect(targets.find((t) => t.region.id === 'ap-singapore')!.reason?.code).toBe('InvalidRegion.Unavailable');
    expect(targets.find((t) => t.region.id === 'ap-guangzhou')!.reason?.code).toBe(
      'InvalidParameterValue.InvalidRegion',
    );
  });

  it.each([
    ['ap-singapore', 9],
    ['ap-shenzhen-fsi', 1],
    ['ap-chongqing', 5],
  ])('from %s allows %i regions', (source, count) => {
    expect(copyDestinations(source, one, holding(none)).filter((t) => !t.reason)).toHaveLength(count);
  });
});

describe('copyDestination', () => {
  const three = [
    { imageId: 'img-aaaaaaaa', name: 'web' },
    { imageId: 'img-bbbbbbbb', name: 'db' },
    { imageId: 'img-cccccccc', name: 'cache' },
  ];

  it('judges geography alone while the destination is not read yet', () => {
    expect(copyDestination('ap-guangzhou', 'ap-shanghai', three, undefined)).toEqual({ refused: [] });
    expect(copyDestination('ap-guangzhou', 'ap-tokyo', three, undefined).reason?.code).toBe(
      'InvalidRegion.Unavailable',
    );
  });

  it('counts every copy against the destination’s quota', () => {
    expect(copyDestination('ap-guangzhou', 'ap-shanghai', three, { used: 7, names: [] })).toEqual({ refused: [] });
    expectViolation(
      copyDestination('ap-guangzhou', 'ap-shanghai', three, { used: 8, names: [] }).reason,
      'ImageQuotaLimitExceeded',
      '8 of 10 custom images used in Shanghai; 3 more would exceed the quota.',
    );
  });

  it('refuses only the images whose copy name is taken there, each with its reason', () => {
    const verdict = copyDestination('ap-guangzhou', 'ap-shanghai', three, { used: 2, names: ['db', 'cache'] });
    expect(verdict.reason).toBeUndefined();
    expect(verdict.refused.map((r) => r.imageId)).toEqual(['img-bbbbbbbb', 'img-cccccccc']);
    expectFieldViolation(
      verdict.refused[0]!.reason,
      'InvalidImageName.Duplicate',
      'ImageName',
      'You already have an image named "db" in Shanghai; give the copy another name.',
    );
  });

  it('reports geography before the quota, and the quota before names', () => {
    const full = { used: 10, names: ['web'] };
    expect(copyDestination('ap-guangzhou', 'ap-tokyo', three, full)).toEqual({
      reason: expect.objectContaining({ code: 'InvalidRegion.Unavailable' }),
      refused: [],
    });
    expect(copyDestination('ap-guangzhou', 'ap-shanghai', three, full)).toEqual({
      reason: expect.objectContaining({ code: 'ImageQuotaLimitExceeded' }),
      refused: [],
    });
  });
});

describe('syncRequestViolation', () => {
  const ctx = (used: (id: string) => number = none, names: (id: string) => string[] = () => []) => ({
    accountId: ME,
    holdingsIn: (id: string) => ({ used: used(id), names: names(id) }),
  });
  const to = (DestinationRegions: string[]) => ({ DestinationRegions });

  it.each([
    ['one destination', ['ap-shanghai']],
    ['several destinations', ['ap-shanghai', 'ap-beijing', 'ap-chengdu']],
  ])('allows %s', (_name, destinations) => {
    expect(syncRequestViolation(image(), 'ap-guangzhou', to(destinations), ctx())).toBeUndefined();
  });

  it('allows a destination with one slot left', () => {
    expect(
      syncRequestViolation(
        image(),
        'ap-guangzhou',
        to(['ap-shanghai']),
        ctx(() => 9),
      ),
    ).toBeUndefined();
  });

  it.each<[string, Image, string[], (id: string) => number, string, string[]]>([
    [
      'an image shared with me',
      image({ ImageType: 'SHARED_IMAGE', ImageCreator: OTHER }),
      ['ap-shanghai'],
      none,
      'InvalidParameterValue.InvalidImageIdIsShared',
      ['shared with you'],
    ],
    [
      'a busy image',
      image({ ImageState: 'SYNCING' }),
      ['ap-shanghai'],
      none,
      'InvalidImageId.IncorrectState',
      ['still being copied', 'copied once it is normal'],
    ],
    [
      'a duplicate destination',
      image(),
      ['ap-shanghai', 'ap-beijing', 'ap-shanghai'],
      none,
      'InvalidParameterValue',
      ['ap-shanghai', 'listed twice'],
    ],
    [
      'a full destination',
      image(),
      ['ap-beijing', 'ap-shanghai'],
      (id) => (id === 'ap-shanghai' ? 10 : 0),
      'ImageQuotaLimitExceeded',
      ['10 of 10 custom images used in Shanghai'],
    ],
    ['a forbidden destination', image(), ['ap-shanghai', 'ap-tokyo'], none, 'InvalidRegion.Unavailable', ['Tokyo']],
    ['the source region', image(), ['ap-guangzhou'], none, 'InvalidParameterValue.InvalidRegion', ['own region']],
    ['an unknown destination', image(), ['ap-mars'], none, 'InvalidRegion.NotFound', ['"ap-mars"']],
    [
      'the first problem in request order',
      image(),
      ['ap-tokyo', 'ap-mars'],
      none,
      'InvalidRegion.Unavailable',
      ['Tokyo'],
    ],
  ])('refuses %s', (_name, img, destinations, used, code, parts) => {
    expectViolation(syncRequestViolation(img, 'ap-guangzhou', to(destinations), ctx(used)), code, ...parts);
  });

  it('then refuses encryption, then a copy name taken in a destination', () => {
    const taken = (id: string) => (id === 'ap-beijing' ? ['web-server'] : []);
    const req = { DestinationRegions: ['ap-shanghai', 'ap-beijing'], Encrypt: true };
    expectFieldViolation(
      syncRequestViolation(image(), 'ap-guangzhou', req, ctx(none, taken)),
      'UnsupportedOperation.EncryptedImagesNotSupported',
      'Encrypt',
    );
    expectFieldViolation(
      syncRequestViolation(image(), 'ap-guangzhou', { ...req, Encrypt: false }, ctx(none, taken)),
      'InvalidImageName.Duplicate',
      'ImageName',
      '"web-server" in Beijing',
    );
    expect(
      syncRequestViolation(
        image(),
        'ap-guangzhou',
        { ...req, Encrypt: false, ImageName: 'web-copy' },
        ctx(none, taken),
      ),
    ).toBeUndefined();
  });

  it('reports a full destination before a name taken in an earlier one', () => {
    const req = to(['ap-beijing', 'ap-shanghai']);
    const used = (id: string) => (id === 'ap-shanghai' ? 10 : 0);
    expect(
      syncRequestViolation(
        image(),
        'ap-guangzhou',
        req,
        ctx(used, () => ['web-server']),
      )?.code,
    ).toBe('ImageQuotaLimitExceeded');
  });
});
