import { describe, expect, it } from 'vitest';
import { customImage } from '../test/fixtures.ts';
import { inLineage, lineageRoot, lineageTree, type LineageNode } from './lineage.ts';

const at = (ImageId: string, Region: string) => ({ ImageId, Region });
const ROOT = at('img-original', 'ap-guangzhou');
const original = customImage({ ImageId: 'img-original', CreatedTime: '2026-01-01T00:00:00Z' });
const copy = customImage({
  ImageId: 'img-copy0001',
  CreatedTime: '2026-01-02T00:00:00Z',
  CopiedFrom: ROOT,
  LineageRoot: ROOT,
});
const leaf = customImage({
  ImageId: 'img-leaf0001',
  CreatedTime: '2026-01-03T00:00:00Z',
  CopiedFrom: at('img-copy0001', 'ap-shanghai'),
  LineageRoot: ROOT,
});
const sibling = customImage({
  ImageId: 'img-sibling1',
  CreatedTime: '2026-01-02T12:00:00Z',
  CopiedFrom: ROOT,
  LineageRoot: ROOT,
});

/** A tree as "region:id" lines, indented by depth; a deleted image as "(deleted)". */
function outline(node: LineageNode, depth = 0): string[] {
  const line = `${'  '.repeat(depth)}${node.region}:${node.imageId}${node.image ? '' : ' (deleted)'}`;
  return [line, ...node.children.flatMap((c) => outline(c, depth + 1))];
}

describe('lineageRoot', () => {
  it('is the original a copy records, for a copy of a copy too', () => {
    expect(lineageRoot(leaf, 'ap-beijing')).toEqual(ROOT);
    expect(lineageRoot(copy, 'ap-shanghai')).toEqual(ROOT);
  });
  it('is the image itself for an original, and the source for a copy that records no original', () => {
    expect(lineageRoot(original, 'ap-guangzhou')).toEqual(ROOT);
    const { LineageRoot: _root, ...old } = leaf;
    expect(lineageRoot(old, 'ap-beijing')).toEqual(at('img-copy0001', 'ap-shanghai'));
  });
});

describe('lineageTree', () => {
  const members = [
    { region: 'ap-beijing', image: leaf },
    { region: 'ap-chengdu', image: sibling },
    { region: 'ap-shanghai', image: copy },
    { region: 'ap-guangzhou', image: original },
  ];

  it('puts each copy under the image it was copied from, in the order they were made', () => {
    expect(outline(lineageTree(ROOT, members))).toEqual([
      'ap-guangzhou:img-original',
      '  ap-shanghai:img-copy0001',
      '    ap-beijing:img-leaf0001',
      '  ap-chengdu:img-sibling1',
    ]);
  });

  it('keeps the family when the original is gone: a placeholder at the top', () => {
    expect(outline(lineageTree(ROOT, members.slice(0, 3)))).toEqual([
      'ap-guangzhou:img-original (deleted)',
      '  ap-shanghai:img-copy0001',
      '    ap-beijing:img-leaf0001',
      '  ap-chengdu:img-sibling1',
    ]);
  });

  it('hangs a copy whose source is gone under the original', () => {
    expect(outline(lineageTree(ROOT, [members[0]!, members[3]!]))).toEqual([
      'ap-guangzhou:img-original',
      '  ap-beijing:img-leaf0001',
    ]);
  });

  it('survives a loop of CopiedFrom (data it did not write) by hanging it under the root', () => {
    const a = customImage({ ImageId: 'img-loopaaaa', CopiedFrom: at('img-loopbbbb', 'x'), LineageRoot: ROOT });
    const b = customImage({ ImageId: 'img-loopbbbb', CopiedFrom: at('img-loopaaaa', 'x'), LineageRoot: ROOT });
    const tree = lineageTree(ROOT, [
      { region: 'x', image: a },
      { region: 'x', image: b },
    ]);
    expect(outline(tree)).toEqual(['ap-guangzhou:img-original (deleted)', '  x:img-loopaaaa', '  x:img-loopbbbb']);
  });
});

describe('inLineage', () => {
  it('holds for the original and every image that records it, not for others', () => {
    expect([original, copy, leaf, sibling].every((i) => inLineage(i, ['img-original']))).toBe(true);
    expect(inLineage(customImage({ ImageId: 'img-other001' }), ['img-original'])).toBe(false);
    expect(inLineage(leaf, ['img-copy0001'])).toBe(false);
  });
});
