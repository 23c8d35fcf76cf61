import { isAction, mutatingActions, requestSchemas, type Action } from '../rules/actions.ts';
import { API_VERSION, isKnownAccount, parseRequest, quote, violation, type Violation } from '../rules/common.ts';
import { isKnownRegion, type Language } from '../rules/regions.ts';
import { systemClock, type Clock } from './clock.ts';
import { resolvers, type ResolverContext } from './resolvers/index.ts';
import { seedStore } from './seed/seed-store.ts';
import { memoryPersistence, type Persistence, type StoreData } from './store.ts';

/** One API call as the hosts (service worker, msw/node, HTTP server) hand it over. */
export interface CvmCall {
  action: string | null;
  version: string | null;
  region: string | null;
  language: string | null;
  /** The caller, already authenticated by the host. */
  accountId: string;
  /** The raw request body. */
  body: string;
}

/** What the API answers: always `{ Response: {...} }`, with `Error` on failure. */
export interface CvmEnvelope {
  Response: Record<string, unknown> & { RequestId: string };
}

/** How long long operations take, in ms. The demo uses seconds; tests set the clock instead. */
export interface Durations {
  create: number;
  import: number;
  sync: number;
  launch: number;
}

export const DEFAULT_DURATIONS: Durations = { create: 8_000, import: 12_000, sync: 15_000, launch: 5_000 };

export function scaledDurations(scale: number): Durations {
  return {
    create: DEFAULT_DURATIONS.create * scale,
    import: DEFAULT_DURATIONS.import * scale,
    sync: DEFAULT_DURATIONS.sync * scale,
    launch: DEFAULT_DURATIONS.launch * scale,
  };
}

export class ApiFailure extends Error {
  constructor(readonly violation: Violation) {
    super(violation.message);
  }
}

/** Throw the API error for a broken rule; resolvers use it so that nothing after it runs. */
export function fail(v: Violation | undefined): void {
  if (v) throw new ApiFailure(v);
}

const REGIONLESS: readonly Action[] = ['DescribeRegions'];

export interface BackendOptions {
  clock?: Clock;
  persistence?: Persistence;
  durations?: Durations;
  /** Fresh data when nothing is stored yet (defaults to the demo seed). */
  seed?: () => StoreData;
  requestId?: () => string;
}

export interface Backend {
  handle(call: CvmCall): CvmEnvelope;
  /** The current data (read-only by convention; tests compare it before and after). */
  data(): StoreData;
  /** Back to the seed. */
  reset(): void;
  /** Replace the data wholesale (another tab wrote it). */
  replace(data: StoreData): void;
  clock: Clock;
  durations: Durations;
}

function randomId(): string {
  return globalThis.crypto.randomUUID();
}

export function createBackend(options: BackendOptions = {}): Backend {
  const clock = options.clock ?? systemClock;
  const persistence = options.persistence ?? memoryPersistence();
  const durations = options.durations ?? DEFAULT_DURATIONS;
  const seed = options.seed ?? seedStore;
  const requestId = options.requestId ?? randomId;
  let data: StoreData = persistence.load() ?? seed();

  function respond(call: CvmCall): Record<string, unknown> {
    if (call.version !== API_VERSION)
      throw new ApiFailure(
        call.version
          ? violation('NoSuchVersion', `API version ${call.version} does not exist; use ${API_VERSION}.`)
          : violation('MissingParameter', 'The request is missing the X-TC-Version header.', 'X-TC-Version'),
      );
    if (!call.action)
      throw new ApiFailure(
        violation('MissingParameter', 'The request is missing the X-TC-Action header.', 'X-TC-Action'),
      );
    if (!isAction(call.action))
      throw new ApiFailure(
        violation('InvalidAction', `The action ${quote(call.action)} does not exist in CVM ${API_VERSION}.`),
      );
    const action = call.action;
    if (!isKnownAccount(call.accountId))
      throw new ApiFailure(violation('AuthFailure.SecretIdNotFound', `Account ${call.accountId} does not exist.`));
    if (!REGIONLESS.includes(action)) {
      if (!call.region)
        throw new ApiFailure(violation('MissingParameter', 'The request is missing the X-TC-Region header.', 'Region'));
      if (!isKnownRegion(call.region))
        throw new ApiFailure(
          violation('InvalidRegion.NotFound', `The region ${quote(call.region)} does not exist.`, 'Region'),
        );
    }
    let input: unknown;
    try {
      input = call.body.trim() === '' ? {} : JSON.parse(call.body);
    } catch {
      throw new ApiFailure(violation('InvalidParameter', 'The request body is not valid JSON.'));
    }
    if (input === null || typeof input !== 'object' || Array.isArray(input))
      throw new ApiFailure(
        violation('InvalidParameter', 'The request body must be a JSON object of the action’s parameters.'),
      );
    const parsed = parseRequest(requestSchemas[action], input);
    if (!parsed.ok) throw new ApiFailure(parsed.violation);

    const mutating = mutatingActions.includes(action);
    // Another tab may have written since: a mutation starts from what is stored now, so two
    // tabs cannot both take the last quota slot.
    if (mutating) data = persistence.load() ?? data;
    // A mutation works on a copy that replaces the data only if the whole action succeeds.
    const draft = mutating ? structuredClone(data) : data;
    const ctx: ResolverContext = {
      accountId: call.accountId,
      region: call.region ?? '',
      language: call.language === 'zh-CN' ? 'zh-CN' : ('en-US' as Language),
      now: clock.now(),
      data: draft,
      durations,
    };
    const resolve = resolvers[action] as (req: unknown, ctx: ResolverContext) => Record<string, unknown>;
    const out = resolve(parsed.value, ctx);
    if ((parsed.value as { DryRun?: boolean }).DryRun)
      throw new ApiFailure(
        violation('DryRunOperation', 'The request would have succeeded, but DryRun is set, so nothing was changed.'),
      );
    if (mutating) {
      data = draft;
      persistence.save(data);
    }
    return out;
  }

  return {
    clock,
    durations,
    handle(call) {
      const RequestId = requestId();
      try {
        return { Response: { ...respond(call), RequestId } };
      } catch (e) {
        if (e instanceof ApiFailure)
          return { Response: { Error: { Code: e.violation.code, Message: e.violation.message }, RequestId } };
        return {
          Response: {
            Error: {
              Code: 'InternalError',
              Message: `An internal error occurred: ${e instanceof Error ? e.message : String(e)}`,
            },
            RequestId,
          },
        };
      }
    },
    data: () => data,
    reset() {
      data = seed();
      persistence.save(data);
    },
    replace(next) {
      data = next;
      persistence.save(next);
    },
  };
}
