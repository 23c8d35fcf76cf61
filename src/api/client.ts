import type { Action, RequestOf } from '../rules/actions.ts';
import { ACCOUNT_HEADER, API_VERSION, CVM_API_PATH } from '../rules/common.ts';
import type { ResponseOf } from './responses.ts';
import { getAccount } from './session.ts';

/** An error the API answered with (or a failure to reach it), with what a person needs to act on it. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly requestId: string | undefined,
    readonly action: Action,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Answers a call in the page: headers and JSON body in, the `{ Response }` envelope's JSON out. */
type LocalTransport = (headers: Record<string, string>, body: string) => Promise<string>;
let localTransport: Promise<LocalTransport | null> = Promise.resolve(null);

/**
 * Until it resolves, calls wait; when it resolves to a function, calls are answered by it in the
 * page instead of over the network. The console uses this while the embedded backend's service
 * worker starts, so the first page of data does not wait for the worker.
 */
export function setLocalTransport(transport: Promise<LocalTransport | null>): void {
  localTransport = transport.catch(() => null);
}

/** Headers every call carries besides its own: the local proxy's token (tencentcloud backend). */
const backendHeaders: Record<string, string> = {};

export function setBackendHeader(name: string, value: string): void {
  backendHeaders[name] = value;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Defaults to the signed-in account. */
  account?: string;
}

/** Call one CVM API 3.0 action: headers, JSON body, and the `{ Response }` envelope unwrapped. */
export async function callCvm<A extends Action>(
  action: A,
  region: string | undefined,
  params: RequestOf<A>,
  options: CallOptions = {},
): Promise<ResponseOf<A>> {
  const headers: Record<string, string> = {
    ...backendHeaders,
    'Content-Type': 'application/json',
    'X-TC-Action': action,
    'X-TC-Version': API_VERSION,
    'X-TC-Language': 'en-US',
    [ACCOUNT_HEADER]: options.account ?? getAccount(),
  };
  if (region) headers['X-TC-Region'] = region;
  const local = await localTransport;
  let response: { status: number; ok: boolean; text: string };
  try {
    const body = JSON.stringify(params);
    if (local) response = { status: 200, ok: true, text: await local(headers, body) };
    else {
      const answer = await fetch(CVM_API_PATH, { method: 'POST', headers, body, signal: options.signal });
      response = { status: answer.status, ok: answer.ok, text: await answer.text() };
    }
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(
      'NetworkError',
      'The console could not reach the API. Check your connection and try again.',
      undefined,
      action,
    );
  }
  let body: { Response?: Record<string, unknown> };
  try {
    body = JSON.parse(response.text) as typeof body;
  } catch {
    throw new ApiError(
      'InternalError',
      `The API answered HTTP ${response.status} without a readable body. Try again.`,
      undefined,
      action,
    );
  }
  const envelope = body.Response;
  if (!envelope)
    throw new ApiError(
      'InternalError',
      `The API answered HTTP ${response.status} without a Response.`,
      undefined,
      action,
    );
  const requestId = typeof envelope.RequestId === 'string' ? envelope.RequestId : undefined;
  const error = envelope.Error as { Code?: string; Message?: string } | undefined;
  if (error) throw new ApiError(error.Code ?? 'InternalError', error.Message ?? 'Unknown error.', requestId, action);
  if (!response.ok)
    throw new ApiError('InternalError', `The API answered HTTP ${response.status}. Try again.`, requestId, action);
  return envelope as unknown as ResponseOf<A>;
}
