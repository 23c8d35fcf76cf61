// The console's queries (src/api) on the real contract alone: the same calls the console makes,
// answered in-process by the full mock and by the strict one (MOCK_API_STRICT's backend). Search,
// architecture filter and sort done in the page give the same rows as the mock gives on its side,
// for every account, region and tab of the seed; the marketplace tab says CVM lists none; copies,
// instance types, the price review and refused requests fall back to the documented fields.
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, setLocalTransport } from '../../src/api/client.ts';
import { imageQueries, type ImageListParams } from '../../src/api/image-queries.ts';
import { copiesQuery, lineageQuery } from '../../src/api/copies-queries.ts';
import { PAGE_SIDE_MAX_PAGES, PAGE_SIDE_PAGE_SIZE, type ImageList } from '../../src/api/image-list.ts';
import { instanceQueries, quotedPrice } from '../../src/api/instance-queries.ts';
import { serverError } from '../../src/api/server-error.ts';
import { answerInPage } from '../../src/mocks/answer.ts';
import { createBackend, type Backend } from '../../src/mocks/backend.ts';
import { ManualClock } from '../../src/mocks/clock.ts';
import type { ResponseOf } from '../../src/rules/actions.ts';
import { accounts } from '../../src/rules/accounts.ts';
import { imageOrderFields, type Image, type ImageType } from '../../src/rules/images.ts';
import { regions } from '../../src/rules/regions.ts';

const NOW = Date.parse('2026-01-15T08:00:00Z');

interface Mode {
  backend: Backend;
  client: QueryClient;
  /** The actions and filters of every call made, in order. */
  calls: { action: string; body: string; error?: string }[];
}

let full: Mode;
let strict: Mode;

function mode(contract: 'extended' | 'strict'): Mode {
  return {
    backend: createBackend({ contract, clock: new ManualClock(NOW), requestId: () => 'test' }),
    client: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
    calls: [],
  };
}

/** The console's calls go to this mode's backend, as the embedded backend answers them in the page. */
function use(m: Mode): void {
  setLocalTransport(
    Promise.resolve(async (headers: Record<string, string>, body: string) => {
      const text = await answerInPage(m.backend, headers, body);
      const error = (JSON.parse(text) as { Response: { Error?: { Code: string } } }).Response.Error?.Code;
      m.calls.push({ action: headers['X-TC-Action']!, body, ...(error ? { error } : {}) });
      return text;
    }),
  );
}

/** A query of the console's (its options as src/api builds them), fetched in this mode. */
async function fetchIn<T>(m: Mode, query: object): Promise<T> {
  use(m);
  return (await m.client.fetchQuery(query as never)) as T;
}

/** A list of the console's, as the first demo account (page 1 of 20 unless told), in this mode. */
function listIn(m: Mode, p: Partial<ImageListParams> & Pick<ImageListParams, 'region' | 'type'>): Promise<ImageList> {
  return fetchIn<ImageList>(m, imageQueries.list({ account: '100000000001', offset: 0, limit: 20, ...p }));
}

beforeEach(() => {
  full = mode('extended');
  strict = mode('strict');
});

afterEach(() => setLocalTransport(Promise.resolve(null)));

/** What both modes can say about an image: all but what the real contract has no field for. */
function comparable(image: Image) {
  const {
    CopiedFrom: _c,
    LineageRoot: _l,
    FailureReason: _f,
    BootMode: _b,
    MarketInfo: _m,
    CopyingTo: _t,
    ExportingTo: _e,
    LatestExport: _x,
    Encrypted: _n,
    MarketDerived: _d,
    ...rest
  } = image;
  return rest;
}

const tabs: ImageType[] = ['PUBLIC_IMAGE', 'PRIVATE_IMAGE', 'SHARED_IMAGE'];

/** The views a person can ask of a tab: searches, filters, sorts, pages, and some of each at once. */
function views(names: readonly string[], firstId: string | undefined): Partial<ImageListParams>[] {
  const words = [...new Set(names.map((n) => n.split(/[\s-]/)[0]!.toLowerCase()))].slice(0, 3);
  return [
    {},
    { offset: 10, limit: 10 },
    ...words.map((keyword) => ({ keyword })),
    { keyword: words[0]?.toUpperCase() },
    { keyword: 'Server' },
    // In either language, as src/rules/search.ts matches (OS names are Chinese, image names English).
    { keyword: '64位' },
    { keyword: '数据中心' },
    { keyword: 'ＣｅｎｔＯＳ' },
    { keyword: 'no-such-image-anywhere' },
    ...(firstId ? [{ keyword: firstId.slice(0, 7) }, { keyword: firstId }] : []),
    { architecture: 'x86_64' },
    { architecture: 'i386' },
    { architecture: 'arm' },
    { hideDeprecated: true },
    { hideDeprecated: true, keyword: words[0], offset: 1, limit: 3 },
    { platform: 'Ubuntu', keyword: 'server' },
    ...imageOrderFields.flatMap((orderField) => [
      { orderField },
      { orderField, order: 'DESC' as const, offset: 5, limit: 5 },
    ]),
    { keyword: words[0], architecture: 'x86_64', orderField: 'ImageName', order: 'DESC', offset: 1, limit: 3 },
  ];
}

describe('search, filters and sort in the page give the mock’s own rows', () => {
  it('for every account, region and tab of the seed', async () => {
    let compared = 0;
    let matched = 0;
    for (const { accountId: account } of accounts)
      for (const { id: region } of regions)
        for (const type of tabs) {
          const base: ImageListParams = { account, region, type, offset: 0, limit: 20 };
          const all = await fetchIn<ImageList>(full, imageQueries.list({ ...base, limit: 100 }));
          const names = all.ImageSet.map((i) => i.ImageName);
          for (const view of views(names, all.ImageSet[0]?.ImageId)) {
            const p = { ...base, ...view };
            const [want, got] = [
              await fetchIn<ImageList>(full, imageQueries.list(p)),
              await fetchIn<ImageList>(strict, imageQueries.list(p)),
            ];
            const what = `${account} ${region} ${type} ${JSON.stringify(view)}`;
            expect(got.TotalCount, what).toBe(want.TotalCount);
            expect(got.ImageSet.map(comparable), what).toEqual(want.ImageSet.map(comparable));
            // Done in the page only where the view asks for an extension, and then over every image.
            const extension = Boolean(view.keyword || view.architecture || view.hideDeprecated || view.orderField);
            expect(got.inPage !== undefined, what).toBe(extension);
            if (got.inPage) expect(got.inPage.read, what).toBe(got.inPage.of);
            expect(want.inPage, what).toBeUndefined();
            compared++;
            if (got.ImageSet.length > 1) matched++;
          }
        }
    // 3 accounts x 18 regions x 3 tabs x 15-20 views; most of them hold several rows to compare.
    expect(compared).toBeGreaterThan(3000);
    expect(matched).toBeGreaterThan(compared / 3);
  }, 120_000);

  it('asks the API for an extension once per session, then does that work in the page', async () => {
    const p = { region: 'ap-guangzhou', type: 'PUBLIC_IMAGE' } as const;
    await listIn(strict, { ...p, keyword: 'centos' });
    await listIn(strict, { ...p, keyword: 'ubuntu' });
    await listIn(strict, { ...p, orderField: 'ImageSize' });
    await listIn(strict, { ...p, keyword: 'debian', orderField: 'ImageName' });
    expect(strict.calls.filter((c) => c.error).map((c) => c.error)).toEqual(['InvalidFilter', 'UnknownParameter']);
    expect(strict.calls.filter((c) => /keyword|OrderField/.test(c.body))).toHaveLength(2);
    // Every page of the public list was read once, and served the searches that followed.
    expect(strict.calls.filter((c) => !c.error && c.action === 'DescribeImages')).toHaveLength(1);
    // The full mock is asked each time, and answers.
    for (const keyword of ['centos', 'ubuntu']) await listIn(full, { ...p, keyword });
    expect(full.calls.map((c) => c.error)).toEqual([undefined, undefined]);
  });

  it('own images carry their share count from DescribeImageSharePermission', async () => {
    const p = { account: '100000000001', region: 'ap-guangzhou', type: 'PRIVATE_IMAGE' } as const;
    const [want, got] = [await listIn(full, p), await listIn(strict, p)];
    expect(got.ImageSet.map((i) => i.SharedAccountCount)).toEqual(want.ImageSet.map((i) => i.SharedAccountCount));
    expect(got.ImageSet.some((i) => i.SharedAccountCount > 0)).toBe(true);
    expect(strict.calls.filter((c) => c.action === 'DescribeImageSharePermission')).toHaveLength(got.ImageSet.length);
    expect(full.calls.filter((c) => c.action === 'DescribeImageSharePermission')).toHaveLength(0);
    const id = got.ImageSet.find((i) => i.SharedAccountCount > 0)!.ImageId;
    const detail = await fetchIn<Image>(strict, imageQueries.detail(p.account, p.region, id));
    expect(detail.SharedAccountCount).toBe(got.ImageSet.find((i) => i.ImageId === id)!.SharedAccountCount);
  });
});

describe('the marketplace tab', () => {
  it.each(regions.map((r) => r.id))(
    'in %s: listings on the full mock; on the real contract, unlisted, not an empty result',
    async (region) => {
      const p: ImageListParams = { account: '100000000001', region, type: 'MARKET_IMAGE', offset: 0, limit: 20 };
      for (const view of [{}, { keyword: 'wordpress' }, { orderField: 'ImageName' as const }]) {
        const want = await fetchIn<ImageList>(full, imageQueries.list({ ...p, ...view }));
        const got = await fetchIn<ImageList>(strict, imageQueries.list({ ...p, ...view }));
        expect(want.unlisted).toBeUndefined();
        expect(got).toMatchObject({ unlisted: true, TotalCount: 0, ImageSet: [] });
      }
      expect((await fetchIn<ImageList>(full, imageQueries.list(p))).TotalCount).toBeGreaterThan(0);
    },
  );

  it('a search that matches no listing on the full mock is an empty result, not “unlisted”', async () => {
    const p: ImageListParams = {
      account: '100000000001',
      region: 'ap-guangzhou',
      type: 'MARKET_IMAGE',
      offset: 0,
      limit: 20,
      keyword: 'no-such-listing',
    };
    expect(await fetchIn<ImageList>(full, imageQueries.list(p))).toMatchObject({ TotalCount: 0, ImageSet: [] });
    expect((await fetchIn<ImageList>(full, imageQueries.list(p))).unlisted).toBeUndefined();
  });
});

describe('a list longer than the console reads', () => {
  it(`reads ${PAGE_SIDE_MAX_PAGES} pages of ${PAGE_SIDE_PAGE_SIZE}, and says it read ${PAGE_SIDE_MAX_PAGES * PAGE_SIDE_PAGE_SIZE} of how many`, async () => {
    const total = 1234;
    const bodies: { Offset?: number; Limit?: number; Filters?: { Name: string }[] }[] = [];
    const image = (n: number) => ({
      ...full.backend.data().images[0]!,
      ImageId: `img-${String(n).padStart(8, '0')}`,
      ImageName: `bulk-${n}`,
    });
    setLocalTransport(
      Promise.resolve(async (_headers: Record<string, string>, body: string) => {
        const req = JSON.parse(body) as (typeof bodies)[number];
        bodies.push(req);
        if (req.Filters?.some((f) => f.Name === 'keyword'))
          return JSON.stringify({
            Response: { Error: { Code: 'InvalidFilter', Message: 'Invalid filter.' }, RequestId: 'x' },
          });
        const offset = req.Offset ?? 0;
        const ImageSet = Array.from({ length: Math.max(0, Math.min(req.Limit ?? 20, total - offset)) }, (_, i) =>
          image(offset + i),
        );
        return JSON.stringify({ Response: { TotalCount: total, ImageSet, RequestId: 'x' } });
      }),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const list = await client.fetchQuery(
      imageQueries.list({
        account: '100000000001',
        region: 'ap-guangzhou',
        type: 'PUBLIC_IMAGE',
        keyword: 'bulk-12',
        offset: 0,
        limit: 20,
      }),
    );
    expect(list.inPage).toEqual({ read: 1000, of: total });
    // bulk-12, bulk-120..129 (bulk-1200.. are beyond what was read).
    expect(list.TotalCount).toBe(11);
    const pages = bodies.filter((b) => !b.Filters?.some((f) => f.Name === 'keyword'));
    expect(pages.map((b) => [b.Offset, b.Limit])).toEqual(Array.from({ length: 10 }, (_, i) => [i * 100, 100]));
  });
});

describe('copies, instance types, the price and refusals on the real contract', () => {
  it('copies: recorded on the full mock; found by name on the real contract, and said so', async () => {
    const account = '100000000001';
    const own = full.backend.data().images.filter((i) => i.OwnerId === account && i.CopiedFrom !== null);
    expect(own.length).toBeGreaterThan(0);
    const copy = own[0]!;
    const source = {
      ImageId: copy.CopiedFrom!.ImageId,
      ImageName: full.backend.data().images.find((i) => i.ImageId === copy.CopiedFrom!.ImageId)!.ImageName,
    };
    const want = await fetchIn<{ copies: { image: Image }[]; recorded: boolean }>(
      full,
      copiesQuery(account, copy.CopiedFrom!.Region, source),
    );
    const got = await fetchIn<{ copies: { image: Image }[]; recorded: boolean }>(
      strict,
      copiesQuery(account, copy.CopiedFrom!.Region, source),
    );
    expect(want.recorded).toBe(true);
    expect(got.recorded).toBe(false);
    expect(want.copies.map((c) => c.image.ImageId)).toContain(copy.ImageId);
    // Every recorded copy keeps its source's name, so the search by name finds it too.
    expect(got.copies.map((c) => c.image.ImageId)).toEqual(
      expect.arrayContaining(want.copies.map((c) => c.image.ImageId)),
    );
    for (const c of got.copies) expect(c.image.ImageName).toBe(source.ImageName);
  });

  it('lineage: recorded on the full mock, from the copy; found by name on the real contract, and said so', async () => {
    const account = '100000000001';
    const copy = full.backend.data().images.find((i) => i.OwnerId === account && i.CopiedFrom !== null)!;
    const { Region: region, OwnerId: _o, BaseState: _b, Task: _t, Export: _e, ...fields } = copy;
    const image = { ...fields, ImageType: 'PRIVATE_IMAGE' as const, ImageState: 'NORMAL' as const };
    type Lineage = { root: { ImageId: string }; members: { image: Image }[]; recorded: boolean };
    const want = await fetchIn<Lineage>(full, lineageQuery(account, region, image as Image));
    const { LineageRoot: _root, CopiedFrom: _from, ...strictImage } = image;
    const got = await fetchIn<Lineage>(
      strict,
      lineageQuery(account, region, { ...strictImage, CopiedFrom: null } as Image),
    );
    expect(want.recorded).toBe(true);
    expect(want.root).toEqual(copy.CopiedFrom);
    expect(want.members.map((m) => m.image.ImageId).sort()).toEqual([copy.CopiedFrom!.ImageId, copy.ImageId].sort());
    expect(got.recorded).toBe(false);
    expect(got.root.ImageId).toBe(copy.ImageId);
    expect(got.members.map((m) => m.image.ImageId)).toEqual(
      expect.arrayContaining(want.members.map((m) => m.image.ImageId)),
    );
    for (const m of got.members) expect(m.image.ImageName).toBe(copy.ImageName);
  });

  it('instance types: architecture from the family, the family’s code for its name, no price until the review', async () => {
    type Configs = ResponseOf<'DescribeInstanceTypeConfigs'>;
    const [want, got] = [
      await fetchIn<Configs>(full, instanceQueries.typeConfigs('100000000001', 'ap-guangzhou')),
      await fetchIn<Configs>(strict, instanceQueries.typeConfigs('100000000001', 'ap-guangzhou')),
    ];
    expect(got.InstanceTypeConfigSet.map((c) => [c.InstanceType, c.Architecture])).toEqual(
      want.InstanceTypeConfigSet.map((c) => [c.InstanceType, c.Architecture]),
    );
    expect(new Set(got.InstanceTypeConfigSet.map((c) => c.Architecture))).toEqual(new Set(['x86_64', 'arm']));
    for (const c of got.InstanceTypeConfigSet) {
      expect(c.FamilyName).toBe(c.InstanceFamily);
      expect(c.HourlyPrice).toBeUndefined();
    }
  });

  it('the price review: the quoted total of the real fields is the breakdown’s total', async () => {
    const image = (await listIn(full, { region: 'ap-hongkong', type: 'PUBLIC_IMAGE', keyword: 'windows' }))
      .ImageSet[0]!;
    const request = {
      Placement: { Zone: 'ap-hongkong-2' },
      InstanceType: 'S5.LARGE8',
      ImageId: image.ImageId,
      InstanceCount: 2,
    };
    type Priced = ResponseOf<'InquiryPriceRunInstances'>;
    const want = await fetchIn<Priced>(full, instanceQueries.price('100000000001', 'ap-hongkong', request));
    const got = await fetchIn<Priced>(strict, instanceQueries.price('100000000001', 'ap-hongkong', request));
    expect(got.Price.Breakdown).toBeUndefined();
    expect(want.Price.Breakdown!.TotalPerHour).toBeGreaterThan(0);
    expect(quotedPrice(got.Price)).toEqual({
      instance: {
        price: want.Price.Breakdown!.TotalPerHour,
        listPrice: want.Price.Breakdown!.TotalPerHour,
        unit: 'HOUR',
      },
      bandwidth: { price: 0, listPrice: 0, unit: 'HOUR' },
      total: { price: want.Price.Breakdown!.TotalPerHour, listPrice: want.Price.Breakdown!.TotalPerHour, unit: 'HOUR' },
    });
  });

  it('a refused request names its field on the full mock; on the real contract its message goes to the form', async () => {
    const own = (await listIn(strict, { region: 'ap-guangzhou', type: 'PRIVATE_IMAGE' })).ImageSet;
    const { callCvm } = await import('../../src/api/client.ts');
    const rename = async (m: Mode) => {
      use(m);
      try {
        await callCvm('ModifyImageAttribute', 'ap-guangzhou', {
          ImageId: own[0]!.ImageId,
          ImageName: own[1]!.ImageName,
        });
      } catch (e) {
        return e;
      }
      throw new Error('the rename was not refused');
    };
    const [onFull, onStrict] = [await rename(full), await rename(strict)];
    expect(onFull).toBeInstanceOf(ApiError);
    expect(serverError(onFull, ['ImageName'])).toMatchObject({
      field: 'ImageName',
      code: 'InvalidImageName.Duplicate',
    });
    expect(serverError(onStrict, ['ImageName'])).toMatchObject({
      field: undefined,
      code: 'InvalidImageName.Duplicate',
    });
    expect(serverError(onStrict, ['ImageName'])!.message).toBe(serverError(onFull, ['ImageName'])!.message);
  });
});
