import type { Architecture, Image, ImageState } from '../rules/images.ts';

// The messages that name an image's architecture, state, type and source, by value.

export const architectureKeys = {
  x86_64: 'arch.x86_64',
  i386: 'arch.i386',
  arm: 'arch.arm',
} as const satisfies Record<Architecture, string>;

export const stateKeys = {
  NORMAL: 'state.NORMAL',
  CREATING: 'state.CREATING',
  CREATEFAILED: 'state.CREATEFAILED',
  SYNCING: 'state.SYNCING',
  IMPORTING: 'state.IMPORTING',
  IMPORTFAILED: 'state.IMPORTFAILED',
} as const satisfies Record<ImageState, string>;

export const imageTypeKeys = {
  PUBLIC_IMAGE: 'imageType.PUBLIC_IMAGE',
  PRIVATE_IMAGE: 'imageType.PRIVATE_IMAGE',
  SHARED_IMAGE: 'imageType.SHARED_IMAGE',
  MARKET_IMAGE: 'imageType.MARKET_IMAGE',
} as const satisfies Record<Image['ImageType'], string>;
