// Every array parameter of every action, read from the request schemas themselves (src/rules), so
// that the bounds tests and the hostile-HTTP suite cover a parameter as soon as it is added.
import { requestSchemas, type Action } from '../rules/actions.ts';

interface ZodDef {
  type: string;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
  [key: string]: unknown;
}
type ZodLike = { _zod: { def: ZodDef } };

export interface ArrayParameter {
  action: Action;
  /** Where the array is: property names, and 0 for "an element of the enclosing array". */
  path: (string | number)[];
  /** Its z.maxLength, if it has one. */
  max: number | undefined;
  /** Objects and arrays around it, the body counting as one. */
  level: number;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function walk(action: Action, schema: ZodLike, path: (string | number)[], level: number, out: ArrayParameter[]): void {
  const def = schema._zod.def;
  if (WRAPPERS.has(def.type)) return walk(action, def.innerType as ZodLike, path, level, out);
  if (def.type === 'pipe') return walk(action, def.in as ZodLike, path, level, out);
  if (def.type === 'array') {
    const maxima = (def.checks ?? []).flatMap((c) => (c._zod.def.check === 'max_length' ? [c._zod.def.maximum!] : []));
    out.push({ action, path, max: maxima.length ? Math.min(...maxima) : undefined, level: level + 1 });
    return walk(action, def.element as ZodLike, [...path, 0], level + 1, out);
  }
  if (def.type === 'object')
    for (const [key, value] of Object.entries(def.shape as Record<string, ZodLike>))
      walk(action, value, [...path, key], level + 1, out);
}

export function arrayParameters(): ArrayParameter[] {
  const out: ArrayParameter[] = [];
  for (const [action, schema] of Object.entries(requestSchemas))
    walk(action as Action, schema as unknown as ZodLike, [], 0, out);
  return out;
}

/** The parameter's name as the API's messages write it: `Filters.0.Values`. */
export function parameterName(path: (string | number)[]): string {
  return path.join('.');
}

/** A body with `value` at `path` (one element in each enclosing array). */
export function bodyWith(path: (string | number)[], value: unknown): Record<string, unknown> {
  let inner: unknown = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i]!;
    inner = typeof key === 'number' ? [inner] : { [key]: inner };
  }
  return inner as Record<string, unknown>;
}
