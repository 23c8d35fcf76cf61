// The signing proxy (scripts/serve.mjs --backend=tencentcloud) in front of the mock API on loopback:
// the mock verifies every TC3 signature the official SDK makes in the proxy. Calls pass through
// with the mock's RequestId and error envelope; every refusal happens before anything reaches the
// mock; no secret shows anywhere; the proxy answers on 127.0.0.1 only.
import { imageResourceName } from '../../src/rules/tag-service.ts';
import { connect, createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCredential } from '../../src/mocks/tc3.ts';
import { mutatingActions } from '../../src/rules/actions.ts';
import { ACCOUNT_A, ACCOUNT_B } from '../../src/test/api-server.ts';
import {
  answers,
  consoleCall,
  http,
  pageToken,
  startWatchedMock,
  type WatchedMock,
} from '../../src/test/proxy-calls.ts';
import {
  build,
  fixtureDist,
  fixtureHome,
  removeFixtures,
  runToExit,
  startProxy,
  type RunningProcess,
} from '../../src/test/proxy-process.ts';

const A = demoCredential(ACCOUNT_A);
const WRONG_KEY = 'wrong-secret-key-for-this-test';
let mock: WatchedMock;
let proxy: RunningProcess;
let token: string;
const started: RunningProcess[] = [];
const dist = fixtureDist();

function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    DIST_DIR: dist,
    CVM_ENDPOINT: `http://127.0.0.1:${mock.port}`,
    HOME: fixtureHome(),
    CVM_PROXY_LOG: '1',
    ...extra,
  };
}

async function start(args: string[], env: Record<string, string>): Promise<RunningProcess> {
  const p = await startProxy(args, env);
  started.push(p);
  return p;
}

beforeAll(async () => {
  mock = await startWatchedMock();
  await build('vite.proxy.config.ts');
  proxy = await start(
    ['--backend=tencentcloud'],
    baseEnv({ TENCENTCLOUD_SECRET_ID: A.secretId, TENCENTCLOUD_SECRET_KEY: A.secretKey }),
  );
  token = await pageToken(proxy.port);
}, 150_000);

afterAll(async () => {
  await Promise.all(started.map((p) => p.stop()));
  await mock?.server.close();
  removeFixtures();
});

/** What the mock saw from here on: its log lines and backend answers since the mark. */
function mark() {
  const log = mock.log.length;
  const envelopes = mock.envelopes.length;
  return { log: () => mock.log.slice(log), envelopes: () => mock.envelopes.slice(envelopes) };
}

describe('the proxy passes calls through, signed', () => {
  it('at start it says where calls go and as which account, and the mock checked its signature', () => {
    expect(proxy.output()).toContain(`Backend: Tencent Cloud API at http://127.0.0.1:${mock.port}/`);
    expect(proxy.output()).toContain('Account: 100000000001, credentials from the environment');
    // The identity call went to the mock, signed: its STS GetCallerIdentity named the key's account.
    expect(mock.log).toContain('[mock-api] POST / GetCallerIdentity -> 200 OK');
  });

  it('a read comes back with the mock’s own answer and RequestId', async () => {
    const seen = mark();
    const res = await consoleCall(proxy.port, token, 'DescribeImages', {
      Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }],
      Limit: 5,
    });
    expect(res.status).toBe(200);
    expect(seen.log()).toEqual(['[mock-api] POST / DescribeImages -> 200 OK']);
    expect(seen.envelopes()).toHaveLength(1);
    expect(res.json).toEqual(seen.envelopes()[0]);
    const images = res.json.Response.ImageSet as { ImageCreator: string }[];
    expect(images.length).toBeGreaterThan(0);
    // Signed as account A: the mock knows the caller only from the SecretId.
    expect(new Set(images.map((i) => i.ImageCreator))).toEqual(new Set([ACCOUNT_A]));
  });

  it('an API error comes back as the mock’s envelope, code, message and RequestId unchanged', async () => {
    const seen = mark();
    const res = await consoleCall(proxy.port, token, 'DescribeImages', { Limit: 1000 });
    expect(res.status).toBe(200);
    expect(seen.log()).toEqual([
      '[mock-api] POST / DescribeImages -> 200 InvalidParameterValue.InvalidParameterValueLimit',
    ]);
    // The SDK reads the API 3.0 error, Code and Message: the mock's extension (Error.Field) stays behind,
    // as it would against a real endpoint.
    const mock = seen.envelopes()[0]!.Response;
    const { Field: _field, ...error } = mock.Error as Record<string, unknown>;
    expect(res.json).toEqual({ Response: { ...mock, Error: error } });
    expect(res.json.Response.RequestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('X-TC-Region and X-TC-Language pass through', async () => {
    const zh = await consoleCall(
      proxy.port,
      token,
      'DescribeZones',
      {},
      { region: 'ap-shanghai', headers: { 'X-TC-Language': 'zh-CN' } },
    );
    const zones = zh.json.Response.ZoneSet as { Zone: string; ZoneName: string }[];
    expect(zones.every((z) => z.Zone.startsWith('ap-shanghai-'))).toBe(true);
    expect(zones[0]!.ZoneName).toMatch(/上海/);
    const missing = await consoleCall(
      proxy.port,
      token,
      'DescribeImages',
      { ImageIds: ['img-00000000'] },
      { region: 'ap-nowhere' },
    );
    expect(missing.json.Response.Error).toMatchObject({ Code: 'InvalidRegion.NotFound' });
  });

  it('a change goes through when the proxy is not read-only', async () => {
    const list = await consoleCall(proxy.port, token, 'DescribeImages', {
      Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }],
      Limit: 1,
    });
    const [image] = list.json.Response.ImageSet as { ImageId: string }[];
    const seen = mark();
    const res = await consoleCall(proxy.port, token, 'ModifyImageAttribute', {
      ImageId: image!.ImageId,
      ImageDescription: 'changed through the proxy',
    });
    expect(res.json.Response.Error).toBeUndefined();
    expect(seen.log()).toEqual(['[mock-api] POST / ModifyImageAttribute -> 200 OK']);
  });
});

describe('the tag service, beside CVM', () => {
  it('ModifyResourceTags goes through with its own version, signed, to the same loopback endpoint', async () => {
    const list = await consoleCall(proxy.port, token, 'DescribeImages', {
      Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }],
      Limit: 1,
    });
    const [image] = list.json.Response.ImageSet as { ImageId: string }[];
    const seen = mark();
    const res = await consoleCall(proxy.port, token, 'ModifyResourceTags', {
      Resource: imageResourceName('ap-guangzhou', '100000000001', image!.ImageId),
      ReplaceTags: [{ TagKey: 'via', TagValue: 'proxy' }],
    });
    expect(res.json.Response.Error).toBeUndefined();
    expect(seen.log()).toEqual(['[mock-api] POST / ModifyResourceTags -> 200 OK']);
  });

  it("an action sent with another service's version is refused before it leaves", async () => {
    const seen = mark();
    const res = await consoleCall(
      proxy.port,
      token,
      'ModifyResourceTags',
      {},
      { headers: { 'X-TC-Version': '2017-03-12' } },
    );
    expect(res.json.Response.Error).toMatchObject({ Code: 'NoSuchVersion' });
    const asTag = await consoleCall(
      proxy.port,
      token,
      'DescribeImages',
      {},
      { headers: { 'X-TC-Version': '2018-08-13' } },
    );
    expect(asTag.json.Response.Error).toMatchObject({ Code: 'NoSuchVersion' });
    expect(seen.log()).toEqual([]);
  });
});

describe('the page the proxy serves', () => {
  it('carries the backend, the account and the token, is never cached, and keeps the console’s CSP', async () => {
    const page = await http(proxy.port, { path: '/images?tab=custom', headers: { Host: `localhost:${proxy.port}` } });
    expect(page.status).toBe(200);
    expect(page.text).toMatch(
      /<meta name="cvm-backend" content="tencentcloud" data-token="[A-Za-z0-9_-]{43}" data-account="100000000001" data-account-id="100000000001" data-read-only="false" data-endpoint="127\.0\.0\.1:\d+">\n {2}<\/head>/,
    );
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers.etag).toBeUndefined();
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('a rebinding host gets neither the page nor its token', async () => {
    const page = await http(proxy.port, { headers: { Host: `attacker.example:${proxy.port}` } });
    expect(page.status).toBe(403);
    expect(page.text).toContain('This proxy answers only at http://127.0.0.1:');
    expect(page.text).not.toContain(token);
    expect(page.text).not.toContain('cvm-backend');
    await expect.poll(() => proxy.output()).toContain('[cvm-proxy] refused GET /: AuthFailure.InvalidHost\n');
  });
});

/** How many lines of the proxy's log say it refused a call with this code. */
function refusedLines(code: string): number {
  return proxy
    .output()
    .split('\n')
    .filter((line) => /^\[cvm-proxy\] refused [A-Z]+ \S+: /.test(line) && line.endsWith(`: ${code}`)).length;
}

describe('refused before anything is sent upstream', () => {
  const cases: [string, (port: number) => Parameters<typeof consoleCall>[4], string, number][] = [
    [
      'another site (Origin)',
      () => ({ headers: { Origin: 'https://attacker.example', 'Sec-Fetch-Site': 'cross-site' } }),
      'AuthFailure.CrossOrigin',
      403,
    ],
    [
      'another site (Sec-Fetch-Site only)',
      () => ({ headers: { Origin: undefined, 'Sec-Fetch-Site': 'same-site' } }),
      'AuthFailure.CrossOrigin',
      403,
    ],
    [
      'a rebinding Host',
      (port) => ({ headers: { Host: `attacker.example:${port}`, Origin: `http://attacker.example:${port}` } }),
      'AuthFailure.InvalidHost',
      403,
    ],
    ['no token', () => ({ token: null }), 'AuthFailure.InvalidConsoleToken', 403],
    ['a wrong token of the right length', () => ({ token: 'A'.repeat(43) }), 'AuthFailure.InvalidConsoleToken', 403],
    [
      'a form post',
      () => ({ headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }),
      'UnsupportedProtocol',
      415,
    ],
    ['a GET', () => ({ method: 'GET' }), 'UnsupportedProtocol', 405],
  ];
  it.each(cases)('%s', async (_what, options, code, status) => {
    const seen = mark();
    const logged = refusedLines(code);
    const res = await consoleCall(proxy.port, token, 'DescribeImages', {}, options(proxy.port));
    expect(res.status).toBe(status);
    expect(res.json.Response.Error).toMatchObject({ Code: code });
    expect(res.json.Response.RequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.log()).toEqual([]);
    // One log line says what was refused (it reaches this process a moment after the answer).
    await expect.poll(() => refusedLines(code)).toBe(logged + 1);
  });

  it('a body over 1 MiB', async () => {
    const seen = mark();
    const res = await consoleCall(proxy.port, token, 'DescribeImages', { ImageIds: ['x'.repeat(1024 * 1024)] });
    expect(res.status).toBe(413);
    expect(res.json.Response.Error).toMatchObject({ Code: 'InvalidParameter' });
    expect(seen.log()).toEqual([]);
  });

  it('an action the console does not use, and a name no action has', async () => {
    for (const action of ['TerminateInstances', 'ResetInstancesPassword', 'describeimages']) {
      const seen = mark();
      const res = await consoleCall(proxy.port, token, action, {});
      expect(res.json.Response.Error).toMatchObject({ Code: 'UnauthorizedOperation.ActionNotForwarded' });
      expect((res.json.Response.Error as { Message: string }).Message).toContain('DescribeImages, DescribeImageQuota');
      expect(seen.log()).toEqual([]);
    }
  });

  it('read-only (--read-only): every change the rules list is refused, reads still pass', async () => {
    const readOnly = await start(
      ['--backend=tencentcloud', '--read-only'],
      baseEnv({ TENCENTCLOUD_SECRET_ID: A.secretId, TENCENTCLOUD_SECRET_KEY: A.secretKey }),
    );
    expect(readOnly.output()).toContain('read-only (changes are refused here)');
    const roToken = await pageToken(readOnly.port);
    expect(roToken).not.toBe(token);
    const page = await http(readOnly.port, { headers: { Host: `127.0.0.1:${readOnly.port}` } });
    expect(page.text).toContain('data-read-only="true"');
    expect(mutatingActions.length).toBeGreaterThan(5);
    for (const action of mutatingActions) {
      const seen = mark();
      const res = await consoleCall(readOnly.port, roToken, action, { ImageId: 'img-00000000' });
      expect(res.json.Response.Error).toMatchObject({ Code: 'UnauthorizedOperation.ReadOnly' });
      expect((res.json.Response.Error as { Message: string }).Message).toContain(`${action} would change your account`);
      expect(seen.log()).toEqual([]);
    }
    const seen = mark();
    const read = await consoleCall(readOnly.port, roToken, 'DescribeImageQuota', {});
    expect(read.json.Response.Error).toBeUndefined();
    expect(seen.log()).toEqual(['[mock-api] POST / DescribeImageQuota -> 200 OK']);
    // The other proxy's token is not this one's.
    expect((await consoleCall(readOnly.port, token, 'DescribeRegions')).json.Response.Error).toMatchObject({
      Code: 'AuthFailure.InvalidConsoleToken',
    });
  });
});

/** A stand-in for an HTTP proxy on loopback: records the first line of each request and refuses it. */
async function trapProxy(): Promise<{ url: string; requests: string[]; close(): void }> {
  const requests: string[] = [];
  const server = createServer((socket) => {
    socket.once('data', (d) => {
      requests.push(d.toString('latin1').split('\r\n')[0]!);
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, requests, close: () => server.close() };
}

describe('starting', () => {
  it('without credentials: the SDK chain is walked in its order, then a clear message and exit 1', async () => {
    // Off Tencent Cloud the chain asks the CVM metadata server; an http_proxy on loopback keeps that here.
    const trap = await trapProxy();
    try {
      const { code, output } = await runToExit(['--backend=tencentcloud'], {
        ...baseEnv(),
        http_proxy: trap.url,
      });
      expect(code).toBe(1);
      expect(output).toContain(
        'serve: No Tencent Cloud credentials found. Set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY',
      );
      expect(output).toContain('~/.tencentcloud/credentials');
      expect(output).toMatch(
        /Tried, in the SDK's order:\n {2}- the environment \(TENCENTCLOUD_SECRET_ID\): none\n {2}- the profile file .*: none\n {2}- the CVM instance role: Get cvm role name failed.*\n {2}- the TKE OIDC role: .*TKE_REGION/,
      );
      expect(output).not.toContain('Console ready');
      expect(trap.requests).toEqual(['CONNECT metadata.tencentyun.com:80 HTTP/1.1']);
    } finally {
      trap.close();
    }
  });

  it('with only half a key in the environment, the message says which half is missing', async () => {
    const trap = await trapProxy();
    try {
      const { code, output } = await runToExit(['--backend=tencentcloud'], {
        ...baseEnv({ TENCENTCLOUD_SECRET_ID: A.secretId }),
        http_proxy: trap.url,
      });
      expect(code).toBe(1);
      expect(output).toContain('TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not.');
    } finally {
      trap.close();
    }
  });

  it.each([
    [['--backend=aws'], {}, 'serve: unknown backend "aws": use embedded (the default) or tencentcloud'],
    [['--read-only'], {}, 'serve: unknown option --read-only (--read-only and --intl go with --backend=tencentcloud)'],
    [
      ['--backend=tencentcloud', '--readonly'],
      {},
      'serve: Unknown option --readonly; the options are --read-only, --intl.',
    ],
    [
      [],
      { CVM_BACKEND: 'tencentcloud', CVM_ENDPOINT: 'http://cvm.example.com' },
      'plain http is allowed only to 127.0.0.1 or localhost',
    ],
    [
      [],
      { CVM_BACKEND: 'tencentcloud', CVM_INTL: '1', CVM_ENDPOINT: 'https://cvm.example.com' },
      'Set either CVM_ENDPOINT or --intl',
    ],
    [
      [],
      { CVM_BACKEND: 'tencentcloud', CVM_READ_ONLY: 'yes' },
      'CVM_READ_ONLY=yes is not understood: use CVM_READ_ONLY=1',
    ],
  ] as [string[], Record<string, string>, string][])('%j %j stops with a message', async (args, env, message) => {
    const { code, output } = await runToExit(args, { ...baseEnv(), ...env, CVM_ENDPOINT: env.CVM_ENDPOINT ?? '' });
    expect(code).toBe(1);
    expect(output).toContain(message);
    expect(output).not.toContain('Console ready');
  });
});

describe('credentials', () => {
  it('from the profile file when the environment has none: the mock sees account B', async () => {
    const b = demoCredential(ACCOUNT_B);
    const home = fixtureHome(`[default]\nsecret_id = ${b.secretId}\nsecret_key = ${b.secretKey}\n`);
    const viaProfile = await start(['--backend=tencentcloud'], { ...baseEnv(), HOME: home });
    expect(viaProfile.output()).toContain('Account: 100000000002, credentials from the profile file');
    const res = await consoleCall(viaProfile.port, await pageToken(viaProfile.port), 'DescribeImages', {
      Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }],
    });
    const images = res.json.Response.ImageSet as { ImageCreator: string }[];
    expect(new Set(images.map((i) => i.ImageCreator))).toEqual(new Set([ACCOUNT_B]));
  });

  it('a wrong key: a warning at start, and the mock’s AuthFailure on the first call', async () => {
    const wrong = await start(
      ['--backend=tencentcloud'],
      baseEnv({ TENCENTCLOUD_SECRET_ID: A.secretId, TENCENTCLOUD_SECRET_KEY: WRONG_KEY }),
    );
    expect(wrong.output()).toMatch(
      /Warning: http:\/\/127\.0\.0\.1:\d+\/ refused these credentials \(AuthFailure\.SignatureFailure/,
    );
    const seen = mark();
    const res = await consoleCall(wrong.port, await pageToken(wrong.port), 'DescribeImages', {});
    expect(res.json.Response.Error).toMatchObject({ Code: 'AuthFailure.SignatureFailure' });
    expect(seen.log()).toEqual(['[mock-api] POST / DescribeImages -> 200 AuthFailure.SignatureFailure']);
  });
});

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    socket.setTimeout(3000, () => socket.destroy());
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
  });
}

describe('the proxy is for this machine only', () => {
  it('listens on 127.0.0.1 and no other address', async () => {
    expect(await connects('127.0.0.1', proxy.port)).toBe(true);
    // Bound to 0.0.0.0 it would answer on every loopback address and every interface.
    const others = ['127.0.0.2', '::1'];
    for (const addresses of Object.values(networkInterfaces()))
      for (const a of addresses ?? []) if (!a.internal) others.push(a.address.split('%')[0]!);
    for (const host of others) expect(await connects(host, proxy.port), host).toBe(false);
  });

  it('no secret shows in any answer, the page or the proxies’ logs of this whole run', async () => {
    // One more answer of each kind from the proxy this file started first.
    await consoleCall(proxy.port, token, 'DescribeImages', { Limit: 0 });
    await consoleCall(proxy.port, 'x'.repeat(43), 'DescribeImages');
    await http(proxy.port, { headers: { Host: `127.0.0.1:${proxy.port}` } });
    expect(answers.length).toBeGreaterThan(25);
    const everything = [
      ...answers.map((a) => `${JSON.stringify(a.headers)}\n${a.text}`),
      ...started.map((p) => p.output()),
    ];
    for (const secret of [A.secretKey, demoCredential(ACCOUNT_B).secretKey, WRONG_KEY])
      for (const text of everything) expect(text).not.toContain(secret);
    // The SecretId may show masked, never whole.
    for (const text of everything) expect(text).not.toContain(A.secretId);
  });
});
