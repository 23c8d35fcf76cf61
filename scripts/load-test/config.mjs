// The load test's settings (environment variables, see scripts/load-test.mjs) and its traffic mix.
import { positiveInt, positiveNumber } from '../env.mjs';

export const CLIENTS = positiveInt('LOAD_CLIENTS', 16);
export const SECONDS = positiveNumber('LOAD_SECONDS', 20);
export const MAX_REQUESTS = positiveInt('LOAD_MAX_REQUESTS', 200_000);
export const SEED = positiveInt('LOAD_SEED', 1);
export const TIMEOUT_MS = positiveInt('LOAD_TIMEOUT_MS', 10_000);
/** Past this, the script gives up whatever it is doing (it must stop by itself). */
export const HARD_LIMIT_MS = (SECONDS + 180) * 1000;

/** Refusals the API documents for what the clients do: business outcomes of racing clients, not faults. */
export const EXPECTED = {
  DescribeImages: [],
  CreateImage: ['ImageQuotaLimitExceeded', 'InvalidImageName.Duplicate'],
  'ModifyImageSharePermission SHARE': [
    'FailedOperation.AccountAlreadyExists',
    'OverQuota',
    'InvalidImageId.NotFound',
    'InvalidParameterValue.InvalidImageState',
  ],
  'ModifyImageSharePermission CANCEL': ['InvalidAccountId.NotFound', 'InvalidImageId.NotFound'],
  DeleteImages: ['InvalidImageId.InShared', 'InvalidImageId.NotFound', 'InvalidImageId.IncorrectState'],
  SyncImages: [
    'ImageQuotaLimitExceeded',
    'InvalidImageName.Duplicate',
    'InvalidImageId.NotFound',
    'InvalidImageId.IncorrectState',
  ],
};

/** What the clients do, with relative weights. */
export const MIX = [
  ['DescribeImages', 30],
  ['CreateImage', 20],
  ['ModifyImageSharePermission SHARE', 15],
  ['ModifyImageSharePermission CANCEL', 10],
  ['DeleteImages', 12],
  ['SyncImages', 13],
];

export const log = (msg) => process.stdout.write(`[load-test] ${msg}\n`);
