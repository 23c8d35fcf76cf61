import type { Image } from '../../rules/images.ts';
import { regionLabel } from '../../rules/regions.ts';

export function sourceLabel(image: Pick<Image, 'ImageSource' | 'CopiedFrom'>): string {
  if (image.CopiedFrom) return `Copied from ${regionLabel(image.CopiedFrom.Region)}`;
  if (image.ImageSource === 'EXTERNAL_IMPORT') return 'Imported';
  if (image.ImageSource === 'CREATE_IMAGE') return 'Created from instance';
  return 'Official';
}

// Built on first use: constructing a formatter is slow, and the first paint needs none.
let dateFormat: Intl.DateTimeFormat | undefined;

export function formatTime(iso: string): string {
  const t = Date.parse(iso);
  dateFormat ??= new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
  return Number.isNaN(t) ? iso : dateFormat.format(t);
}

export function launchHref(region: string, imageId: string): string {
  return `/instances/create?region=${encodeURIComponent(region)}&imageId=${encodeURIComponent(imageId)}&step=image`;
}
