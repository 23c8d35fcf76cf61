// The account the console works as: the proxy's (from STS), or, where STS named none, the creator
// of the first own image the API lists. Never a demo account's ID taken for the real one.
import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server, testBackend } from '../mocks/node.ts';
import { CVM_API_PATH } from '../rules/protocol.ts';
import { DEFAULT_ACCOUNT_ID } from '../rules/accounts.ts';
import { imageQueries } from './image-queries.ts';
import { getAccount, learnAccount, setAccount } from './session.ts';

afterEach(() => setAccount(DEFAULT_ACCOUNT_ID, { remember: false }));

const own = (creator: string) => ({ ImageType: 'PRIVATE_IMAGE', ImageCreator: creator });

describe('learnAccount', () => {
  it('takes the account from an own image only while the account is unknown', () => {
    setAccount('', { remember: false });
    learnAccount({ ImageType: 'PUBLIC_IMAGE', ImageCreator: 'tencent' });
    learnAccount({ ImageType: 'SHARED_IMAGE', ImageCreator: '100000000003' });
    expect(getAccount()).toBe('');
    learnAccount(own('100000000002'));
    expect(getAccount()).toBe('100000000002');
    learnAccount(own('100000000003'));
    expect(getAccount()).toBe('100000000002');
  });

  it('never replaces an account the proxy named', () => {
    setAccount('100000000003', { remember: false });
    learnAccount(own('100000000002'));
    expect(getAccount()).toBe('100000000003');
  });

  it('the custom list of an account STS did not name names it', async () => {
    setAccount('', { remember: false });
    const image = testBackend.data().images.find((i) => i.OwnerId === '100000000002')!;
    const { Region: _r, OwnerId: _o, BaseState: _b, Task: _t, ...fields } = image;
    const listed = {
      ...fields,
      ImageType: 'PRIVATE_IMAGE',
      ImageState: 'NORMAL',
      SyncPercent: null,
      SharedAccountCount: 0,
    };
    server.use(
      http.post(CVM_API_PATH, () =>
        HttpResponse.json({ Response: { TotalCount: 1, ImageSet: [listed], RequestId: 'r' } }),
      ),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await client.fetchQuery(
      imageQueries.list({ account: '', region: image.Region, type: 'PRIVATE_IMAGE', offset: 0, limit: 20 }),
    );
    expect(getAccount()).toBe('100000000002');
  });
});
