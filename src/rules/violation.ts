import { z } from './zod.ts';
import { quote } from './text.ts';
import type { Message, MessageKey, MessageParams } from './messages/params.ts';

// A broken rule as data (code, field, message key and parameters), and the one mapping from a zod
// issue to the API error the backend answers with.

/**
 * A rule broken, as data: the API error code the backend answers with, the request parameter or
 * form field it concerns, and the message (key and parameters) that renderMessage turns into text.
 */
export type Violation = Message & {
  code: string;
  /** The request parameter or form field it concerns, when there is one. */
  field?: string;
  /** The values of a list parameter refused one by one (a share's account IDs), each with its own reason. */
  refused?: readonly Refusal[];
};

/** One value of a list parameter, refused. */
export interface Refusal {
  value: string;
  violation: Violation;
}

export function violation<K extends MessageKey>(
  code: string,
  key: K,
  params: MessageParams<K>,
  field?: string,
): Violation {
  return (field === undefined ? { code, key, params } : { code, key, params, field }) as Violation;
}

/** A zod issue that carries a violation; violationFromIssue reads it back, with the field from the issue's path. */
export function violationIssue(v: Violation, path?: PropertyKey[]): z.core.$ZodRawIssue {
  return { code: 'custom', input: undefined, message: v.key, params: { violation: v }, ...(path ? { path } : {}) };
}

/**
 * Attach a violation to a refinement, so that mapping a zod issue to an API error needs no second
 * table: violationFromIssue reads it back.
 */
export function coded<T extends z.ZodMiniType, K extends MessageKey>(
  schema: T,
  check: (value: z.output<T>) => boolean,
  code: string,
  key: K,
  params: MessageParams<K>,
): T {
  return schema.check(
    z.refine(check, { message: key, params: { violation: violation(code, key, params) }, abort: true }),
  );
}

/** The violation a refinement attached to an issue (see coded and violationIssue). */
function violationOf(issue: z.core.$ZodIssue): Violation | undefined {
  if (issue.code !== 'custom') return undefined;
  return (issue as { params?: { violation?: Violation } }).params?.violation;
}

function paramName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `.${part}`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** What a value is, for a message: `null`, `array`, or its `typeof`. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Turn one problem zod found in a request into the API error the backend answers with.
 * The message always names the parameter, and the limit where there is one.
 */
export function violationFromIssue(issue: z.core.$ZodIssue, input: unknown): Violation {
  const name = paramName(issue.path);
  const attached = violationOf(issue);
  if (attached) {
    const { field: _field, ...rest } = attached;
    return (name ? { ...rest, field: name } : rest) as Violation;
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0]!;
      const unknown = name ? `${name}.${key}` : key;
      return violation('UnknownParameter', 'param.unknown', { name: quote(unknown) }, unknown);
    }
    case 'invalid_type': {
      const actual = valueAt(input, issue.path);
      if (actual === undefined) return violation('MissingParameter', 'param.missing', { name }, name);
      // A number where an integer is wanted is of the right type: said as a fraction, not "not a number".
      if (issue.expected === 'int' && typeof actual === 'number')
        return violation('InvalidParameter', 'param.notWhole', { name, value: String(actual) }, name);
      return violation(
        'InvalidParameter',
        'param.wrongType',
        { name, expected: issue.expected, actual: typeName(actual) },
        name,
      );
    }
    case 'invalid_value': {
      const actual = valueAt(input, issue.path);
      if (actual === undefined) return violation('MissingParameter', 'param.missing', { name }, name);
      const expected = typeof issue.values[0];
      if (typeof actual !== expected)
        return violation('InvalidParameter', 'param.wrongType', { name, expected, actual: typeName(actual) }, name);
      return violation(
        'InvalidParameterValue',
        'param.notOneOf',
        { name, values: issue.values.map((v) => JSON.stringify(v)) },
        name,
      );
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array')
        return violation('InvalidParameterValue.LimitExceeded', 'param.tooManyItems', { name, max }, name);
      if (issue.origin === 'string')
        return violation('InvalidParameterValue.TooLarge', 'param.tooLong', { name, max }, name);
      return violation('InvalidParameterValue', 'param.tooLarge', { name, max }, name);
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return violation('InvalidParameterValue', 'param.tooFewItems', { name, min }, name);
      if (issue.origin === 'string') return violation('InvalidParameterValue', 'param.empty', { name }, name);
      return violation('InvalidParameterValue', 'param.tooSmall', { name, min }, name);
    }
    default:
      return violation('InvalidParameterValue', 'param.invalid', { name }, name);
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

export function violationFromZod(error: z.core.$ZodError, input: unknown): Violation {
  return violationFromIssue(error.issues[0]!, input);
}

/** Every field's first problem, for a form that shows each message beside its field. */
export function fieldViolations(schema: z.ZodMiniType, input: unknown): Record<string, Violation> {
  const result = schema.safeParse(input);
  const out: Record<string, Violation> = {};
  if (result.success) return out;
  for (const issue of result.error.issues) {
    const v = violationFromIssue(issue, input);
    out[v.field ?? ''] ??= v;
  }
  return out;
}

/** Parse a request with its schema; a failure becomes the API's error. */
export function parseRequest<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.output<S> } | { ok: false; violation: Violation } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, violation: violationFromZod(result.error, input) };
}
