import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

// The console never asks which backend it is on. Where it relies on one of the mock's extensions
// (README, "Extensions to the contract"), it asks for it; when the API refuses it, as the real one
// refuses what it does not know, the console remembers that for the session (the QueryClient's
// life) and from then on does that work itself, from the documented fields.

const refusedBy = new WeakMap<QueryClient, Set<string>>();

function refusedSet(client: QueryClient): Set<string> {
  let set = refusedBy.get(client);
  if (!set) refusedBy.set(client, (set = new Set()));
  return set;
}

/** The filter and parameter names this session's API refused. */
export function refusedExtensions(client: QueryClient): ReadonlySet<string> {
  return refusedSet(client);
}

/** What a request asked for beyond the documented contract. */
export interface ExtensionsUsed {
  filters: readonly string[];
  parameters: readonly string[];
}

function isCode(error: ApiError, code: string): boolean {
  return error.code === code || error.code.startsWith(`${code}.`);
}

/**
 * Whether `error` is the API refusing an extension the request used: `InvalidFilter` for an
 * extension filter, `UnknownParameter` for an extension parameter. If so, the extensions of that
 * kind are remembered as absent (the real API's message does not say which one, and the console
 * does not parse messages), and the caller falls back.
 */
export function noteRefusal(client: QueryClient, error: unknown, used: ExtensionsUsed): boolean {
  if (!(error instanceof ApiError)) return false;
  const names = isCode(error, 'InvalidFilter')
    ? used.filters
    : isCode(error, 'UnknownParameter')
      ? used.parameters
      : [];
  const set = refusedSet(client);
  for (const name of names) set.add(name);
  return names.length > 0;
}
