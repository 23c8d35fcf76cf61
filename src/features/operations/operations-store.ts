import { readStoredList } from '../../api/stored.ts';
import { isKnownRegion } from '../../rules/regions.ts';
import { exportFormats } from '../../rules/export.ts';
import { z } from '../../rules/zod.ts';

const region = z.string().check(z.refine(isKnownRegion));

/**
 * One operation as stored: an entry that is not one is set aside when the list is read
 * (readStoredList). Lists stored before exports existed read as they are: `kind` only gained one.
 */
const operationSchema = z
  .object({
    /** The image being made: the new image for create and import, the copy for copy; the image exported for export. */
    imageId: z.string(),
    region,
    kind: z.enum(['create', 'import', 'copy', 'export']),
    name: z.string(),
    /** For a copy: the image and region copied from. */
    from: z.optional(z.object({ imageId: z.string(), region })),
    /** For an export: its task, what was asked (to send again), and the files it writes. */
    export: z.optional(
      z.object({
        taskId: z.int(),
        bucket: z.string(),
        format: z.enum(exportFormats),
        prefix: z.optional(z.string()),
        onlyRootDisk: z.boolean(),
        files: z.array(z.string()),
      }),
    ),
    startedAt: z.number(),
  })
  .check(z.refine((op) => (op.kind === 'export') === (op.export !== undefined)));
export type Operation = z.infer<typeof operationSchema>;

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

function readOperation(value: unknown): Operation | undefined {
  const parsed = operationSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Operations this console started for an account, newest first; kept across reloads. The same
 * array comes back until the stored list changes (another tab may change it too).
 */
export function operationsOf(account: string): Operation[] {
  const raw = stored(account);
  if (cache?.account !== account || cache.raw !== raw) {
    const list = readStoredList(key(account), 'operations', readOperation);
    // Entries that could not be read were set aside and the list written back without them.
    cache = { account, raw: stored(account), list };
  }
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

/** An operation sent again (Retry): the new one takes the old one's place in the list. */
export function replaceOperation(account: string, old: Operation, next: Omit<Operation, 'startedAt'>): void {
  write(
    account,
    operationsOf(account).map((op) => (op === old ? { ...next, startedAt: Date.now() } : op)),
  );
}

export function clearOperations(account: string, keep: (op: Operation) => boolean): void {
  write(account, operationsOf(account).filter(keep));
}

export function subscribeOperations(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reset demo data: what these accounts' operations made is gone, and so is their list. */
export function forgetOperations(accounts: readonly string[]): void {
  for (const account of accounts) write(account, []);
}
