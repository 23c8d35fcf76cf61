// The console on the real contract alone: the pages against the strict mock (the documented CVM
// contract, as MOCK_API_STRICT=1 serves it) behind msw/node. What the fallbacks show a person: the
// same search results, the marketplace tab's explanation, a note when a search read only part of
// the list, copies found by name and said so, instance types without the extension fields, and
// the price review from InquiryPriceRunInstances' documented fields.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { cvmHandlers } from '../mocks/handlers.ts';
import { createTestBackend, server, testBackend } from '../mocks/node.ts';
import { publicImages } from '../mocks/catalogue/images.ts';
import { CVM_API_PATH } from '../rules/protocol.ts';
import { names, renderImagesPage } from '../test/images-page.tsx';
import { renderAt } from '../test/render.tsx';
import { renderWizard } from '../test/wizard.tsx';
import { ImageDetailsPage } from './images/ImageDetailsPage.tsx';
import { imagePath, routes } from './paths.ts';

const strict = createTestBackend({ contract: 'strict' });

beforeEach(() => {
  strict.reset();
  server.use(...cvmHandlers(strict));
});

describe('the images page', () => {
  it('a search, a filter and a sort give the rows the full mock gives', async () => {
    const query = 'region=ap-guangzhou&q=server&arch=x86_64&sort=ImageName&order=desc';
    const { unmount } = renderImagesPage(query);
    await waitFor(() => expect(names().length).toBeGreaterThan(3));
    const onStrict = names();
    expect(screen.queryByText(/did it over the first/)).not.toBeInTheDocument();
    unmount();
    server.use(...cvmHandlers(testBackend));
    renderImagesPage(query);
    await waitFor(() => expect(names()).toEqual(onStrict));
  });

  it('the marketplace tab explains where listings come from, instead of an empty table', async () => {
    renderImagesPage('region=ap-guangzhou&tab=marketplace');
    const note = await screen.findByText(/Tencent Cloud’s CVM API does not list marketplace images/);
    expect(note).toHaveAttribute('role', 'note');
    expect(note).toHaveTextContent('Tencent Cloud Marketplace (market.cloud.tencent.com)');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByText(/come from audited vendors/)).not.toBeInTheDocument();
  });

  it('a search over more images than the console reads says how many it read', async () => {
    const template = publicImages('ap-guangzhou')[0]!;
    const total = 1500;
    server.use(
      http.post(CVM_API_PATH, async ({ request }) => {
        const body = (await request.json()) as { Filters?: { Name: string }[]; Offset?: number; Limit?: number };
        if (body.Filters?.some((f) => f.Name === 'keyword'))
          return HttpResponse.json({
            Response: { Error: { Code: 'InvalidFilter', Message: 'Invalid filter.' }, RequestId: 'r' },
          });
        const offset = body.Offset ?? 0;
        const ImageSet = Array.from({ length: Math.min(body.Limit ?? 20, total - offset) }, (_, i) => {
          const {
            MarketInfo: _m,
            CopiedFrom: _c,
            SharedAccountCount: _s,
            FailureReason: _f,
            BootMode: _b,
            ...real
          } = template;
          return { ...real, ImageId: `img-${String(offset + i).padStart(8, '0')}`, ImageName: `bulk-${offset + i}` };
        });
        return HttpResponse.json({ Response: { TotalCount: total, ImageSet, RequestId: 'r' } });
      }),
    );
    renderImagesPage('region=ap-guangzhou&q=bulk-99');
    const note = await screen.findByText(/did it over the first 1000 of the 1500 images it lists/);
    expect(note).toHaveTextContent('some matches may be missing. Choose an operating system to narrow the list.');
    // bulk-99 and bulk-990..999: the ones among the first 1,000.
    await screen.findByText('Page 1 of 1 · 11 images');
  });
});

describe('the details page', () => {
  it('finds copies by name, and says the API does not record them', async () => {
    const copy = strict.data().images.find((i) => i.OwnerId === '100000000001' && i.CopiedFrom !== null)!;
    const source = strict.data().images.find((i) => i.ImageId === copy.CopiedFrom!.ImageId)!;
    renderAt(<ImageDetailsPage />, { url: imagePath(source.ImageId, source.Region), path: routes.image });
    await screen.findByRole('heading', { name: 'Copies in other regions' });
    expect(
      await screen.findByText(
        `Tencent Cloud does not record which image a copy was made from: these are your images named ${source.ImageName} in the regions this image can be copied to.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: new RegExp(`: ${source.ImageName}$`) })).toHaveAttribute(
      'href',
      imagePath(copy.ImageId, copy.Region),
    );
    // The real Image has no BootMode: the details leave it out rather than show it empty.
    expect(screen.queryByText('Boot mode')).not.toBeInTheDocument();
  });
});

describe('the wizard', () => {
  it('lists instance types with their family’s architecture and name (the console knows the family), priced at review', async () => {
    renderWizard({ zone: 'ap-guangzhou-3', step: 'type' });
    await screen.findByRole('radio', { name: 'SR1.MEDIUM4' });
    const row = screen.getByRole('row', { name: /^SR1\.MEDIUM4 / });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([' SR1.MEDIUM4', 'Standard SR1', '2', '4 GB', 'ARM', 'Quoted at review']);
  });

  it('reviews the price from InquiryPriceRunInstances’ documented fields', async () => {
    const image = publicImages('ap-guangzhou').find((i) => i.ImageName === 'CentOS 7.9 64-bit')!;
    renderWizard({ zone: 'ap-guangzhou-3', type: 'S5.MEDIUM4', imageId: image.ImageId, step: 'review', count: '2' });
    const table = await screen.findByRole('table', { name: 'Price breakdown' });
    const row = (name: RegExp) => within(table).getByRole('row', { name });
    expect(row(/^Instance \(S5\.MEDIUM4\)/)).toHaveTextContent('¥0.76 per hour');
    expect(row(/^Bandwidth/)).toHaveTextContent('¥0.00 per hour');
    expect(row(/^Total for 2 instances/)).toHaveTextContent('¥0.76 per hour');
    expect(
      screen.getByText(/It does not break the instance’s price down into image fee and disks/),
    ).toBeInTheDocument();
    expect(within(table).queryByRole('row', { name: /^Image fee/ })).not.toBeInTheDocument();
  });
});
