import { describe, it, expect } from 'vitest';
import { z } from './zod.ts';
import { parseRequest } from './violation.ts';
import {
  createImageFromInstanceViolation,
  describeInstancesRequestSchema,
  instanceSchema,
  type Instance,
  type InstanceState,
} from './instances.ts';
import { expectFieldViolation, expectViolation } from '../test/fixtures.ts';

function instance(overrides: Partial<Instance> = {}): Instance {
  return {
    InstanceId: 'ins-abcd1234',
    InstanceName: 'web-1',
    InstanceType: 'S5.MEDIUM4',
    CPU: 2,
    Memory: 4,
    InstanceState: 'RUNNING',
    Placement: { Zone: 'ap-guangzhou-3' },
    ImageId: 'img-abcd1234',
    OsName: 'TencentOS Server 3.1 (TK4)',
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskId: 'disk-abcd1234', DiskSize: 50 },
    DataDisks: [],
    InstanceChargeType: 'POSTPAID_BY_HOUR',
    CreatedTime: '2026-11-01T08:00:00Z',
    Architecture: 'x86_64',
    ...overrides,
  };
}

describe('describeInstancesRequestSchema', () => {
  it.each<[string, unknown]>([
    ['nothing', {}],
    ['ids', { InstanceIds: ['ins-abcd1234'] }],
    [
      'supported filters',
      {
        Filters: ['zone', 'instance-name', 'instance-state', 'image-id', 'instance-type'].map((Name) => ({
          Name,
          Values: ['x'],
        })),
      },
    ],
    ['paging', { Offset: 0, Limit: 100 }],
  ])('accepts %s', (_name, input) => {
    expect(parseRequest(describeInstancesRequestSchema, input).ok).toBe(true);
  });

  it.each<[string, unknown, string, string, string[]]>([
    [
      'an unknown filter',
      {
        Filters: [
          { Name: 'zone', Values: ['x'] },
          { Name: 'vpc-id', Values: ['x'] },
        ],
      },
      'InvalidFilter',
      'Filters.1.Name',
      ['"vpc-id"', 'zone'],
    ],
    [
      '11 filters',
      { Filters: Array.from({ length: 11 }, () => ({ Name: 'zone', Values: ['x'] })) },
      'InvalidParameterValue.LimitExceeded',
      'Filters',
      ['10'],
    ],
    ['a malformed id', { InstanceIds: ['ins-1'] }, 'InvalidInstanceId.Malformed', 'InstanceIds.0', ['ins-']],
    ['Limit 101', { Limit: 101 }, 'InvalidParameterValue.InvalidParameterValueLimit', 'Limit', ['100']],
  ])('rejects %s', (_name, input, code, field, parts) => {
    const result = parseRequest(describeInstancesRequestSchema, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expectViolation(result.violation, code, ...parts);
    expect(result.violation.field).toBe(field);
  });
});

describe('createImageFromInstanceViolation', () => {
  it('accepts the instance fixture', () => {
    expect(z.strictObject(instanceSchema.shape).parse(instance())).toEqual(instance());
  });

  it.each<InstanceState>(['RUNNING', 'STOPPED'])('allows a %s instance', (state) => {
    expect(createImageFromInstanceViolation(instance({ InstanceState: state }))).toBeUndefined();
  });

  it.each<[InstanceState, string]>([
    ['STARTING', 'UnsupportedOperation.InstanceStateStarting'],
    ['STOPPING', 'UnsupportedOperation.InstanceStateStopping'],
    ['REBOOTING', 'UnsupportedOperation.InstanceStateRebooting'],
    ['TERMINATING', 'UnsupportedOperation.InstanceStateTerminating'],
    ['SHUTDOWN', 'UnsupportedOperation.InstanceStateShutdown'],
    ['PENDING', 'UnsupportedOperation.InstanceStateStarting'],
    ['LAUNCH_FAILED', 'UnsupportedOperation.InstanceStateStarting'],
  ])('refuses a %s instance', (state, code) => {
    const v = createImageFromInstanceViolation(instance({ InstanceState: state }));
    expectFieldViolation(v, code, 'InstanceId', 'ins-abcd1234', state.toLowerCase(), 'running or stopped');
  });
});
