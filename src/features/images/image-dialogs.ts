import type { Image } from '../../rules/images.ts';

/** Which dialog of the images page is open, and for which images. */
export type ImageDialog =
  | { kind: 'create' }
  | { kind: 'import' }
  | { kind: 'edit'; image: Image }
  | { kind: 'tags'; image: Image }
  | { kind: 'delete'; images: Image[] }
  | { kind: 'share'; image: Image }
  | { kind: 'cancel-share'; image: Image }
  | { kind: 'copy'; images: Image[] }
  | { kind: 'export'; image: Image };

/** What a dialog about one image of the images page is given (Edit, Edit tags). */
export interface ImageDialogProps {
  image: Image;
  region: string;
  onClose: () => void;
  onDone: () => void;
}
