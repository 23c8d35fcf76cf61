// One console call, signed by the official SDK's generic client and sent upstream. The answer
// comes back as the API's own envelope: its RequestId, its Error code and message (scrubbed).
import { Agent } from 'node:http';
import sdk, { type DynamicCredential } from 'tencentcloud-sdk-nodejs-common';
import { mutatingActions, type Action } from '../rules/actions.ts';
import { errorEnvelope, serviceOf, versionOf, type Envelope } from '../rules/protocol.ts';
import { endpointUrl, type Endpoint } from './options.ts';
import type { Secrets } from './secrets.ts';

export type Language = 'zh-CN' | 'en-US';

export interface Upstream {
  endpoint: Endpoint;
  credential: DynamicCredential;
  secrets: Secrets;
  /**
   * Loopback endpoints get their own agent, so an http_proxy in the environment never carries a
   * call to the local mock away. Other endpoints use the SDK's default, which honours http_proxy.
   */
  agent?: Agent;
}

export function upstreamAgent(endpoint: Endpoint): Agent | undefined {
  return endpoint.loopback ? new Agent({ keepAlive: true }) : undefined;
}

/** A client of the SDK for one service and version, as the SDK's own credential providers build it. */
export function sdkClient(upstream: Upstream, host: string, version: string, region?: string, language?: Language) {
  return new sdk.CommonClient(host, version, {
    credential: upstream.credential,
    region,
    profile: {
      language,
      httpProfile: { endpoint: host, protocol: upstream.endpoint.protocol, reqTimeout: 30, agent: upstream.agent },
    },
  });
}

/**
 * The host of another service beside CVM's endpoint: Tencent Cloud's `cvm.tencentcloudapi.com`
 * (`cvm.intl.…`, `cvm.<region>.…`) has it at `<service>.…`; any other endpoint (the local mock)
 * is asked itself, and answers for both.
 */
export function serviceHost(cvm: Endpoint, service: string): string {
  return /^cvm\.([a-z0-9-]+\.)*tencentcloudapi\.com$/.test(cvm.host)
    ? cvm.host.replace(/^cvm\./, `${service}.`)
    : cvm.host;
}

/** What the SDK throws: an API error has a `code`; a transport or HTTP failure has none. */
interface SdkError {
  message?: string;
  code?: string;
  requestId?: string;
  httpCode?: number;
}

export interface RetryPolicy {
  /** Further attempts after the first. */
  retries: number;
  baseDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 250 };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function rateLimited(code: string | undefined): boolean {
  return code === 'RequestLimitExceeded' || code?.startsWith('RequestLimitExceeded.') === true;
}

/**
 * Only reads are retried. RequestLimitExceeded means the call was turned away, and a read asked
 * twice changes nothing. A change (CreateImage, SyncImages, RunInstances...) is not asked again:
 * the proxy cannot prove the first one was not carried out, and repeating it could copy or launch
 * twice, so its refusal goes back to the person who asked.
 */
export function retriable(action: Action, code: string | undefined): boolean {
  return rateLimited(code) && !mutatingActions.includes(action);
}

export interface Call {
  action: Action;
  region?: string;
  language?: Language;
  params: Record<string, unknown>;
}

export interface Forwarded {
  status: number;
  envelope: Envelope;
  attempts: number;
}

export async function forward(call: Call, upstream: Upstream, retry: RetryPolicy = DEFAULT_RETRY): Promise<Forwarded> {
  const { scrub } = upstream.secrets;
  const client = sdkClient(
    upstream,
    serviceHost(upstream.endpoint, serviceOf(call.action)),
    versionOf(call.action),
    call.region,
    call.language,
  );
  for (let attempt = 1; ; attempt++) {
    try {
      const response = (await client.request(call.action, call.params)) as Envelope['Response'];
      return { status: 200, envelope: { Response: response }, attempts: attempt };
    } catch (e) {
      const error = e as SdkError;
      if (retriable(call.action, error.code) && attempt <= retry.retries) {
        // Exponential, with jitter so that retries of parallel reads do not arrive together.
        const delay = retry.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
        await (retry.sleep ?? sleep)(delay);
        continue;
      }
      const message = scrub(error.message || 'no message');
      if (error.code)
        return {
          status: 200,
          envelope: errorEnvelope(error.code, message, error.requestId),
          attempts: attempt,
        };
      const where = endpointUrl(upstream.endpoint);
      return {
        status: 502,
        envelope: errorEnvelope(
          'InternalError.UpstreamUnreachable',
          error.httpCode
            ? `${where} answered HTTP ${error.httpCode} (${message}) instead of an API 3.0 response.`
            : `The local proxy got no API 3.0 answer from ${where}: ${message}.`,
        ),
        attempts: attempt,
      };
    }
  }
}
