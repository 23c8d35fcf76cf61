// The stylesheets: every colour is a token of src/ui/tokens.css, so a theme (dark, high contrast)
// redefines the tokens and nothing else; every token a sheet uses exists; and src/app/styles.css
// imports every sheet, so none is left out of the build.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = `${resolve(dirname(import.meta.filename), '..')}/`;
const TOKENS = 'ui/tokens.css';
const ENTRY = 'app/styles.css';
const sheets = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css'))
  .map((file) => file.split('\\').join('/'))
  .sort();
const read = (sheet: string) => readFileSync(`${SRC}${sheet}`, 'utf8');

/** Keywords that are colours but no colour of their own: they follow the theme. */
const THEME_NEUTRAL = new Set(['transparent', 'currentcolor', 'inherit', 'initial', 'unset', 'revert']);

/** The declarations of a sheet, comments left out: [property, value]. */
function declarations(css: string): [string, string][] {
  const bodies = css.replace(/\/\*[\s\S]*?\*\//g, '').match(/\{[^{}]*\}/g) ?? [];
  return bodies.flatMap((body) =>
    body
      .slice(1, -1)
      .split(';')
      .filter((d) => d.includes(':'))
      .map((d) => {
        const at = d.indexOf(':');
        return [d.slice(0, at).trim(), d.slice(at + 1).trim()] as [string, string];
      }),
  );
}

/** A word the browser takes as a colour (red, white, Canvas...): jsdom's CSS parser decides. */
function isColourName(word: string): boolean {
  const probe = document.createElement('i').style;
  probe.color = word;
  return probe.color !== '' && !THEME_NEUTRAL.has(word.toLowerCase());
}

/** The colours a sheet writes out in its declarations: hex, colour functions and colour names. */
function rawColours(css: string): string[] {
  return declarations(css).flatMap(([, value]) => {
    const bare = value.replace(/(["'])[^"']*\1/g, '').replace(/url\([^)]*\)/g, '');
    return [
      ...(bare.match(/#[0-9a-f]{3,8}\b/gi) ?? []),
      ...(bare.match(/\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\(/gi) ?? []),
      ...(bare.match(/(?<![\w-])[a-z]+(?![\w(-])/gi) ?? []).filter(isColourName),
    ];
  });
}

describe('colours', () => {
  it('a colour written out in any form is found', () => {
    const css = `
      /* #000 in a comment is not a declaration */
      .a { color: #1b2430; background: rgb(0 0 0 / 0.3); border: 1px solid hsl(0 0% 50%); }
      .b { color: red; outline: 2px solid white; background: Canvas; font-family: 'Red Hat Text', sans-serif; }
      .c { border-bottom: 3px solid transparent; color: currentColor; background: var(--color-surface); }
    `;
    expect(rawColours(css)).toEqual(['#1b2430', 'rgb(', 'hsl(', 'red', 'white', 'Canvas']);
  });

  it.each(sheets.filter((sheet) => sheet !== TOKENS))('%s names no colour: it uses the tokens', (sheet) => {
    expect(rawColours(read(sheet))).toEqual([]);
  });

  it('tokens.css only defines custom properties, so it styles nothing by itself', () => {
    const properties = declarations(read(TOKENS)).map(([property]) => property);
    expect(properties.length).toBeGreaterThan(0);
    expect(properties.filter((p) => !p.startsWith('--'))).toEqual([]);
  });
});

it('every token a sheet uses is defined in tokens.css', () => {
  const defined = new Set(declarations(read(TOKENS)).map(([property]) => property));
  const used = sheets.flatMap((sheet) => [...read(sheet).matchAll(/var\((--[\w-]+)/g)].map((m) => `${sheet}: ${m[1]}`));
  expect(used.length).toBeGreaterThan(0);
  expect(used.filter((use) => !defined.has(use.split(': ')[1]!))).toEqual([]);
});

it('src/app/styles.css imports every sheet once, the tokens first', () => {
  const imports = [...read(ENTRY).matchAll(/@import\s+'([^']+)'/g)].map((m) =>
    new URL(m[1]!, `file:///src/${ENTRY}`).pathname.slice('/src/'.length),
  );
  expect(imports[0]).toBe(TOKENS);
  expect([...imports].sort()).toEqual(sheets.filter((sheet) => sheet !== ENTRY));
});
