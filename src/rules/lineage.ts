import { destinationViolation } from './copy.ts';
import type { Image } from './images.ts';
import { regions } from './regions.ts';

// An image's lineage: the original and every copy made from it or from its copies, across regions.
// A copy records the image it was copied from (CopiedFrom) and the original its line started from
// (LineageRoot, kept when the original is deleted), so the family is found by one question per
// region (the `lineage` filter) and put back in order here, on both sides.

export interface ImageAt {
  ImageId: string;
  Region: string;
}

type Lineal = Pick<Image, 'ImageId' | 'CopiedFrom' | 'LineageRoot'>;

/**
 * Where an image's line of copies started: the original it records, else the image it was copied
 * from (an image copied before originals were recorded), else itself.
 */
export function lineageRoot(image: Lineal, region: string): ImageAt {
  return image.LineageRoot ?? image.CopiedFrom ?? { ImageId: image.ImageId, Region: region };
}

/** One image of a lineage; `image` is null for an original that no longer exists. */
export interface LineageNode<T extends Lineal = Image> {
  imageId: string;
  region: string;
  image: T | null;
  children: LineageNode<T>[];
}

/**
 * The family tree under `root` from its members (the root among them, unless it was deleted): each
 * copy under the image it was copied from, or, when that image is gone, under the root. Children in
 * the order they were made (the order members come in for ties).
 */
export function lineageTree<T extends Lineal & Pick<Image, 'CreatedTime'>>(
  root: ImageAt,
  members: readonly { region: string; image: T }[],
): LineageNode<T> {
  const nodes = new Map<string, LineageNode<T>>();
  for (const { region, image } of members)
    nodes.set(image.ImageId, { imageId: image.ImageId, region, image, children: [] });
  const top = nodes.get(root.ImageId) ?? { imageId: root.ImageId, region: root.Region, image: null, children: [] };
  const placed = new Set<string>([top.imageId]);
  // Attach each member under its parent when the parent is in the family and the chain up from it
  // reaches the root (a chain that loops or breaks hangs under the root instead).
  const reachesRoot = (id: string, seen = new Set<string>()): boolean => {
    if (id === top.imageId) return true;
    const parent = nodes.get(id)?.image?.CopiedFrom?.ImageId;
    if (!parent || seen.has(id)) return false;
    seen.add(id);
    return reachesRoot(parent, seen);
  };
  for (const node of nodes.values()) {
    if (placed.has(node.imageId)) continue;
    const parentId = node.image?.CopiedFrom?.ImageId;
    const parent = parentId && reachesRoot(parentId) ? (nodes.get(parentId) ?? top) : top;
    parent.children.push(node);
    placed.add(node.imageId);
  }
  const order = (node: LineageNode<T>) => {
    node.children.sort((a, b) => (a.image?.CreatedTime ?? '').localeCompare(b.image?.CreatedTime ?? ''));
    node.children.forEach(order);
  };
  order(top);
  return top;
}

/** Whether an image belongs to the lineage started by one of `roots` (the `lineage` filter). */
export function inLineage(image: Lineal, roots: readonly string[]): boolean {
  return (
    roots.includes(image.ImageId) || (image.LineageRoot !== undefined && roots.includes(image.LineageRoot.ImageId))
  );
}

/**
 * The regions an image's family can be in: its own and those it can be copied to. Every copy goes
 * where its source may copy to, and that relation keeps to one group of regions (mainland, finance,
 * outside), so the family never leaves the group.
 */
export function lineageRegions(regionId: string): string[] {
  return regions.filter((r) => r.id === regionId || !destinationViolation(regionId, r.id)).map((r) => r.id);
}
