import type { Image } from '../../rules/images.ts';
import { regionLabel } from '../../rules/regions.ts';

export function sourceLabel(image: Pick<Image, 'ImageSource' | 'CopiedFrom'>): string {
  if (image.CopiedFrom) return `Copied from ${regionLabel(image.CopiedFrom.Region)}`;
  if (image.ImageSource === 'EXTERNAL_IMPORT') return 'Imported';
  if (image.ImageSource === 'CREATE_IMAGE') return 'Created from instance';
  return 'Official';
}
