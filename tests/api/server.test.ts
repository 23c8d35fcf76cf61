// The HTTP host itself: methods, paths, CORS, size limits and garbage must all end in an answer, never a crash.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCredential, signTc3 } from '../../src/mocks/tc3.ts';
import { errorCode, rawCall, sdkClient, startServer, type RunningServer } from '../../src/test/api-server.ts';

let srv: RunningServer;

beforeAll(async () => {
  srv = await startServer();
});

afterAll(async () => {
  await srv?.server.close();
});

async function stillAlive(): Promise<void> {
  const res = await sdkClient(srv.port).DescribeRegions();
  expect(res.TotalCount).toBe(18);
}

/** Send bytes on a bare TCP connection and collect whatever comes back until the server closes it. */
function rawTcp(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    let out = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (out += d));
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error('timeout')));
  });
}

describe('HTTP host', () => {
  it('OPTIONS answers the CORS preflight', async () => {
    const res = await fetch(`${srv.url}api/cvm/`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,x-tc-action,x-tc-version,x-tc-region,x-tc-custom',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    const allowed = res.headers
      .get('access-control-allow-headers')!
      .split(',')
      .map((h) => h.trim());
    expect(allowed).toEqual(
      expect.arrayContaining([
        'authorization',
        'content-type',
        'x-tc-action',
        'x-tc-version',
        'x-tc-region',
        'x-tc-language',
        'x-tc-timestamp',
        'x-tc-custom',
      ]),
    );
  });

  it('answers with JSON, CORS and the SDK trace ID', async () => {
    const { status, headers, json } = await rawCall(srv, 'DescribeRegions', '{}', {
      region: null,
      headers: { 'X-TC-TraceId': 'trace-123' },
    });
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(headers.get('x-tc-traceid')).toBe('trace-123');
    expect(json.Response.TotalCount).toBe(18);
  });

  it('an empty body counts as no parameters', async () => {
    const { json } = await rawCall(srv, 'DescribeImageQuota', '');
    expect(json.Response.ImageNumQuota).toBe(10);
  });

  it('a missing X-TC-Action → MissingParameter', async () => {
    const { json } = await rawCall(srv, 'DescribeRegions', '{}', { headers: { 'X-TC-Action': undefined } });
    expect(errorCode(json)).toBe('MissingParameter');
  });

  it.each(['PUT', 'DELETE', 'PATCH'])('%s → UnsupportedProtocol (HTTP 200 envelope)', async (method) => {
    const res = await fetch(srv.url, { method, body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { Response: { Error: { Code: string }; RequestId: string } };
    expect(json.Response.Error.Code).toBe('UnsupportedProtocol');
    expect(json.Response.RequestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a path that is not the API → 404 with an error envelope', async () => {
    const res = await fetch(`${srv.url}favicon.ico`);
    expect(res.status).toBe(404);
    const json = (await res.json()) as { Response: { Error: { Code: string } } };
    expect(json.Response.Error.Code).toBe('ResourceNotFound');
  });

  it('a body over 1 MiB → InvalidParameter, and the server keeps answering', async () => {
    const body = JSON.stringify({ ImageName: 'x'.repeat(1024 * 1024 + 10) });
    const { status, json } = await rawCall(srv, 'DescribeImageQuota', body);
    expect(status).toBe(200);
    expect(errorCode(json)).toBe('InvalidParameter');
    expect((json.Response.Error as { Message: string }).Message).toContain('request body exceeds 1 MiB');
    await stillAlive();
  });

  it('a body just under 1 MiB is read (and checked by the action)', async () => {
    const body = JSON.stringify({ Padding: 'x'.repeat(1024 * 1024 - 100) });
    const { json } = await rawCall(srv, 'DescribeImageQuota', body);
    expect(errorCode(json)).toBe('UnknownParameter');
  });

  it('survives garbage on the wire', async () => {
    const answer = await rawTcp(srv.port, 'THIS IS NOT HTTP\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    const badHeader = await rawTcp(srv.port, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}');
    expect(badHeader).toMatch(/^HTTP\/1\.1 400/);
    // A body shorter than announced: the client gives up, the server must not mind.
    await rawTcp(srv.port, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"a"');
    await stillAlive();
  });

  it('survives odd but well-formed requests', async () => {
    const cred = demoCredential('100000000001');
    const now = Math.floor(Date.now() / 1000);
    const odd: RequestInit[] = [
      { method: 'POST', headers: { Authorization: 'TC3-HMAC-SHA256 ' + 'x'.repeat(10_000) }, body: '{}' },
      { method: 'POST', headers: { 'X-TC-Timestamp': '-1', Authorization: 'nonsense' }, body: '\u0000\uffff' },
      { method: 'GET' },
      {
        method: 'POST',
        headers: {
          ...signTc3({
            ...cred,
            action: 'DescribeImages',
            region: 'ap-guangzhou',
            body: 'null',
            host: srv.host,
            timestamp: now,
          }),
          Host: srv.host,
        },
        body: 'null',
      },
    ];
    for (const init of odd) {
      const headers = { ...(init.headers as Record<string, string>) };
      delete headers.Host;
      const res = await fetch(srv.url, { ...init, headers });
      expect(res.status).toBe(200);
      const json = (await res.json()) as { Response: { Error?: { Code: string }; RequestId: string } };
      expect(json.Response.Error?.Code).toMatch(/^(AuthFailure\.|InvalidParameter)/);
    }
    await stillAlive();
  });

  it('GET with query parameters: numbers and booleans are read by the action schema, digit strings stay strings', async () => {
    const query = 'Limit=3&Offset=2&Filters.0.Name=image-type&Filters.0.Values.0=PUBLIC_IMAGE';
    const { json } = await rawCall(srv, 'DescribeImages', '', { method: 'GET', query });
    expect(json.Response.Error).toBeUndefined();
    expect(json.Response.ImageSet).toHaveLength(3);
    // AccountIds are digit strings and must not turn into numbers.
    const share = await rawCall(srv, 'ModifyImageSharePermission', '', {
      method: 'GET',
      query: 'ImageId=img-00000000&AccountIds.0=100000000002&Permission=SHARE',
    });
    expect(errorCode(share.json)).not.toBe('InvalidParameter');
    const proto = await rawCall(srv, 'DescribeImages', '', {
      method: 'GET',
      query: '__proto__.x=1&constructor.prototype.y=2',
    });
    expect(proto.json.Response.Error).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('answers many concurrent SDK calls from several accounts', async () => {
    const clients = ['100000000001', '100000000002', '100000000003'].map((accountId) =>
      sdkClient(srv.port, { accountId }),
    );
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => clients[i % 3]!.DescribeImages({ Limit: 5, Offset: i % 7 })),
    );
    for (const r of results) expect(r.ImageSet!.length).toBeLessThanOrEqual(5);
    expect(new Set(results.map((r) => r.RequestId)).size).toBe(60);
  });
});
