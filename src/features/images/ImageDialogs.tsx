import { MessagesOf } from '../../ui/i18n/I18n.tsx';
import { CopyDialog } from '../copy/CopyDialog.tsx';
import { ExportImageDialog } from '../export/ExportImageDialog.tsx';
import { CancelShareDialog } from '../share/CancelShareDialog.tsx';
import { ShareDialog } from '../share/ShareDialog.tsx';
import { CreateImageDialog } from './CreateImageDialog.tsx';
import { DeleteImagesDialog } from './DeleteImagesDialog.tsx';
import { EditImageDialog } from './EditImageDialog.tsx';
import { EditTagsDialog } from './EditTagsDialog.tsx';
import type { ImageDialog } from './image-dialogs.ts';
import { ImportImageDialog } from './ImportImageDialog.tsx';

interface Props {
  dialog: ImageDialog;
  region: string;
  onClose: () => void;
  onDone: () => void;
}

/**
 * Every dialog of the images page, in one chunk that loads when the first dialog opens, with the
 * `dialogs` part of the catalogue (the opener asks for both at once: t.need).
 */
export default function ImageDialogs(props: Props) {
  return (
    <MessagesOf part="dialogs">
      <Dialog {...props} />
    </MessagesOf>
  );
}

function Dialog({ dialog, region, onClose, onDone }: Props) {
  const common = { region, onClose, onDone };
  switch (dialog.kind) {
    case 'create':
      return <CreateImageDialog {...common} />;
    case 'import':
      return <ImportImageDialog {...common} />;
    case 'edit':
      return <EditImageDialog image={dialog.image} {...common} />;
    case 'tags':
      return <EditTagsDialog image={dialog.image} {...common} />;
    case 'delete':
      return <DeleteImagesDialog images={dialog.images} {...common} />;
    case 'share':
      return <ShareDialog image={dialog.image} {...common} />;
    case 'cancel-share':
      return <CancelShareDialog image={dialog.image} {...common} />;
    case 'copy':
      return <CopyDialog images={dialog.images} {...common} />;
    case 'export':
      return <ExportImageDialog image={dialog.image} {...common} />;
  }
}
