// The architecture the contributor's guide describes, checked: each layer's forbidden imports are
// refused by ESLint (so the lint rule itself can fail), and no module of src imports itself back.
import { ESLint } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

/** The messages of the import-direction rules for `code`, linted as if it were the file `file`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

// For every layer: a file in it, and imports it may not make (static, re-export and dynamic).
const forbidden: [file: string, specifier: string][] = [
  ['src/rules/probe.ts', '../api/client.ts'],
  ['src/rules/probe.ts', '../mocks/backend.ts'],
  ['src/rules/probe.ts', '../ui/Dialog.tsx'],
  ['src/rules/probe.ts', '../test/fixtures.ts'],
  ['src/rules/probe.test.ts', '../features/images/labels.ts'],
  ['src/mocks/probe.ts', '../api/client.ts'],
  ['src/mocks/probe.ts', '../features/images/labels.ts'],
  ['src/mocks/resolvers/probe.ts', '../../app/App.tsx'],
  ['src/mocks/probe.ts', '../test/fixtures.ts'],
  ['src/proxy/probe.ts', '../mocks/backend.ts'],
  ['src/proxy/probe.ts', '../api/client.ts'],
  ['src/proxy/probe.ts', '../app/App.tsx'],
  ['src/api/probe.ts', '../ui/Dialog.tsx'],
  ['src/api/probe.ts', '../features/images/labels.ts'],
  ['src/api/probe.ts', '../mocks/backend.ts'],
  ['src/api/probe.ts', '../app/App.tsx'],
  ['src/ui/probe.tsx', '../api/client.ts'],
  ['src/ui/probe.tsx', '../features/images/labels.ts'],
  ['src/ui/probe.tsx', '../mocks/backend.ts'],
  ['src/ui/probe.tsx', '../app/App.tsx'],
  ['src/features/images/probe.tsx', '../../mocks/seed.ts'],
  ['src/features/images/probe.tsx', '../../mocks/node.ts'],
  ['src/features/probe.tsx', '../app/App.tsx'],
  ['src/features/share/probe.tsx', '../../test/render.tsx'],
  ['src/features/images/probe.test.tsx', '../../app/App.tsx'],
];

// Imports each layer may make: the rule must not refuse them.
const allowed: [file: string, specifier: string][] = [
  ['src/mocks/probe.ts', '../rules/violation.ts'],
  ['src/api/probe.ts', '../rules/limits.ts'],
  ['src/proxy/probe.ts', '../rules/actions.ts'],
  ['src/app/probe.tsx', '../proxy/page-contract.ts'],
  ['src/ui/probe.tsx', '../rules/names.ts'],
  ['src/features/images/probe.tsx', '../../api/client.ts'],
  ['src/features/images/probe.tsx', '../../ui/Dialog.tsx'],
  ['src/features/images/probe.tsx', '../share/ShareDialog.tsx'],
  ['src/features/images/probe.test.tsx', '../../mocks/node.ts'],
  ['src/features/images/probe.test.tsx', '../../test/render.tsx'],
  ['src/ui/probe.test.tsx', '../test/render.tsx'],
  ['src/mocks/probe.test.ts', '../test/fixtures.ts'],
  ['src/app/probe.tsx', '../mocks/browser.ts'],
  ['src/app/probe.tsx', '../features/images/ImagesPage.tsx'],
];

describe('layers: ESLint refuses an import against the direction rules -> api -> ui -> features -> app', () => {
  it.each(forbidden)('%s may not import %s', async (file, specifier) => {
    const statements = [
      `import { x } from '${specifier}';\nexport const y = x;\n`,
      `export { x } from '${specifier}';\n`,
      `export const load = () => import('${specifier}');\n`,
    ];
    for (const code of statements) {
      const errors = await layerErrors(file, code);
      expect(errors, code).toHaveLength(1);
      expect(errors[0]).toMatch(/may not import from|framework-free|may import only/);
    }
  });

  it.each(allowed)('%s may import %s', async (file, specifier) => {
    expect(await layerErrors(file, `import { x } from '${specifier}';\nexport const y = x;\n`)).toEqual([]);
    expect(await layerErrors(file, `export const load = () => import('${specifier}');\n`)).toEqual([]);
  });

  it('the router comes through src/features/router.tsx: wouter itself only there (and in src/app tests)', async () => {
    const code = `import { Link } from 'wouter';\nexport const A = Link;\n`;
    for (const file of ['src/api/probe.ts', 'src/ui/probe.tsx', 'src/features/images/probe.tsx', 'src/app/probe.tsx']) {
      const errors = await layerErrors(file, code);
      expect(errors, file).toHaveLength(1);
      expect(errors[0]).toMatch(/through src\/features\/router\.tsx/);
    }
    expect(await layerErrors('src/features/images/probe.tsx', `export { Link } from 'wouter';\n`)).toHaveLength(1);
    expect(await layerErrors('src/features/router.tsx', code)).toEqual([]);
    expect(await layerErrors('src/app/probe.test.tsx', code)).toEqual([]);
  });

  it('rules and mocks refuse the UI frameworks', async () => {
    expect(await layerErrors('src/rules/probe.ts', `import { useState } from 'react';\nuseState();\n`)).toHaveLength(1);
    expect(await layerErrors('src/rules/probe.ts', `import { http } from 'msw';\nhttp.get;\n`)).toHaveLength(1);
    expect(
      await layerErrors('src/mocks/probe.ts', `import { useQuery } from '@tanstack/react-query';\nuseQuery;\n`),
    ).toHaveLength(1);
  });
});

// ---- import cycles ------------------------------------------------------------------------------

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every module of src with the modules of src it imports (static, re-exported or dynamic). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((f) => f.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => path.resolve(path.dirname(file), name))
      .filter((target) => /\.(ts|tsx)$/.test(target));
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected components of more than one module, or a module importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(path.relative(ROOT, w));
      } while (w !== v);
      if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

describe('import cycles', () => {
  it('the cycle finder finds a circle (so the next test can fail)', () => {
    const graph = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/c.ts']],
      ['/c.ts', ['/a.ts']],
      ['/d.ts', ['/a.ts']],
    ]);
    expect(cycles(graph).map((c) => c.length)).toEqual([3]);
  });

  it('no module of src imports itself back, directly or through others', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles(graph)).toEqual([]);
  });

  it('no feature folder imports itself back through another feature', () => {
    const features = path.join(ROOT, 'src', 'features');
    const folderOf = (file: string) => path.relative(features, file).split(path.sep)[0]!;
    const folders = new Map<string, Set<string>>();
    for (const [file, targets] of importGraph()) {
      if (!file.startsWith(features + path.sep) || path.dirname(file) === features) continue;
      const from = `src/features/${folderOf(file)}`;
      const edges = folders.get(from) ?? new Set<string>();
      for (const target of targets)
        if (target.startsWith(features + path.sep) && path.dirname(target) !== features)
          if (folderOf(target) !== folderOf(file)) edges.add(`src/features/${folderOf(target)}`);
      folders.set(from, edges);
    }
    expect(folders.size).toBeGreaterThan(3);
    expect(cycles(new Map([...folders].map(([k, v]) => [k, [...v]])))).toEqual([]);
  });
});
