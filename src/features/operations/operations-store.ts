export interface Operation {
  /** The image being made: the new image for create and import, the copy for copy. */
  imageId: string;
  region: string;
  kind: 'create' | 'import' | 'copy';
  name: string;
  /** For a copy: the image and region copied from. */
  from?: { imageId: string; region: string };
  startedAt: number;
}

const KEY = 'cvm-console:operations';
const MAX = 30;
const listeners = new Set<() => void>();
let cache: { account: string; raw: string | null; list: Operation[] } | undefined;

function key(account: string) {
  return `${KEY}:${account}`;
}

function stored(account: string): string | null {
  try {
    return localStorage.getItem(key(account));
  } catch {
    return null;
  }
}

function parse(raw: string | null): Operation[] {
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as Operation[]) : [];
  } catch {
    return [];
  }
}

/**
 * Operations this console started for an account, newest first; kept across reloads. The same
 * array comes back until the stored list changes (another tab may change it too).
 */
export function operationsOf(account: string): Operation[] {
  const raw = stored(account);
  if (cache?.account !== account || cache.raw !== raw) cache = { account, raw, list: parse(raw) };
  return cache.list;
}

function write(account: string, list: Operation[]) {
  const raw = JSON.stringify(list);
  cache = { account, raw, list };
  try {
    localStorage.setItem(key(account), raw);
  } catch {
    // kept for this page only
  }
  for (const l of listeners) l();
}

export function recordOperations(account: string, ops: Omit<Operation, 'startedAt'>[]): void {
  const now = Date.now();
  write(account, [...ops.map((o) => ({ ...o, startedAt: now })), ...operationsOf(account)].slice(0, MAX));
}

export function clearOperations(account: string, keep: (op: Operation) => boolean): void {
  write(account, operationsOf(account).filter(keep));
}

export function subscribeOperations(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
