// TC3-HMAC-SHA256: our verifier against the worked example of Tencent's signature v3 documentation
// and against the official Node SDK's own signer, byte for byte.
import { createHash, createHmac } from 'node:crypto';
import SignModule from 'tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canonicalRequest,
  demoCredential,
  hashedPayload,
  signatureOf,
  signTc3,
  stringToSign,
  tc3Date,
  verifyTc3,
  type Tc3Keys,
  type Tc3Request,
} from '../../src/mocks/tc3.ts';
import {
  ACCOUNT_A,
  errorCode,
  rawCall,
  sdkClient,
  startServer,
  type RunningServer,
} from '../../src/test/api-server.ts';

// The SDK's sign module is CommonJS with `exports.default = Sign`.
const Sign = ((SignModule as unknown as { default?: typeof SignModule }).default ?? SignModule) as typeof SignModule;

const ACCOUNT = '100000000001';
const { secretId, secretKey } = demoCredential(ACCOUNT);
const NOW = 1_764_158_400; // 2025-11-26T12:00:00Z

function lower(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function request(headers: Record<string, string>, body: string, extra: Partial<Tc3Request> = {}): Tc3Request {
  return { method: 'POST', path: '/', query: '', headers: lower(headers), body, nowSeconds: NOW, ...extra };
}

describe('signTc3 / verifyTc3', () => {
  const body = JSON.stringify({ Filters: [{ Name: 'image-type', Values: ['PUBLIC_IMAGE'] }], Limit: 10 });

  /** The Authorization the official SDK computes for `body` POSTed to `url` at NOW (service "127"). */
  const sdkSign = (url: string) =>
    Sign.sign3({
      method: 'POST',
      url,
      payload: JSON.parse(body),
      timestamp: NOW,
      service: '127',
      secretId,
      secretKey,
      multipart: false,
      boundary: '',
      headers: { 'Content-Type': 'application/json' },
    });

  it('produces exactly the Authorization the official SDK computes', () => {
    const sdkAuth = sdkSign('http://127.0.0.1:8787/');
    // The Node SDK signs `host:<hostname>` (no port).
    const ours = signTc3({
      secretId,
      secretKey,
      action: 'DescribeImages',
      region: 'ap-guangzhou',
      body,
      host: '127.0.0.1',
      timestamp: NOW,
    });
    expect(ours.Authorization).toBe(sdkAuth);
    expect(sdkAuth).toMatch(
      new RegExp(
        `^TC3-HMAC-SHA256 Credential=${secretId}/2025-11-26/127/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$`,
      ),
    );
  });

  it('accepts the SDK signature although the SDK sends Host with the port', () => {
    const authorization = sdkSign('http://127.0.0.1:8787/api/cvm/');
    const headers = {
      Authorization: authorization,
      'Content-Type': 'application/json',
      Host: '127.0.0.1:8787',
      'X-TC-Timestamp': String(NOW),
    };
    expect(verifyTc3(request(headers, body, { path: '/api/cvm/' }))).toEqual({ ok: true, accountId: ACCOUNT });
  });

  it('round-trips with the Host as sent, for every demo account and a real service name', () => {
    for (const accountId of ['100000000001', '100000000002', '100000000003']) {
      const cred = demoCredential(accountId);
      const headers = signTc3({
        ...cred,
        action: 'DescribeRegions',
        body: '{}',
        host: 'cvm.tencentcloudapi.com',
        timestamp: NOW,
      });
      expect(headers.Authorization).toContain('/cvm/tc3_request');
      expect(verifyTc3(request(headers, '{}'))).toEqual({ ok: true, accountId });
    }
  });

  it('verifies a signed GET with its query string', () => {
    const query = 'Limit=5&Filters.0.Name=image-type&Filters.0.Values.0=PUBLIC_IMAGE';
    const headers = signTc3({
      secretId,
      secretKey,
      action: 'DescribeImages',
      region: 'ap-guangzhou',
      body: '',
      host: 'h:1',
      timestamp: NOW,
      method: 'GET',
      query,
    });
    expect(headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(verifyTc3(request(headers, '', { method: 'GET', query }))).toEqual({ ok: true, accountId: ACCOUNT });
    expect(verifyTc3(request(headers, '', { method: 'GET', query: query.replace('5', '6') }))).toMatchObject({
      ok: false,
      code: 'AuthFailure.SignatureFailure',
    });
  });

  it('sets the X-TC headers', () => {
    const headers = signTc3({
      secretId,
      secretKey,
      action: 'DescribeZones',
      region: 'ap-shanghai',
      body: '{}',
      host: 'h',
      timestamp: NOW,
      language: 'zh-CN',
    });
    expect(headers).toMatchObject({
      'Content-Type': 'application/json',
      Host: 'h',
      'X-TC-Action': 'DescribeZones',
      'X-TC-Version': '2017-03-12',
      'X-TC-Region': 'ap-shanghai',
      'X-TC-Timestamp': String(NOW),
      'X-TC-Language': 'zh-CN',
    });
    expect(
      signTc3({ secretId, secretKey, action: 'DescribeRegions', body: '{}', host: 'h', timestamp: NOW }),
    ).not.toHaveProperty('X-TC-Region');
  });

  describe('refusals', () => {
    const signed = () =>
      signTc3({ secretId, secretKey, action: 'DescribeRegions', body: '{}', host: 'h:1', timestamp: NOW });
    const code = (r: ReturnType<typeof verifyTc3>) => (r.ok ? 'ok' : r.code);

    it('missing or garbled Authorization → AuthFailure.InvalidAuthorization', () => {
      const h = signed();
      expect(code(verifyTc3(request({ ...h, Authorization: '' }, '{}')))).toBe('AuthFailure.InvalidAuthorization');
      const { Authorization: _omit, ...without } = h;
      expect(code(verifyTc3(request(without, '{}')))).toBe('AuthFailure.InvalidAuthorization');
      for (const garbage of [
        'Bearer abc',
        'TC3-HMAC-SHA256 Credential=x',
        h.Authorization.replace('SignedHeaders=content-type;host', 'SignedHeaders=Content-Type;Host'),
        h.Authorization.replace('/tc3_request', '/tc2_request'),
        h.Authorization.replace(/Signature=[0-9a-f]+/, 'Signature=xyz'),
        `${h.Authorization}\u0000`,
      ])
        expect(code(verifyTc3(request({ ...h, Authorization: garbage }, '{}'))), garbage).toBe(
          'AuthFailure.InvalidAuthorization',
        );
    });

    it('unknown SecretId → AuthFailure.SecretIdNotFound', () => {
      for (const id of ['AKIDMOCK999999999999', 'AKIDsomething', 'AKIDMOCK']) {
        const h = signTc3({
          secretId: id,
          secretKey,
          action: 'DescribeRegions',
          body: '{}',
          host: 'h',
          timestamp: NOW,
        });
        expect(code(verifyTc3(request(h, '{}'))), id).toBe('AuthFailure.SecretIdNotFound');
      }
    });

    it('a wrong key, a changed body or a changed signed header → AuthFailure.SignatureFailure', () => {
      const h = signed();
      const wrongKey = signTc3({
        secretId,
        secretKey: 'nope',
        action: 'DescribeRegions',
        body: '{}',
        host: 'h:1',
        timestamp: NOW,
      });
      expect(code(verifyTc3(request(wrongKey, '{}')))).toBe('AuthFailure.SignatureFailure');
      expect(code(verifyTc3(request(h, '{ }')))).toBe('AuthFailure.SignatureFailure');
      expect(code(verifyTc3(request({ ...h, 'Content-Type': 'text/plain' }, '{}')))).toBe(
        'AuthFailure.SignatureFailure',
      );
      expect(code(verifyTc3(request({ ...h, Host: 'other:1' }, '{}')))).toBe('AuthFailure.SignatureFailure');
      // Another account's key for this SecretId.
      const other = signTc3({
        secretId,
        secretKey: demoCredential('100000000002').secretKey,
        action: 'DescribeRegions',
        body: '{}',
        host: 'h:1',
        timestamp: NOW,
      });
      expect(code(verifyTc3(request(other, '{}')))).toBe('AuthFailure.SignatureFailure');
      // A credential date that is not the timestamp's date.
      const wrongDate = h.Authorization.replace(tc3Date(NOW), '2020-01-01');
      expect(code(verifyTc3(request({ ...h, Authorization: wrongDate }, '{}')))).toBe('AuthFailure.SignatureFailure');
    });

    it('X-TC-Timestamp more than 300 s away → AuthFailure.SignatureExpire; within 300 s is fine', () => {
      const at = (timestamp: number) =>
        code(
          verifyTc3(
            request(
              signTc3({ secretId, secretKey, action: 'DescribeRegions', body: '{}', host: 'h', timestamp }),
              '{}',
            ),
          ),
        );
      expect(at(NOW - 600)).toBe('AuthFailure.SignatureExpire');
      expect(at(NOW - 301)).toBe('AuthFailure.SignatureExpire');
      expect(at(NOW + 301)).toBe('AuthFailure.SignatureExpire');
      expect(at(NOW - 300)).toBe('ok');
      expect(at(NOW + 300)).toBe('ok');
    });

    it('a missing or non-numeric X-TC-Timestamp → AuthFailure.InvalidAuthorization', () => {
      const h = signed();
      expect(code(verifyTc3(request({ ...h, 'X-TC-Timestamp': '' }, '{}')))).toBe('AuthFailure.InvalidAuthorization');
      expect(code(verifyTc3(request({ ...h, 'X-TC-Timestamp': 'soon' }, '{}')))).toBe(
        'AuthFailure.InvalidAuthorization',
      );
    });
  });
});

// ---------------------------------------------------------------- the documentation's worked example

/**
 * "签名方法 v3" of Tencent Cloud API 3.0 (CVM DescribeInstances, 2019-02-25): its request as sent,
 * and every value it prints. The SecretKey is masked there, so the example publishes the derived
 * SecretSigning instead; the final HMAC needs nothing else.
 */
const DOC = {
  payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
  headers: {
    'content-type': 'application/json; charset=utf-8',
    host: 'cvm.tencentcloudapi.com',
    'x-tc-action': 'DescribeInstances',
    'x-tc-timestamp': '1551113065',
    'x-tc-version': '2017-03-12',
    'x-tc-region': 'ap-guangzhou',
  },
  timestamp: 1551113065,
  secretId: 'AKID********************************',
  hashedPayload: '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
  canonicalRequest: [
    'POST',
    '/',
    '',
    'content-type:application/json; charset=utf-8',
    'host:cvm.tencentcloudapi.com',
    'x-tc-action:describeinstances',
    '',
    'content-type;host;x-tc-action',
    '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
  ].join('\n'),
  hashedCanonicalRequest: '7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84',
  stringToSign: [
    'TC3-HMAC-SHA256',
    '1551113065',
    '2019-02-25/cvm/tc3_request',
    '7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84',
  ].join('\n'),
  secretSigning: 'b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af',
  signature: '10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f',
} as const;

const DOC_AUTHORIZATION = `TC3-HMAC-SHA256 Credential=${DOC.secretId}/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=${DOC.signature}`;

/** The example's SecretId, with the published derived key for its date and service. */
const docKeys: Tc3Keys = (id, date, service) =>
  id === DOC.secretId && date === '2019-02-25' && service === 'cvm'
    ? { accountId: 'documentation', key: Buffer.from(DOC.secretSigning, 'hex') }
    : undefined;

function docRequest(headers: Record<string, string> = {}): Tc3Request {
  return {
    method: 'POST',
    path: '/',
    query: '',
    headers: { ...DOC.headers, authorization: DOC_AUTHORIZATION, ...headers },
    body: DOC.payload,
    nowSeconds: DOC.timestamp,
  };
}

describe('the worked example of the signature v3 documentation', () => {
  it('builds its canonical request, string to sign and signature, value for value', () => {
    expect(hashedPayload(DOC.payload)).toBe(DOC.hashedPayload);
    const canonical = canonicalRequest({
      method: 'POST',
      path: '/',
      query: '',
      canonicalHeaders:
        'content-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\nx-tc-action:describeinstances\n',
      signedHeaders: 'content-type;host;x-tc-action',
      hashedPayload: DOC.hashedPayload,
    });
    expect(canonical).toBe(DOC.canonicalRequest);
    expect(createHash('sha256').update(canonical).digest('hex')).toBe(DOC.hashedCanonicalRequest);
    const toSign = stringToSign('1551113065', '2019-02-25/cvm/tc3_request', canonical);
    expect(toSign).toBe(DOC.stringToSign);
    expect(signatureOf(Buffer.from(DOC.secretSigning, 'hex'), toSign)).toBe(DOC.signature);
  });

  it('verifies its request as sent: X-TC-Action: DescribeInstances, signed as describeinstances', () => {
    expect(verifyTc3(docRequest(), docKeys)).toEqual({ ok: true, accountId: 'documentation' });
  });

  it('refuses it once anything signed is changed', () => {
    const code = (r: ReturnType<typeof verifyTc3>) => (r.ok ? 'ok' : r.code);
    expect(code(verifyTc3(docRequest({ 'x-tc-action': 'DescribeImages' }), docKeys))).toBe(
      'AuthFailure.SignatureFailure',
    );
    expect(code(verifyTc3(docRequest({ 'content-type': 'application/json' }), docKeys))).toBe(
      'AuthFailure.SignatureFailure',
    );
    expect(code(verifyTc3({ ...docRequest(), body: DOC.payload.replace('1', '2') }, docKeys))).toBe(
      'AuthFailure.SignatureFailure',
    );
    // Five minutes and a second later, the same request has expired.
    expect(code(verifyTc3({ ...docRequest(), nowSeconds: DOC.timestamp + 301 }, docKeys))).toBe(
      'AuthFailure.SignatureExpire',
    );
  });
});

// ---------------------------------------------------------------- over HTTP

/**
 * A client that signs as the documentation says, written from its steps alone: the signed
 * headers' names and values lower-cased and trimmed, in ASCII order, `x-tc-action` among them.
 */
function signAsDocumented(
  srv: RunningServer,
  action: string,
  body: string,
  opts: { service?: string; lowerValues?: boolean; now?: number } = {},
): Record<string, string> {
  const { secretId, secretKey } = demoCredential(ACCOUNT_A);
  const timestamp = opts.now ?? Math.floor(Date.now() / 1000);
  const date = tc3Date(timestamp);
  const service = opts.service ?? 'cvm';
  const sent: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    Host: srv.host,
    'X-TC-Action': action,
  };
  const value = (v: string) => (opts.lowerValues === false ? v.trim() : v.trim().toLowerCase());
  const names = Object.keys(sent).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  const canonicalHeaders = names.map((n) => `${n.toLowerCase()}:${value(sent[n]!)}\n`).join('');
  const signedHeaders = names.map((n) => n.toLowerCase()).join(';');
  const sha = (m: string) => createHash('sha256').update(m).digest('hex');
  const hmac = (k: string | Buffer, m: string) => createHmac('sha256', k).update(m).digest();
  const canonical = ['POST', '/', '', canonicalHeaders, signedHeaders, sha(body)].join('\n');
  const scope = `${date}/${service}/tc3_request`;
  const toSign = ['TC3-HMAC-SHA256', String(timestamp), scope, sha(canonical)].join('\n');
  const key = hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request');
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  return {
    Authorization: `TC3-HMAC-SHA256 Credential=${secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    'Content-Type': sent['Content-Type']!,
    'X-TC-Action': action,
    'X-TC-Version': '2017-03-12',
    'X-TC-Region': 'ap-guangzhou',
    'X-TC-Timestamp': String(timestamp),
  };
}

describe('the standalone server checks TC3 as documented', () => {
  let srv: RunningServer;
  beforeAll(async () => {
    srv = await startServer();
  });
  afterAll(async () => {
    await srv?.server.close();
  });

  async function post(headers: Record<string, string>, body: string) {
    const res = await fetch(srv.url, { method: 'POST', headers, body });
    return (await res.json()) as { Response: Record<string, unknown> & { RequestId: string } };
  }

  it('accepts a client that signs x-tc-action lower-cased, as the documentation does', async () => {
    const body = '{"Limit": 2}';
    const json = await post(signAsDocumented(srv, 'DescribeImages', body), body);
    expect(json.Response.Error).toBeUndefined();
    expect(json.Response.ImageSet).toHaveLength(2);
  });

  it('accepts x-tc-action signed with the value as sent, as SDKs that sign it do', async () => {
    const json = await post(signAsDocumented(srv, 'DescribeImageQuota', '{}', { lowerValues: false }), '{}');
    expect(json.Response.ImageNumQuota).toBe(10);
  });

  it('refuses a signed action that was changed on the way: AuthFailure.SignatureFailure', async () => {
    const headers = { ...signAsDocumented(srv, 'DescribeImages', '{}'), 'X-TC-Action': 'DescribeImageQuota' };
    expect(errorCode(await post(headers, '{}'))).toBe('AuthFailure.SignatureFailure');
  });

  it('refuses SignedHeaders without content-type: AuthFailure.InvalidAuthorization', async () => {
    const headers = signAsDocumented(srv, 'DescribeImages', '{}');
    headers.Authorization = headers.Authorization!.replace('SignedHeaders=content-type;host;', 'SignedHeaders=host;');
    expect(errorCode(await post(headers, '{}'))).toBe('AuthFailure.InvalidAuthorization');
  });

  it('refuses a signature scoped to another service (cbs): AuthFailure.InvalidAuthorization', async () => {
    const documented = await post(signAsDocumented(srv, 'DescribeImages', '{}', { service: 'cbs' }), '{}');
    expect(errorCode(documented)).toBe('AuthFailure.InvalidAuthorization');
    expect((documented.Response.Error as { Message: string }).Message).toMatch(/service "cbs".*"cvm" or "127"/);
    const { json } = await rawCall(srv, 'DescribeImages', '{}', { service: 'cbs' });
    expect(errorCode(json)).toBe('AuthFailure.InvalidAuthorization');
  });

  it('accepts the scope the Go and Python SDKs sign (cvm) and the one the Node SDK derives from the endpoint', async () => {
    expect((await rawCall(srv, 'DescribeImageQuota', '{}', { service: 'cvm' })).json.Response.ImageNumQuota).toBe(10);
    expect((await rawCall(srv, 'DescribeImageQuota', '{}', { service: '127' })).json.Response.ImageNumQuota).toBe(10);
    // The official Node SDK signs "127" for 127.0.0.1:<port>, and "localhost:<port>" for that endpoint.
    expect((await sdkClient(srv.port).DescribeImageQuota()).ImageNumQuota).toBe(10);
    expect((await sdkClient(srv.port, { path: '/api/cvm' }).DescribeImageQuota()).ImageNumQuota).toBe(10);
    expect((await sdkClient(srv.port, { host: 'localhost' }).DescribeImageQuota()).ImageNumQuota).toBe(10);
    const localApi = sdkClient(srv.port, { host: 'localhost', path: '/api/cvm' });
    expect((await localApi.DescribeImageQuota()).ImageNumQuota).toBe(10);
  });
});
