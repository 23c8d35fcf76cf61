// How the proxy forwards one call, against a stand-in upstream on loopback: retries of reads on
// RequestLimitExceeded with bounded exponential backoff (never of changes), answers that are not
// API 3.0, secrets in upstream messages; and how its settings are read.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { forward, serviceHost, upstreamAgent, type Call, type Upstream } from '../../src/proxy/forward.ts';
import { callerIdentity, stsHost } from '../../src/proxy/identity.ts';
import { CHINA_ENDPOINT, INTL_ENDPOINT, parseEndpoint, proxyOptions } from '../../src/proxy/options.ts';
import { createSecrets } from '../../src/proxy/secrets.ts';

const SECRET_ID = 'AKIDforwardtest000000000000000000001';
const SECRET_KEY = 'forward-test-secret-key-0001';

/** The next answers of the stand-in upstream, one per request: [HTTP status, body]. */
let script: [number, unknown][] = [];
const received: { action: string; version?: string; region?: string; authorization?: string; body: string }[] = [];
let upstream: Server;
let port = 0;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      received.push({
        action: String(req.headers['x-tc-action']),
        version: req.headers['x-tc-version'] as string | undefined,
        region: req.headers['x-tc-region'] as string | undefined,
        authorization: req.headers.authorization,
        body,
      });
      const [status, answer] = script.shift() ?? [200, { Response: { RequestId: 'default' } }];
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(typeof answer === 'string' ? answer : JSON.stringify(answer));
    });
  });
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done));
  port = (upstream.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((done) => upstream.close(() => done())));

beforeEach(() => {
  script = [];
  received.length = 0;
});

function target(at = port): Upstream {
  const secrets = createSecrets();
  secrets.remember(SECRET_KEY);
  const endpoint = parseEndpoint(`http://127.0.0.1:${at}`);
  return {
    endpoint,
    secrets,
    agent: upstreamAgent(endpoint),
    credential: { getCredential: async () => ({ secretId: SECRET_ID, secretKey: SECRET_KEY }) },
  };
}

const limited = (id: string) =>
  [200, { Response: { Error: { Code: 'RequestLimitExceeded', Message: 'Too many requests.' }, RequestId: id } }] as [
    number,
    unknown,
  ];
const describeImages: Call = { action: 'DescribeImages', region: 'ap-guangzhou', params: { Limit: 5 } };

function recordSleeps() {
  const delays: number[] = [];
  return { delays, retry: { retries: 3, baseDelayMs: 100, sleep: async (ms: number) => void delays.push(ms) } };
}

describe('forwarding one call', () => {
  it('signs it with TC3 and sends the action, region and parameters', async () => {
    script = [[200, { Response: { TotalCount: 0, ImageSet: [], RequestId: 'req-1' } }]];
    const result = await forward(describeImages, target());
    expect(result).toEqual({
      status: 200,
      envelope: { Response: { TotalCount: 0, ImageSet: [], RequestId: 'req-1' } },
      attempts: 1,
    });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ action: 'DescribeImages', region: 'ap-guangzhou', body: '{"Limit":5}' });
    expect(received[0]!.authorization).toMatch(
      new RegExp(`^TC3-HMAC-SHA256 Credential=${SECRET_ID}/\\d{4}-\\d{2}-\\d{2}/127/tc3_request, SignedHeaders=`),
    );
  });

  it('a read that meets RequestLimitExceeded is asked again after 50-100, 100-200 ms: then its answer', async () => {
    script = [limited('r1'), limited('r2'), [200, { Response: { TotalCount: 3, RequestId: 'r3' } }]];
    const { delays, retry } = recordSleeps();
    const result = await forward(describeImages, target(), retry);
    expect(result.envelope).toEqual({ Response: { TotalCount: 3, RequestId: 'r3' } });
    expect(result.attempts).toBe(3);
    expect(received).toHaveLength(3);
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(50);
    expect(delays[0]).toBeLessThanOrEqual(100);
    expect(delays[1]).toBeGreaterThanOrEqual(100);
    expect(delays[1]).toBeLessThanOrEqual(200);
  });

  it('gives up after three retries (four calls, backoff under 1.5 s) with the last refusal, RequestId included', async () => {
    script = [limited('l1'), limited('l2'), limited('l3'), limited('l4'), [200, { Response: { RequestId: 'never' } }]];
    const { delays, retry } = recordSleeps();
    const result = await forward(describeImages, target(), retry);
    expect(result.envelope.Response).toEqual({
      Error: { Code: 'RequestLimitExceeded', Message: 'Too many requests.' },
      RequestId: 'l4',
    });
    expect(received).toHaveLength(4);
    expect(delays.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100 + 200 + 400);
  });

  it('a change (ModifyImageAttribute) is never asked twice: its refusal goes back at once', async () => {
    script = [limited('m1'), [200, { Response: { RequestId: 'm2' } }]];
    const { delays, retry } = recordSleeps();
    const result = await forward(
      { action: 'ModifyImageAttribute', region: 'ap-guangzhou', params: {} },
      target(),
      retry,
    );
    expect(result.envelope.Response).toMatchObject({ Error: { Code: 'RequestLimitExceeded' }, RequestId: 'm1' });
    expect(received).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('another error is not retried', async () => {
    script = [
      [200, { Response: { Error: { Code: 'InvalidImageId.NotFound', Message: 'No such image.' }, RequestId: 'e1' } }],
    ];
    const result = await forward(describeImages, target(), recordSleeps().retry);
    expect(result).toEqual({
      status: 200,
      envelope: {
        Response: { Error: { Code: 'InvalidImageId.NotFound', Message: 'No such image.' }, RequestId: 'e1' },
      },
      attempts: 1,
    });
  });

  it('an upstream message that holds the SecretKey comes back without it', async () => {
    script = [
      [
        200,
        {
          Response: {
            Error: { Code: 'AuthFailure.SignatureFailure', Message: `signed with ${SECRET_KEY}?` },
            RequestId: 's1',
          },
        },
      ],
    ];
    const result = await forward(describeImages, target());
    expect(result.envelope.Response).toEqual({
      Error: { Code: 'AuthFailure.SignatureFailure', Message: 'signed with [secret removed]?' },
      RequestId: 's1',
    });
  });

  it('an HTTP error, a body that is not API 3.0, or no upstream at all: 502 with what happened', async () => {
    script = [[503, 'busy']];
    const http = await forward(describeImages, target());
    expect(http.status).toBe(502);
    expect(http.envelope.Response.Error).toEqual({
      Code: 'InternalError.UpstreamUnreachable',
      Message: `http://127.0.0.1:${port}/ answered HTTP 503 (Service Unavailable) instead of an API 3.0 response.`,
    });
    script = [[200, 'not json']];
    const garbled = await forward(describeImages, target());
    expect(garbled.status).toBe(502);
    expect(garbled.envelope.Response.Error).toMatchObject({ Code: 'InternalError.UpstreamUnreachable' });
    const closed = await new Promise<number>((done) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => done(p));
      });
    });
    const none = await forward(describeImages, target(closed));
    expect(none.status).toBe(502);
    expect((none.envelope.Response.Error as { Message: string }).Message).toMatch(
      new RegExp(`^The local proxy got no API 3\\.0 answer from http://127\\.0\\.0\\.1:${closed}/: .*ECONNREFUSED`),
    );
    expect(JSON.stringify([http, garbled, none])).not.toContain(SECRET_KEY);
  });
});

describe('the caller identity', () => {
  it('names the account from STS GetCallerIdentity, and the user when it is not the root', async () => {
    script = [
      [200, { Response: { AccountId: '100012345678', UserId: '100098765432', Type: 'CAMUser', RequestId: 'i1' } }],
    ];
    expect(await callerIdentity(target(), SECRET_ID)).toEqual({
      label: '100012345678 (user 100098765432)',
      accountId: '100012345678',
    });
    expect(received[0]).toMatchObject({ action: 'GetCallerIdentity' });
  });

  it('falls back to the masked SecretId when the endpoint does not answer it, and says when the key was refused', async () => {
    script = [[200, { Response: { Error: { Code: 'InvalidAction', Message: 'no STS here' }, RequestId: 'i2' } }]];
    expect(await callerIdentity(target(), SECRET_ID)).toEqual({ label: 'AKID…0001' });
    script = [
      [
        200,
        {
          Response: {
            Error: { Code: 'AuthFailure.SecretIdNotFound', Message: `unknown key ${SECRET_KEY}` },
            RequestId: 'i3',
          },
        },
      ],
    ];
    expect(await callerIdentity(target(), SECRET_ID)).toEqual({
      label: 'AKID…0001',
      refused: { code: 'AuthFailure.SecretIdNotFound', message: 'unknown key [secret removed]' },
    });
  });

  it('asks STS beside the CVM host; any other endpoint is asked itself', () => {
    expect(stsHost(parseEndpoint(CHINA_ENDPOINT))).toBe('sts.tencentcloudapi.com');
    expect(stsHost(parseEndpoint(INTL_ENDPOINT))).toBe('sts.intl.tencentcloudapi.com');
    expect(stsHost(parseEndpoint('https://cvm.ap-guangzhou.tencentcloudapi.com'))).toBe(
      'sts.ap-guangzhou.tencentcloudapi.com',
    );
    expect(stsHost(parseEndpoint('http://127.0.0.1:8787'))).toBe('127.0.0.1:8787');
    expect(stsHost(parseEndpoint('https://cvm.tencentcloudapi.com.attacker.example'))).toBe(
      'cvm.tencentcloudapi.com.attacker.example',
    );
  });

  it("the tag service, for an image's tags, beside CVM the same way", () => {
    expect(serviceHost(parseEndpoint(CHINA_ENDPOINT), 'tag')).toBe('tag.tencentcloudapi.com');
    expect(serviceHost(parseEndpoint(INTL_ENDPOINT), 'tag')).toBe('tag.intl.tencentcloudapi.com');
    expect(serviceHost(parseEndpoint('http://127.0.0.1:8787'), 'tag')).toBe('127.0.0.1:8787');
  });

  it("sends ModifyResourceTags with the tag service's version, and every CVM action with CVM's", async () => {
    for (const action of ['ModifyResourceTags', 'DescribeImages'] as const)
      await forward({ action, params: {} }, target());
    expect(received.map((r) => [r.action, r.version])).toEqual([
      ['ModifyResourceTags', '2018-08-13'],
      ['DescribeImages', '2017-03-12'],
    ]);
  });
});

describe('settings', () => {
  it('the mainland endpoint by default, the international one with --intl or CVM_INTL=1, any with CVM_ENDPOINT', () => {
    expect(proxyOptions({}, [])).toEqual({
      endpoint: { protocol: 'https://', host: 'cvm.tencentcloudapi.com', loopback: false },
      readOnly: false,
      logCalls: false,
    });
    expect(proxyOptions({}, ['--intl']).endpoint.host).toBe('cvm.intl.tencentcloudapi.com');
    expect(proxyOptions({ CVM_INTL: '1' }, []).endpoint.host).toBe('cvm.intl.tencentcloudapi.com');
    expect(proxyOptions({ CVM_ENDPOINT: 'http://127.0.0.1:4352' }, []).endpoint).toEqual({
      protocol: 'http://',
      host: '127.0.0.1:4352',
      loopback: true,
    });
    expect(proxyOptions({ CVM_ENDPOINT: 'cvm.ap-shanghai.tencentcloudapi.com' }, []).endpoint.protocol).toBe(
      'https://',
    );
  });

  it('read-only from --read-only or CVM_READ_ONLY=1 (or true)', () => {
    expect(proxyOptions({}, ['--read-only']).readOnly).toBe(true);
    expect(proxyOptions({ CVM_READ_ONLY: '1' }, []).readOnly).toBe(true);
    expect(proxyOptions({ CVM_READ_ONLY: 'true' }, []).readOnly).toBe(true);
    expect(proxyOptions({ CVM_READ_ONLY: '0' }, []).readOnly).toBe(false);
  });

  it.each([
    ['http://cvm.example.com', 'plain http is allowed only to 127.0.0.1 or localhost'],
    ['https://cvm.example.com/api', 'without a path or credentials'],
    ['https://user:pw@cvm.example.com', 'without a path or credentials'],
    ['ftp://cvm.example.com', 'must be an http:// or https:// URL'],
    ['https://', 'is not a URL'],
  ])('CVM_ENDPOINT=%s is refused (%s)', (endpoint, message) => {
    expect(() => proxyOptions({ CVM_ENDPOINT: endpoint }, [])).toThrow(message);
  });
});
