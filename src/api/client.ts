import type { Action, RequestOf, ResponseOf } from '../rules/actions.ts';
import { ACCOUNT_HEADER, CVM_API_PATH, versionOf } from '../rules/protocol.ts';
import { getAccount, getLanguage } from './session.ts';

/** A value of a list parameter the API refused, with its own reason (the mock's `Error.Refused`). */
export interface ApiRefusal {
  value: string;
  code: string;
  message: string;
}

/**
 * A failure the console met without an API error to show (no answer, or no readable one): the UI
 * says it in the person's language from its kind (src/ui/error-text.ts), where an API error's
 * message comes from the API, already in that language (`X-TC-Language`).
 */
export interface ClientProblem {
  problem: 'unreachable' | 'unreadable' | 'noResponse' | 'noMessage' | 'httpStatus';
  /** The HTTP status, 0 when there was no answer. */
  status: number;
}

/**
 * What the mock API adds to an error (README, "Extensions to the contract"): the parameter it
 * concerns, and the values it refused one by one. A real endpoint sends neither. And for a failure
 * of the client's own, its kind.
 */
export interface ApiErrorDetails {
  field?: string;
  refused?: readonly ApiRefusal[];
  clientProblem?: ClientProblem;
}

/** An error the API answered with (or a failure to reach it), with what a person needs to act on it. */
export class ApiError extends Error {
  readonly field: string | undefined;
  readonly refused: readonly ApiRefusal[] | undefined;
  readonly clientProblem: ClientProblem | undefined;

  constructor(
    readonly code: string,
    message: string,
    readonly requestId: string | undefined,
    readonly action: Action,
    details: ApiErrorDetails = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.field = details.field;
    this.refused = details.refused;
    this.clientProblem = details.clientProblem;
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** The extension's fields of an `Error`, where present and well-formed. */
function errorDetails(error: { Field?: unknown; Refused?: unknown }): ApiErrorDetails {
  const refused = Array.isArray(error.Refused)
    ? (error.Refused as { Value?: unknown; Code?: unknown; Message?: unknown }[])
        .filter(
          (r) => r !== null && typeof r === 'object' && isString(r.Value) && isString(r.Code) && isString(r.Message),
        )
        .map((r) => ({ value: r.Value as string, code: r.Code as string, message: r.Message as string }))
    : undefined;
  return { ...(isString(error.Field) ? { field: error.Field } : {}), ...(refused ? { refused } : {}) };
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

/** Call one API 3.0 action (CVM's, or the tag service's for an image's tags): headers, JSON body, and the `{ Response }` envelope unwrapped. */
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
    'X-TC-Version': versionOf(action),
    'X-TC-Language': getLanguage(),
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
      { clientProblem: { problem: 'unreachable', status: 0 } },
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
      { clientProblem: { problem: 'unreadable', status: response.status } },
    );
  }
  const envelope = body.Response;
  if (!envelope)
    throw new ApiError(
      'InternalError',
      `The API answered HTTP ${response.status} without a Response.`,
      undefined,
      action,
      { clientProblem: { problem: 'noResponse', status: response.status } },
    );
  const requestId = typeof envelope.RequestId === 'string' ? envelope.RequestId : undefined;
  const error = envelope.Error as { Code?: string; Message?: string; Field?: unknown; Refused?: unknown } | undefined;
  if (error)
    throw new ApiError(error.Code ?? 'InternalError', error.Message ?? 'Unknown error.', requestId, action, {
      ...errorDetails(error),
      ...(error.Message === undefined ? { clientProblem: { problem: 'noMessage', status: response.status } } : {}),
    });
  if (!response.ok)
    throw new ApiError('InternalError', `The API answered HTTP ${response.status}. Try again.`, requestId, action, {
      clientProblem: { problem: 'httpStatus', status: response.status },
    });
  return envelope as unknown as ResponseOf<A>;
}
