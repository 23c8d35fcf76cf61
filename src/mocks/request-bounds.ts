// What the HTTP host checks before an action's schema sees a request: its shape is bounded
// (array lengths, nesting, number of values, name lengths), so that no request can make the
// parser build or walk more than a small, fixed amount of data. zod collects an issue per bad
// element and spreads them into its parent's list, which overflows the stack past ~120,000
// issues; a sparse query index used to build a million-entry array. Both walks here are
// iterative or bounded by REQUEST_DEPTH_MAX, never by the client's data.
import { isAction, requestSchemas } from '../rules/actions.ts';
import { PARAMETER_NAME_MAX, REQUEST_ARRAY_MAX, REQUEST_DEPTH_MAX, REQUEST_VALUES_MAX } from '../rules/limits.ts';
import { quote } from '../rules/text.ts';
import { violation, type Violation } from '../rules/violation.ts';

export type Bounded<T> = { ok: true; value: T } | { ok: false; violation: Violation };

function refused(v: Violation): { ok: false; violation: Violation } {
  return { ok: false, violation: v };
}

const tooLong = (name: string) =>
  violation('InvalidParameter', 'request.nameTooLong', { name: quote(name), max: PARAMETER_NAME_MAX }, quote(name));

const tooDeep = (name: string) =>
  violation('InvalidParameter', 'request.tooDeep', { name: quote(name), max: REQUEST_DEPTH_MAX }, quote(name));

const tooManyItems = (name: string, count: number) =>
  violation(
    'InvalidParameterValue.LimitExceeded',
    'request.tooManyItems',
    { name, count, max: REQUEST_ARRAY_MAX },
    name,
  );

const tooManyValues = (name: string) =>
  violation(
    'InvalidParameterValue.LimitExceeded',
    'request.tooManyValues',
    { max: REQUEST_VALUES_MAX, name: quote(name) },
    name,
  );

function child(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/**
 * Check a parsed JSON body against the request bounds, without recursion: undefined when it is
 * within them, else the parameter error naming the first parameter past a bound.
 */
export function checkRequestShape(body: unknown): Violation | undefined {
  const stack: { value: unknown; path: string; top: string; level: number }[] = [
    { value: body, path: '', top: '', level: 1 },
  ];
  let values = 0;
  while (stack.length > 0) {
    const { value, path, top, level } = stack.pop()!;
    if (++values > REQUEST_VALUES_MAX) return tooManyValues(top);
    if (value === null || typeof value !== 'object') continue;
    if (level > REQUEST_DEPTH_MAX) return tooDeep(path);
    if (Array.isArray(value)) {
      if (value.length > REQUEST_ARRAY_MAX) return tooManyItems(path, value.length);
      if (values + stack.length + value.length > REQUEST_VALUES_MAX) return tooManyValues(top);
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: child(path, i), top, level: level + 1 });
    } else {
      const keys = Object.keys(value);
      if (values + stack.length + keys.length > REQUEST_VALUES_MAX) return tooManyValues(top || (keys[0] ?? ''));
      for (const key of keys) {
        if (key.length > PARAMETER_NAME_MAX) return tooLong(key);
        stack.push({
          value: (value as Record<string, unknown>)[key],
          path: child(path, key),
          top: top || key,
          level: level + 1,
        });
      }
    }
  }
  return undefined;
}

// ---- GET: API 3.0 also takes the parameters flattened into the query string ---------------------
// (`Filters.0.Name=image-type&Filters.0.Values.0=PUBLIC_IMAGE&Limit=10`, indices from 0 as the
// official SDKs send them). Every value arrives as a string; the action's own request schema says
// which ones are numbers or booleans.

/** Names that would reach Object.prototype; ignored, as the API ignores names it does not know. */
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
const INDEX = /^(0|[1-9][0-9]*)$/;

type QueryNode = { kind: 'leaf'; value: string } | { kind: 'object' | 'array'; children: Map<string, QueryNode> };

/** Build the query's tree, refusing at once whatever a valid request never holds. */
function queryTree(query: string): Bounded<QueryNode> {
  const root: QueryNode = { kind: 'object', children: new Map() };
  let count = 0;
  for (const [key, value] of new URLSearchParams(query)) {
    if (++count > REQUEST_VALUES_MAX) return refused(tooManyValues(key));
    if (key.length > PARAMETER_NAME_MAX) return refused(tooLong(key));
    const parts = key.split('.');
    if (parts.some((p) => UNSAFE_KEYS.has(p))) continue;
    if (parts.some((p) => p === ''))
      return refused(violation('InvalidParameter', 'request.badName', { name: quote(key) }, quote(key)));
    if (parts.length > REQUEST_DEPTH_MAX) return refused(tooDeep(key));
    let node: QueryNode = root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const name = parts.slice(0, i + 1).join('.');
      if (node.kind === 'leaf') return refused(conflict(parts.slice(0, i).join('.')));
      // Top-level names are parameter names, whatever they look like (a digit is an unknown one).
      const isIndex = i > 0 && /^[0-9]+$/.test(part);
      if (isIndex && !INDEX.test(part))
        return refused(violation('InvalidParameter', 'request.leadingZeros', { name: quote(name) }, name));
      if (isIndex && Number(part) >= REQUEST_ARRAY_MAX) {
        const array = parts.slice(0, i).join('.');
        return refused(
          violation(
            'InvalidParameterValue.LimitExceeded',
            'request.indexOutOfRange',
            { name: quote(key), max: REQUEST_ARRAY_MAX, last: REQUEST_ARRAY_MAX - 1 },
            array,
          ),
        );
      }
      if (i > 0 && node.children.size === 0) node.kind = isIndex ? 'array' : 'object';
      if ((node.kind === 'array') !== isIndex) return refused(conflict(parts.slice(0, i).join('.')));
      const existing = node.children.get(part);
      if (i === parts.length - 1) {
        if (existing) return refused(conflict(name));
        node.children.set(part, { kind: 'leaf', value });
      } else if (existing) {
        node = existing;
      } else {
        const created: QueryNode = { kind: 'object', children: new Map() };
        node.children.set(part, created);
        node = created;
      }
    }
  }
  return { ok: true, value: root };
}

function conflict(name: string): Violation {
  return violation('InvalidParameter', 'request.conflict', { name: quote(name) }, quote(name));
}

/** The tree as plain values; arrays must hold every index from 0 up. Recursion is bounded by REQUEST_DEPTH_MAX. */
function plain(node: QueryNode, path: string): Bounded<unknown> {
  if (node.kind === 'leaf') return { ok: true, value: node.value };
  if (node.kind === 'array') {
    const out: unknown[] = [];
    for (let i = 0; i < node.children.size; i++) {
      const item = node.children.get(String(i));
      if (!item) {
        const given = [...node.children.keys()].map(Number).sort((a, b) => a - b);
        return refused(
          violation(
            'InvalidParameter',
            'request.indexGap',
            { name: child(path, i), given: child(path, given.at(-1)!) },
            child(path, i),
          ),
        );
      }
      const value = plain(item, child(path, i));
      if (!value.ok) return value;
      out.push(value.value);
    }
    return { ok: true, value: out };
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of node.children) {
    const value = plain(item, child(path, key));
    if (!value.ok) return value;
    out[key] = value.value;
  }
  return { ok: true, value: out };
}

interface ZodLike {
  _zod: { def: Record<string, unknown> & { type: string } };
}

/** Numbers and booleans where the action's schema wants them; recursion follows the schema, at most 32 deep. */
function coerceBySchema(schema: ZodLike | undefined, value: unknown, depth = 0): unknown {
  if (!schema || depth > 32) return value;
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return coerceBySchema(def.innerType as ZodLike, value, depth + 1);
    case 'pipe':
      return coerceBySchema(def.in as ZodLike, value, depth + 1);
    case 'lazy':
      return coerceBySchema((def.getter as () => ZodLike)(), value, depth + 1);
    case 'number':
      return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'array':
      return Array.isArray(value) ? value.map((v) => coerceBySchema(def.element as ZodLike, v, depth + 1)) : value;
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const shape = def.shape as Record<string, ZodLike>;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value))
        out[k] = Object.hasOwn(shape, k) ? coerceBySchema(shape[k], v, depth + 1) : v;
      return out;
    }
    default:
      return value;
  }
}

/** A GET's query string as the JSON body the action would have been sent, or the parameter error. */
export function bodyFromQuery(action: string | null, query: string): Bounded<string> {
  const tree = queryTree(query);
  if (!tree.ok) return tree;
  const params = plain(tree.value, '');
  if (!params.ok) return params;
  const schema = action && isAction(action) ? (requestSchemas[action] as unknown as ZodLike) : undefined;
  return { ok: true, value: JSON.stringify(coerceBySchema(schema, params.value)) };
}
