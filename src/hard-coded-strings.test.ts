// The rule that keeps text out of JSX (eslint.config.js, "No hard-coded text in JSX") can fail: a
// literal of every kind planted in a component of every layer is refused, and what is no text (a
// symbol, a class name, a message from the catalogue, a test) is let through.
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT });
const MESSAGE = /comes from the catalogue/;

/** The hard-coded-text errors for `jsx`, returned by a component in the file `file`. */
async function textErrors(file: string, jsx: string): Promise<string[]> {
  const code = `export function Probe({ t, on }: { t: (key: string) => string; on: boolean }) {\n  return ${jsx};\n}\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const components = [
  'src/app/Probe.tsx',
  'src/ui/Probe.tsx',
  'src/features/images/Probe.tsx',
  'src/features/instances/steps/Probe.tsx',
];

const planted: [what: string, jsx: string][] = [
  ['a text child', '<p>Loading the console…</p>'],
  ['Chinese text', '<p>正在加载</p>'],
  ['a string literal child', "<p>{'Try again'}</p>"],
  ['a template literal child', '<p>{`Page ${1}`}</p>'],
  ['a conditional child', "<p>{on ? 'Yes' : t('no')}</p>"],
  ['a logical child', "<p>{on && 'Shown'}</p>"],
  ['an aria-label', '<button aria-label="Close">×</button>'],
  ['a title', '<span title="More">?</span>'],
  ['a placeholder', "<input placeholder={'e.g. ubuntu'} />"],
  ['an alt', '<img alt="Logo" src="/x.png" />'],
  ['the title of a primitive', '<Dialog title="Share image" />'],
  ['a label of a primitive', '<Field label={`Image ${1}`} />'],
  ['a conditional prop', "<Field hint={on ? 'Optional' : undefined} />"],
];

describe('no hard-coded text in JSX', () => {
  it.each(components.flatMap((file) => planted.map(([what, jsx]) => [file, what, jsx] as const)))(
    '%s refuses %s',
    async (file, _what, jsx) => {
      const errors = await textErrors(file, jsx);
      expect(errors, jsx).toHaveLength(1);
      expect(errors[0]).toMatch(MESSAGE);
    },
  );

  it.each(components)('%s lets through what is not text', async (file) => {
    const fine = [
      '<p className="notice notice-info" role="note">{t(\'images.marketNotice\')}</p>',
      '<button type="button" aria-label={t(\'common.close\')}>×</button>',
      "<span aria-hidden=\"true\">{on ? '▲' : '↕'}</span>",
      '<p>{`${1}%`} · 3</p>',
      '<input type="search" id="image-search" autoComplete="off" />',
    ];
    for (const jsx of fine) expect(await textErrors(file, `<>${jsx}</>`), jsx).toEqual([]);
  });

  it('leaves tests and test helpers alone', async () => {
    expect(await textErrors('src/features/images/Probe.test.tsx', '<p>Loading</p>')).toEqual([]);
    expect(await textErrors('src/app/Probe.test.tsx', '<p>Loading</p>')).toEqual([]);
    expect(await textErrors('src/test/probe.tsx', '<p>navigated</p>')).toEqual([]);
  });

  it('still refuses an import against the layers in a component (both lists apply)', async () => {
    const code = `import { x } from '../app/App.tsx';\nexport const P = () => <p>{x}</p>;\n`;
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, 'src/ui/Probe.tsx') });
    expect(result!.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const dynamic = `export const load = () => import('../app/App.tsx');\nexport const P = () => <p>Hi</p>;\n`;
    const [both] = await eslint.lintText(dynamic, { filePath: path.join(ROOT, 'src/ui/Probe.tsx') });
    expect(both!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message)).toEqual([
      expect.stringMatching(/may not import from/),
      expect.stringMatching(MESSAGE),
    ]);
  });
});
