import { describe, it, expect } from 'vitest';
import { accountIdProblem } from './ids.ts';
import { charLength, quote } from './text.ts';
import { renderMessage } from './messages/render.ts';

describe('quote', () => {
  it('repeats input of up to 64 characters as it is', () => {
    expect(quote('ap-mars')).toBe('ap-mars');
    expect(quote('a'.repeat(64))).toBe('a'.repeat(64));
  });
  it('cuts longer input to 64 characters and an ellipsis, counting characters not UTF-16 units', () => {
    expect(quote('a'.repeat(10_000))).toBe(`${'a'.repeat(64)}…`);
    expect(quote('😀'.repeat(65))).toBe(`${'😀'.repeat(64)}…`);
    expect(quote('abcdef', 3)).toBe('abc…');
  });
  it('cuts a huge account ID in its message', () => {
    const problem = accountIdProblem('z'.repeat(10_000));
    expect(renderMessage(problem, 'en-US')).toBe(`Account ID "${'z'.repeat(64)}…" must contain digits only.`);
  });
});

describe('charLength', () => {
  it.each([
    ['empty', '', 0],
    ['ascii', 'abc', 3],
    ['chinese', '镜像名称', 4],
    ['emoji (surrogate pair)', '😀', 1],
    ['accented', 'São Paulo', 9],
  ])('%s', (_name, s, n) => {
    expect(charLength(s)).toBe(n);
  });
});
