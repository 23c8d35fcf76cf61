// callCvm reads the mock's error extension (Error.Field, Error.Refused) when it is there, and does
// without it against an endpoint that answers the plain API 3.0 error; it asks in the console's language.
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../mocks/node.ts';
import { CVM_API_PATH } from '../rules/protocol.ts';
import { failNextCall } from '../test/api-error.ts';
import { ApiError, callCvm } from './client.ts';
import { setLanguage } from './session.ts';

/** The ApiError a call rejected with (a call that succeeds leaves it undefined, failing the test). */
const refusal = (e: unknown) => {
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
};

const answerOnce = (error: { Code: string; Message: string; [extension: string]: unknown }) =>
  failNextCall(error, 'r-1');

describe('callCvm refused', () => {
  it('carries the parameter the mock names and the values it refused, each with its reason', async () => {
    const error = await callCvm('ModifyImageSharePermission', 'ap-guangzhou', {
      ImageId: 'img-abcd1234',
      AccountIds: ['100000000002'],
      Permission: 'SHARE',
    }).then(() => undefined, refusal);
    // img-abcd1234 is no image of the demo account: the API names ImageId.
    expect(error).toMatchObject({ code: 'InvalidImageId.NotFound', field: 'ImageId', refused: undefined });
  });

  it('reads Error.Field and Error.Refused from the envelope', async () => {
    answerOnce({
      Code: 'InvalidAccountId.NotFound',
      Message: 'No account 999999999999 exists; check the root account ID.',
      Field: 'AccountIds',
      Refused: [
        { Value: '999999999999', Code: 'InvalidAccountId.NotFound', Message: 'No account 999999999999 exists.' },
      ],
    });
    const error = await callCvm('DescribeImageQuota', 'ap-guangzhou', {}).then(() => undefined, refusal);
    expect(error).toMatchObject({
      code: 'InvalidAccountId.NotFound',
      message: 'No account 999999999999 exists; check the root account ID.',
      requestId: 'r-1',
      field: 'AccountIds',
      refused: [
        { value: '999999999999', code: 'InvalidAccountId.NotFound', message: 'No account 999999999999 exists.' },
      ],
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['the plain API 3.0 error', {}],
    ['a Field that is not a string', { Field: 5 }],
    ['a Refused that is not a list', { Refused: 'everything' }],
  ])('does without the extension given %s', async (_what, extension) => {
    answerOnce({ Code: 'InvalidAccountId.NotFound', Message: 'No such account.', ...extension });
    const error = await callCvm('DescribeImageQuota', 'ap-guangzhou', {}).then(() => undefined, refusal);
    expect(error).toMatchObject({ code: 'InvalidAccountId.NotFound', message: 'No such account.' });
    expect(error?.field).toBeUndefined();
    expect(error?.refused).toBeUndefined();
  });

  it('keeps only the well-formed refused values', async () => {
    answerOnce({
      Code: 'X',
      Message: 'm',
      Refused: [{ Value: '1', Code: 'A', Message: 'a' }, { Value: 2, Code: 'B', Message: 'b' }, null, 'c'],
    });
    const error = await callCvm('DescribeImageQuota', 'ap-guangzhou', {}).then(() => undefined, refusal);
    expect(error?.refused).toEqual([{ value: '1', code: 'A', message: 'a' }]);
  });
});

describe('callCvm in a language', () => {
  afterEach(() => setLanguage('en-US'));

  it('sends X-TC-Language: the language the console was set to', async () => {
    const sent: (string | null)[] = [];
    const listen = ({ request }: { request: Request }) => void sent.push(request.headers.get('X-TC-Language'));
    server.events.on('request:start', listen);
    try {
      await callCvm('DescribeImageQuota', 'ap-guangzhou', {});
      setLanguage('zh-CN');
      await callCvm('DescribeImageQuota', 'ap-guangzhou', {});
    } finally {
      server.events.removeListener('request:start', listen);
    }
    expect(sent).toEqual(['en-US', 'zh-CN']);
  });

  it('says what kind of failure it met when no API error came back, for the console to put in words', async () => {
    // An error without a Message: nothing the API said to show.
    server.use(
      http.post(
        CVM_API_PATH,
        () => HttpResponse.json({ Response: { Error: { Code: 'InternalError' }, RequestId: 'r-2' } }),
        {
          once: true,
        },
      ),
    );
    const error = await callCvm('DescribeImageQuota', 'ap-guangzhou', {}).then(() => undefined, refusal);
    expect(error).toMatchObject({ code: 'InternalError', clientProblem: { problem: 'noMessage', status: 200 } });
  });
});
