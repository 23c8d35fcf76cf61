// Shared by the API tests: an in-process mock API server on an ephemeral port, SDK clients and raw signed calls.
import { Agent } from 'node:http';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import { expect } from 'vitest';
import { accounts } from '../rules/accounts.ts';
import { createBackend, type Backend, type BackendOptions } from '../mocks/backend.ts';
import { createMockApiServer, type MockApiServer } from '../mocks/server.ts';
import { demoCredential, signTc3, type SignTc3Input } from '../mocks/tc3.ts';

export const CvmClient = tencentcloud.cvm.v20170312.Client;
export type CvmClient = InstanceType<typeof CvmClient>;

/** Two of the demo accounts. */
export const ACCOUNT_A: string = accounts[0].accountId;
export const ACCOUNT_B: string = accounts[1].accountId;

export interface RunningServer {
  backend: Backend;
  server: MockApiServer;
  port: number;
  url: string;
  /** `127.0.0.1:<port>`, what clients put in the Host header. */
  host: string;
}

export async function startServer(options: BackendOptions = {}): Promise<RunningServer> {
  const backend = createBackend(options);
  const server = createMockApiServer({ backend, port: 0 });
  const { port, url } = await server.listen();
  return { backend, server, port, url, host: `127.0.0.1:${port}` };
}

export interface ClientOptions {
  accountId?: string;
  secretId?: string;
  secretKey?: string;
  region?: string;
  /** The endpoint's host name (127.0.0.1 unless told). */
  host?: string;
  /** Appended to the endpoint, e.g. `/api/cvm`. */
  path?: string;
  reqMethod?: 'POST' | 'GET';
  language?: 'zh-CN' | 'en-US';
}

/** The official SDK pointed at the mock; signs with TC3 (its default), POST unless told otherwise. */
export function sdkClient(port: number, opts: ClientOptions = {}): CvmClient {
  const cred = demoCredential(opts.accountId ?? ACCOUNT_A);
  return new CvmClient({
    credential: { secretId: opts.secretId ?? cred.secretId, secretKey: opts.secretKey ?? cred.secretKey },
    region: opts.region ?? 'ap-guangzhou',
    profile: {
      signMethod: 'TC3-HMAC-SHA256',
      language: opts.language,
      httpProfile: {
        endpoint: `${opts.host ?? '127.0.0.1'}:${port}${opts.path ?? ''}`,
        protocol: 'http://',
        reqMethod: opts.reqMethod ?? 'POST',
        reqTimeout: 15,
        // An explicit agent: keeps any http_proxy in the environment out of loopback calls.
        agent: new Agent({ keepAlive: false }),
      },
    },
  });
}

/** What the SDK throws for an API error: TencentCloudSDKHttpException with `code` and `requestId`. */
export interface SdkError {
  message: string;
  code?: string;
  requestId?: string;
}

/** Await an SDK call that must fail with `code`; returns the error for further checks. */
export async function expectSdkError(promise: Promise<unknown>, code: string): Promise<SdkError> {
  let caught: unknown;
  try {
    const value = await promise;
    expect.unreachable(`expected ${code}, got success: ${JSON.stringify(value).slice(0, 300)}`);
  } catch (e) {
    caught = e;
  }
  const err = caught as SdkError;
  expect(err, `expected ${code}, got ${String(caught)}`).toMatchObject({ code });
  expect(err.requestId).toMatch(/^[0-9a-f-]{36}$/i);
  expect(err.message.length).toBeGreaterThan(0);
  return err;
}

export interface RawCallOptions extends Partial<Omit<SignTc3Input, 'body' | 'host'>> {
  /** `/` by default. */
  urlPath?: string;
  /** Headers to add or (with undefined) drop after signing. */
  headers?: Record<string, string | undefined>;
  accountId?: string;
}

/** A hand-made, TC3-signed fetch: for what the SDK cannot send (unknown actions, stale timestamps...). */
export async function rawCall(
  srv: RunningServer,
  action: string,
  body: string,
  opts: RawCallOptions = {},
): Promise<{ status: number; headers: Headers; json: { Response: Record<string, unknown> & { RequestId: string } } }> {
  const cred = demoCredential(opts.accountId ?? ACCOUNT_A);
  const signed = signTc3({
    secretId: opts.secretId ?? cred.secretId,
    secretKey: opts.secretKey ?? cred.secretKey,
    action,
    region: opts.region === undefined ? 'ap-guangzhou' : opts.region,
    body,
    host: srv.host,
    timestamp: opts.timestamp ?? Math.floor(Date.now() / 1000),
    version: opts.version,
    language: opts.language,
    service: opts.service,
    method: opts.method,
    path: opts.path,
    query: opts.query,
    contentType: opts.contentType,
  });
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(signed)) if (k !== 'Host') headers[k] = v;
  for (const [k, v] of Object.entries(opts.headers ?? {})) {
    if (v === undefined) delete headers[k];
    else headers[k] = v;
  }
  const method = opts.method ?? 'POST';
  const query = opts.query ? `?${opts.query}` : '';
  const res = await fetch(`http://${srv.host}${opts.urlPath ?? '/'}${query}`, {
    method,
    headers,
    body: method === 'GET' ? undefined : body,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: JSON.parse(text) };
}

export function errorCode(json: { Response: Record<string, unknown> }): string | undefined {
  return (json.Response.Error as { Code?: string } | undefined)?.Code;
}
