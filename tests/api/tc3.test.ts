// TC3-HMAC-SHA256: our verifier against the official Node SDK's own signer, byte for byte.
import SignModule from 'tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js';
import { describe, expect, it } from 'vitest';
import { demoCredential, signTc3, tc3Date, verifyTc3, type Tc3Request } from '../../src/mocks/tc3.ts';

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
