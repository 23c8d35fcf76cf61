import { describe, it, expect } from 'vitest';
import {
  imageDescriptionProblem,
  imageDescriptionSchema,
  imageNameProblem,
  imageNameSchema,
  sameName,
  shownName,
} from './names.ts';
import { parseRequest } from './violation.ts';
import { renderMessage } from './messages/render.ts';
import { expectFieldViolation, requestRefusal } from '../test/fixtures.ts';

describe('imageNameProblem / imageNameSchema', () => {
  it.each([
    ['one character', 'a'],
    ['60 characters', 'a'.repeat(60)],
    ['60 Chinese characters', '镜'.repeat(60)],
    ['60 emoji (120 UTF-16 units)', '😀'.repeat(60)],
    ['spaces inside', 'web server'],
    ['a visible character among invisible ones', '\u200bweb\u200e'],
  ])('accepts %s', (_name, name) => {
    expect(imageNameProblem(name)).toBeUndefined();
    expect(parseRequest(imageNameSchema, name).ok).toBe(true);
  });

  it.each([
    ['empty', '', 'InvalidParameterValue', ['required', '60']],
    ['whitespace only', '   \t ', 'InvalidParameterValue', ['required', '60']],
    ['a zero-width space only', '\u200b', 'InvalidParameterValue', ['required', '60']],
    ['direction marks and spaces only', ' \u200e\u200f \u202e', 'InvalidParameterValue', ['required', '60']],
    ['a zero-width joiner and a BOM only', '\u200d\ufeff', 'InvalidParameterValue', ['required', '60']],
    ['61 characters', 'a'.repeat(61), 'InvalidParameterValue.TooLarge', ['at most 60', 'it has 61']],
    ['61 emoji', '😀'.repeat(61), 'InvalidParameterValue.TooLarge', ['at most 60', 'it has 61']],
  ])('rejects %s', (_name, name, code, parts) => {
    const problem = imageNameProblem(name);
    expect(problem).toBeDefined();
    for (const part of parts) expect(renderMessage(problem, 'en-US')).toContain(part);
    expectFieldViolation(requestRefusal(imageNameSchema, name), code, undefined, ...parts);
  });

  it.each([
    ['spaces around', '  web  ', 'web'],
    ['a tab and a new line', '\tweb\n', 'web'],
    ['full-width and no-break spaces', '\u3000web\u00a0', 'web'],
    ['zero-width characters around', '\u200bweb\ufeff', 'web'],
    ['a direction mark, which changes how it shows', '\u202eweb', '\u202eweb'],
    ['spaces inside', ' web  server ', 'web  server'],
  ])('takes a name as shown: %s', (_name, name, shown) => {
    expect(shownName(name)).toBe(shown);
    expect(parseRequest(imageNameSchema, name)).toEqual({ ok: true, value: shown });
  });

  it('counts the limit on the name as shown: 60 characters and spaces around fit', () => {
    expect(parseRequest(imageNameSchema, ` ${'a'.repeat(60)} `)).toEqual({ ok: true, value: 'a'.repeat(60) });
  });

  it.each<[string, string, string, boolean]>([
    ['the same name', 'web', 'web', true],
    ['spaces around', 'web ', ' web', true],
    ['a zero-width space inside', 'w\u200beb', 'web', true],
    ['composed and decomposed é', 'caf\u00e9', 'cafe\u0301', true],
    ['another case', 'Web', 'web', false],
    ['a space inside', 'we b', 'web', false],
    ['a direction mark', '\u202eweb', 'web', false],
  ])('sameName: %s', (_name, a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
});

describe('imageDescriptionProblem / imageDescriptionSchema', () => {
  it.each([
    ['empty', ''],
    ['256 characters', 'd'.repeat(256)],
    ['256 emoji', '😀'.repeat(256)],
  ])('accepts %s', (_name, text) => {
    expect(imageDescriptionProblem(text)).toBeUndefined();
    expect(parseRequest(imageDescriptionSchema, text).ok).toBe(true);
  });
  it.each([
    ['257 characters', 'd'.repeat(257)],
    ['257 emoji', '😀'.repeat(257)],
  ])('rejects %s', (_name, text) => {
    expect(renderMessage(imageDescriptionProblem(text), 'en-US')).toContain('at most 256');
    expect(renderMessage(imageDescriptionProblem(text), 'en-US')).toContain('it has 257');
    expectFieldViolation(
      requestRefusal(imageDescriptionSchema, text),
      'InvalidParameterValue.TooLarge',
      undefined,
      '256',
    );
  });
});
