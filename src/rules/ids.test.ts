import { describe, it, expect } from 'vitest';
import { ACCOUNT_ID_PATTERN, accountIdProblem, accountIdSchema, imageIdSchema, instanceIdSchema } from './ids.ts';
import { parseRequest } from './violation.ts';
import { renderMessage } from './messages/render.ts';
import { expectFieldViolation, requestRefusal } from '../test/fixtures.ts';

describe('imageIdSchema', () => {
  it.each(['img-9qabwvbn', 'img-00000000', 'img-abcdefgh'])('accepts %s', (id) => {
    expect(parseRequest(imageIdSchema, id)).toEqual({ ok: true, value: id });
  });
  it.each([
    ['empty', ''],
    ['no prefix', '9qabwvbn'],
    ['wrong prefix', 'ins-9qabwvbn'],
    ['7 characters', 'img-9qabwvb'],
    ['9 characters', 'img-9qabwvbnx'],
    ['upper case', 'img-9QABWVBN'],
    ['punctuation', 'img-9qab_vbn'],
    ['surrounding space', ' img-9qabwvbn'],
  ])('rejects %s', (_name, id) => {
    const v = requestRefusal(imageIdSchema, id);
    expectFieldViolation(v, 'InvalidImageId.Malformed', undefined, 'img-', '8 lowercase letters or digits');
  });
  it('rejects a non-string as a wrong type', () => {
    expectFieldViolation(
      requestRefusal(imageIdSchema, 12345678),
      'InvalidParameter',
      '',
      'must be a string, not a number',
    );
  });
});

describe('instanceIdSchema', () => {
  it.each(['ins-2zvpghhk', 'ins-00000000'])('accepts %s', (id) => {
    expect(parseRequest(instanceIdSchema, id).ok).toBe(true);
  });
  it.each([
    ['empty', ''],
    ['image id', 'img-2zvpghhk'],
    ['too short', 'ins-2zvp'],
    ['upper case', 'ins-2ZVPGHHK'],
  ])('rejects %s', (_name, id) => {
    expectFieldViolation(
      requestRefusal(instanceIdSchema, id),
      'InvalidInstanceId.Malformed',
      undefined,
      'ins-',
      '8 lowercase letters or digits',
    );
  });
});

describe('accountIdProblem', () => {
  it.each(['100000000001', '1000000000', '999999999999', '103849387508'])('accepts %s', (id) => {
    expect(accountIdProblem(id)).toBeUndefined();
    expect(ACCOUNT_ID_PATTERN.test(id)).toBe(true);
    expect(parseRequest(accountIdSchema, id).ok).toBe(true);
  });
  it.each([
    ['empty', '', ['empty']],
    ['letters', 'abc', ['"abc"', 'digits only']],
    ['digits and a dash', '1000-0000001', ['"1000-0000001"', 'digits only']],
    ['9 digits', '123456789', ['"123456789"', '10 to 12 digits']],
    ['13 digits', '1234567890123', ['"1234567890123"', '10 to 12 digits']],
    ['leading zero', '0100000000', ['"0100000000"', 'not starting with 0']],
  ])('rejects %s', (_name, id, parts) => {
    const problem = accountIdProblem(id);
    expect(problem).toBeDefined();
    for (const part of parts) expect(renderMessage(problem, 'en-US')).toContain(part);
    expectFieldViolation(
      requestRefusal(accountIdSchema, id),
      'InvalidParameterValue.InvalidAppIdFormat',
      undefined,
      '10 to 12 digits',
    );
  });
});
