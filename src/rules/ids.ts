import { z } from './zod.ts';
import { type Violation, violation, coded } from './violation.ts';
import { quote } from './text.ts';

// The formats of the IDs a request names: images, instances, root accounts.

export const IMAGE_ID_PATTERN = /^img-[a-z0-9]{8}$/;
export const INSTANCE_ID_PATTERN = /^ins-[a-z0-9]{8}$/;
/** Root (main) account IDs are digit strings of this many digits; collaborator/QQ numbers are not accepted. */
export const ACCOUNT_ID_MIN_DIGITS = 10;
export const ACCOUNT_ID_MAX_DIGITS = 12;
export const ACCOUNT_ID_PATTERN = new RegExp(`^[1-9][0-9]{${ACCOUNT_ID_MIN_DIGITS - 1},${ACCOUNT_ID_MAX_DIGITS - 1}}$`);

export const imageIdSchema = coded(
  z.string(),
  (v) => IMAGE_ID_PATTERN.test(v),
  'InvalidImageId.Malformed',
  'image.idMalformed',
  {},
);

export const instanceIdSchema = coded(
  z.string(),
  (v) => INSTANCE_ID_PATTERN.test(v),
  'InvalidInstanceId.Malformed',
  'instance.idMalformed',
  {},
);

const digits = { min: ACCOUNT_ID_MIN_DIGITS, max: ACCOUNT_ID_MAX_DIGITS };

/** Why `id` is not a root account ID. */
export function accountIdProblem(id: string): Violation | undefined {
  const code = 'InvalidParameterValue.InvalidAppIdFormat';
  if (id === '') return violation(code, 'account.empty', {}, 'AccountIds');
  if (!/^[0-9]+$/.test(id)) return violation(code, 'account.notDigits', { id: quote(id) }, 'AccountIds');
  if (!ACCOUNT_ID_PATTERN.test(id))
    return violation(code, 'account.malformed', { id: quote(id), ...digits }, 'AccountIds');
  return undefined;
}

export const accountIdSchema = coded(
  z.string(),
  (v) => accountIdProblem(v) === undefined,
  'InvalidParameterValue.InvalidAppIdFormat',
  'account.malformedAny',
  digits,
);
