import { isAction, mutatingActions, requestSchemas, type Action } from '../rules/actions.ts';
import { API_VERSION, type Envelope } from '../rules/protocol.ts';
import { isKnownAccount } from '../rules/accounts.ts';
import { parseRequest, violation, type Violation } from '../rules/violation.ts';
import { quote } from '../rules/text.ts';
import type { Language } from '../rules/messages/params.ts';
import { renderMessage } from '../rules/messages/render.ts';
import { isKnownRegion } from '../rules/regions.ts';
import { systemClock, type Clock } from './clock.ts';
import { contracts, type ContractName } from './contract.ts';
import { StoreDraft } from './draft.ts';
import { checkRequestShape } from './request-bounds.ts';
import { ApiFailure, fail, type Durations } from './resolvers/context.ts';
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

export const DEFAULT_DURATIONS: Durations = {
  create: 8_000,
  import: 12_000,
  sync: 15_000,
  export: 10_000,
  launch: 5_000,
};

export function scaledDurations(scale: number): Durations {
  return {
    create: DEFAULT_DURATIONS.create * scale,
    import: DEFAULT_DURATIONS.import * scale,
    sync: DEFAULT_DURATIONS.sync * scale,
    export: DEFAULT_DURATIONS.export * scale,
    launch: DEFAULT_DURATIONS.launch * scale,
  };
}

const REGIONLESS: readonly Action[] = ['DescribeRegions'];

/**
 * The `Error` of an API answer: `Code` and `Message` as in API 3.0, and this mock's extension (see
 * README, "Extensions to the contract"): `Field`, the request parameter the error concerns, and
 * `Refused`, the values of a list parameter refused one by one, each with its own code and message.
 */
function apiError(v: Violation, language: Language) {
  return {
    Code: v.code,
    Message: renderMessage(v, language),
    ...(v.field === undefined ? {} : { Field: v.field }),
    ...(v.refused === undefined
      ? {}
      : {
          Refused: v.refused.map((r) => ({
            Value: r.value,
            Code: r.violation.code,
            Message: renderMessage(r.violation, language),
          })),
        }),
  };
}

/**
 * The language the API answers in: `X-TC-Language` `zh-CN` or `en-US`, and English without the
 * header. Tencent Cloud documents the two values and no default; its API answers English when
 * none is sent (what users of the Node and Java SDKs, which send none unless told, get back),
 * while the Go and Python SDKs send `zh-CN` by default. A value it does not document (`ja-JP`,
 * `zh-cn`) is not refused anywhere in its documentation: it gets the default too.
 */
export function languageOf(header: string | null): Language {
  return header === 'zh-CN' ? 'zh-CN' : 'en-US';
}

export interface BackendOptions {
  clock?: Clock;
  persistence?: Persistence;
  durations?: Durations;
  /** Fresh data when nothing is stored yet (defaults to the demo seed). */
  seed?: () => StoreData;
  requestId?: () => string;
  /**
   * `strict`: the documented CVM contract only (the standalone mock's MOCK_API_STRICT=1), none of
   * README's "Extensions to the contract"; `extended` (the default) answers them.
   */
  contract?: ContractName;
}

export interface Backend {
  handle(call: CvmCall): Envelope;
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
  const contract = contracts[options.contract ?? 'extended'];
  let data: StoreData = persistence.load() ?? seed();

  function respond(call: CvmCall): Record<string, unknown> {
    const missing = (header: string, field: string) =>
      new ApiFailure(violation('MissingParameter', 'api.missingHeader', { header }, field));
    if (call.version !== API_VERSION)
      throw call.version
        ? new ApiFailure(
            violation('NoSuchVersion', 'api.noSuchVersion', { version: call.version, expected: API_VERSION }),
          )
        : missing('X-TC-Version', 'X-TC-Version');
    if (!call.action) throw missing('X-TC-Action', 'X-TC-Action');
    if (!isAction(call.action))
      throw new ApiFailure(
        violation('InvalidAction', 'api.noSuchAction', { action: quote(call.action), version: API_VERSION }),
      );
    const action = call.action;
    if (!isKnownAccount(call.accountId))
      throw new ApiFailure(
        violation('AuthFailure.SecretIdNotFound', 'api.noSuchAccount', { accountId: call.accountId }),
      );
    if (!REGIONLESS.includes(action)) {
      if (!call.region) throw missing('X-TC-Region', 'Region');
      if (!isKnownRegion(call.region))
        throw new ApiFailure(
          violation('InvalidRegion.NotFound', 'api.noSuchRegion', { region: quote(call.region) }, 'Region'),
        );
    }
    let input: unknown;
    try {
      input = call.body.trim() === '' ? {} : JSON.parse(call.body);
    } catch {
      throw new ApiFailure(violation('InvalidParameter', 'api.bodyNotJson', {}));
    }
    if (input === null || typeof input !== 'object' || Array.isArray(input))
      throw new ApiFailure(violation('InvalidParameter', 'api.bodyNotObject', {}));
    // Bounded before any schema reads it, whichever host it came through (the page, the service
    // worker, msw/node, the HTTP server): no request makes the parser walk a client-sized array.
    fail(checkRequestShape(input));
    const refused = contract.refusal(action, input as Record<string, unknown>);
    if (refused) throw new ApiFailure(refused);
    const parsed = parseRequest(requestSchemas[action], input);
    if (!parsed.ok) throw new ApiFailure(parsed.violation);

    const mutating = mutatingActions.includes(action);
    // Another tab may have written since: a mutation starts from what is stored now, so two
    // tabs cannot both take the last quota slot.
    if (mutating) data = persistence.load() ?? data;
    // Every action works on a draft, which copies only what it changes; a mutation's draft becomes
    // the data once the whole action has succeeded and been saved, so a refused request (or a
    // failed save) leaves the data exactly as it was.
    const draft = new StoreDraft(data);
    const ctx: ResolverContext = {
      accountId: call.accountId,
      region: call.region ?? '',
      language: languageOf(call.language),
      now: clock.now(),
      data: draft.data,
      draft,
      durations,
      listedTypes: contract.listedTypes,
    };
    const resolve = resolvers[action] as (req: unknown, ctx: ResolverContext) => Record<string, unknown>;
    const out = resolve(parsed.value, ctx);
    if ((parsed.value as { DryRun?: boolean }).DryRun)
      throw new ApiFailure(violation('DryRunOperation', 'api.dryRun', {}));
    if (mutating) {
      const next = draft.result();
      persistence.save(next);
      data = next;
    }
    return contract.present(action, out);
  }

  return {
    clock,
    durations,
    handle(call) {
      const RequestId = requestId();
      try {
        return { Response: { ...respond(call), RequestId } };
      } catch (e) {
        const v =
          e instanceof ApiFailure
            ? e.violation
            : violation('InternalError', 'api.internal', { detail: e instanceof Error ? e.message : String(e) });
        return { Response: { Error: contract.presentError(apiError(v, languageOf(call.language))), RequestId } };
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
