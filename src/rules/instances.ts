import { z } from './zod.ts';
import { BATCH_IDS_MAX } from './limits.ts';
import { instanceIdSchema } from './ids.ts';
import { type Violation, violation } from './violation.ts';
import { filtersSchema, limitSchema, offsetSchema } from './describe.ts';

// An instance as the API shows it, the DescribeInstances request, and which instances can be imaged.

export const instanceStateSchema = z.enum([
  'PENDING',
  'LAUNCH_FAILED',
  'RUNNING',
  'STOPPED',
  'STARTING',
  'STOPPING',
  'REBOOTING',
  'SHUTDOWN',
  'TERMINATING',
]);
export type InstanceState = z.infer<typeof instanceStateSchema>;

export const instanceSchema = z.object({
  InstanceId: z.string(),
  InstanceName: z.string(),
  InstanceType: z.string(),
  CPU: z.int(),
  Memory: z.int(),
  InstanceState: instanceStateSchema,
  Placement: z.object({ Zone: z.string() }),
  ImageId: z.string(),
  OsName: z.string(),
  SystemDisk: z.object({ DiskType: z.string(), DiskId: z.string(), DiskSize: z.int() }),
  DataDisks: z.array(z.object({ DiskType: z.string(), DiskId: z.string(), DiskSize: z.int() })),
  InstanceChargeType: z.string(),
  CreatedTime: z.string(),
  // Extension: the architecture of its instance type.
  Architecture: z.enum(['x86_64', 'arm']),
});
export type Instance = z.infer<typeof instanceSchema>;

export const instanceFilterNames = ['zone', 'instance-name', 'instance-state', 'image-id', 'instance-type'] as const;

export const describeInstancesRequestSchema = z.strictObject({
  InstanceIds: z.optional(z.array(instanceIdSchema).check(z.maxLength(BATCH_IDS_MAX))),
  Filters: z.optional(filtersSchema(instanceFilterNames)),
  Offset: z.optional(offsetSchema),
  Limit: z.optional(limitSchema),
});

export interface DescribeInstancesResponse {
  TotalCount: number;
  InstanceSet: Instance[];
}

/** The API's code for an instance state that cannot be imaged, one per state. */
const busyInstanceCodes: Partial<Record<InstanceState, string>> = {
  STOPPING: 'UnsupportedOperation.InstanceStateStopping',
  REBOOTING: 'UnsupportedOperation.InstanceStateRebooting',
  TERMINATING: 'UnsupportedOperation.InstanceStateTerminating',
  SHUTDOWN: 'UnsupportedOperation.InstanceStateShutdown',
};

export function createImageFromInstanceViolation(instance: Instance): Violation | undefined {
  if (instance.InstanceState !== 'RUNNING' && instance.InstanceState !== 'STOPPED')
    return violation(
      busyInstanceCodes[instance.InstanceState] ?? 'UnsupportedOperation.InstanceStateStarting',
      'instance.notImageable',
      { instanceId: instance.InstanceId, state: instance.InstanceState },
      'InstanceId',
    );
  return undefined;
}
