import { accountList } from '../../api/stored.ts';
import { isKnownRegion } from '../../rules/regions.ts';
import { exportFormats } from '../../rules/export.ts';
import { z } from '../../rules/zod.ts';

const region = z.string().check(z.refine(isKnownRegion));

/**
 * One operation as stored: an entry that is not one is set aside when the list is read
 * (accountList). Lists stored before exports existed read as they are: `kind` only gained one.
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

const MAX = 30;
/** The list itself, for useOperations. */
export const operations = accountList('cvm-console:operations', 'operations', operationSchema);

/**
 * Operations this console started for an account, newest first; kept across reloads. The same
 * array comes back until the stored list changes (another tab may change it too).
 */
export function operationsOf(account: string): Operation[] {
  return operations.of(account);
}

const write = operations.write;

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

/** Reset demo data: what these accounts' operations made is gone, and so is their list. */
export function forgetOperations(accounts: readonly string[]): void {
  for (const account of accounts) write(account, []);
}
