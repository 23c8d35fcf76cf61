// The page answers its own first API calls (src/mocks/browser.ts) until the service worker
// controls it: the client must see exactly what it would over HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import { answerInPage } from '../mocks/answer.ts';
import { testBackend } from '../mocks/node.ts';
import { DEFAULT_ACCOUNT_ID } from '../rules/accounts.ts';
import { ApiError, callCvm, setLocalTransport } from '../api/client.ts';

/** The embedded backend's in-page transport (src/mocks/browser.ts), over the test backend. */
const inPage = (headers: Record<string, string>, body: string) => answerInPage(testBackend, headers, body);

afterEach(() => setLocalTransport(Promise.resolve(null)));

describe('callCvm through the in-page transport', () => {
  it('answers with the same envelope as over HTTP', async () => {
    const viaHttp = await callCvm('DescribeImages', 'ap-guangzhou', { Limit: 3 });
    setLocalTransport(Promise.resolve(inPage));
    const inPageAnswer = await callCvm('DescribeImages', 'ap-guangzhou', { Limit: 3 });
    expect(inPageAnswer.TotalCount).toBe(viaHttp.TotalCount);
    expect(inPageAnswer.ImageSet.map((i) => i.ImageId)).toEqual(viaHttp.ImageSet.map((i) => i.ImageId));
  });

  it('turns an error envelope into an ApiError with the code, message and request ID', async () => {
    setLocalTransport(Promise.resolve(inPage));
    const error = await callCvm('DescribeImages', 'ap-guangzhou', { Limit: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'InvalidParameterValue.InvalidParameterValueLimit', action: 'DescribeImages' });
    expect((error as ApiError).message).toMatch(/Limit must be between 1 and 100/);
    expect((error as ApiError).requestId).toMatch(/./);
  });

  it('names the account it calls as', async () => {
    let seen: string | undefined;
    setLocalTransport(
      Promise.resolve((headers: Record<string, string>, body: string) => {
        seen = headers['X-Mock-Account'];
        return inPage(headers, body);
      }),
    );
    await callCvm('DescribeImageQuota', 'ap-guangzhou', {});
    expect(seen).toBe(DEFAULT_ACCOUNT_ID);
  });

  it('a transport that fails is a network error, and an unreadable answer an internal error', async () => {
    setLocalTransport(Promise.resolve(() => Promise.reject(new Error('gone'))));
    await expect(callCvm('DescribeImageQuota', 'ap-guangzhou', {})).rejects.toMatchObject({ code: 'NetworkError' });
    setLocalTransport(Promise.resolve(() => Promise.resolve('<html>')));
    await expect(callCvm('DescribeImageQuota', 'ap-guangzhou', {})).rejects.toMatchObject({ code: 'InternalError' });
  });
});
