import type { Image } from '../../rules/images.ts';
import type { Translate } from '../../ui/i18n/translator.ts';

/** Where an image came from, in the person's language. */
export function sourceLabel(t: Translate, image: Pick<Image, 'ImageSource' | 'CopiedFrom'>): string {
  if (image.CopiedFrom) return t('source.copiedFrom', { region: t.region(image.CopiedFrom.Region) });
  if (image.ImageSource === 'EXTERNAL_IMPORT') return t('source.imported');
  if (image.ImageSource === 'CREATE_IMAGE') return t('source.created');
  return t('source.official');
}
