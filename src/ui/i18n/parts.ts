// The UI's catalogue comes in parts, each loaded when it is needed: `main` with the console (the
// shell and the images page: the first page), `dialogs` with the dialogs that change images (they
// open from a custom or shared image, or from an instance), `pages` with the pages loaded on demand
// (an image's page, the instances and the wizard, and what a change to an image touches, which its
// dialogs load as they open), so the first page does not download their words.
// A message's part follows from its key; i18n.test.ts checks that a `pages` or `dialogs` message is
// said only in those modules, which render inside <MessagesOf part="pages"> or <MessagesOf
// part="dialogs"> (./I18n.tsx).

export const catalogueParts = ['main', 'dialogs', 'pages'] as const;
export type CataloguePart = (typeof catalogueParts)[number];

const pagesPrefixes = ['details.', 'instances.', 'wizard.', 'picker.', 'impact.', 'lineage.'];
const dialogsPrefixes = [
  'share.',
  'cancelShare.',
  'copy.',
  'exportImage.',
  'importImage.',
  'createImage.',
  'deleteImage.',
  'editImage.',
  'editTags.',
  'tags.',
  'form.',
];
/** Messages of the dialogs' words said outside them too: by the buttons that open them, the operations, the wizard. */
const saidOutsideDialogs = new Set([
  'createImage.title',
  'createImage.loadingInstances',
  'importImage.title',
  'exportImage.files',
  'form.name',
]);

export function partOf(key: string): CataloguePart {
  if (pagesPrefixes.some((prefix) => key.startsWith(prefix))) return 'pages';
  if (dialogsPrefixes.some((prefix) => key.startsWith(prefix)) && !saidOutsideDialogs.has(key)) return 'dialogs';
  return 'main';
}

/** The messages of one part of a catalogue. */
export function partOfCatalogue<K extends string>(
  catalogue: Record<K, string>,
  part: CataloguePart,
): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(catalogue).filter(([key]) => partOf(key) === part)) as Record<
    K,
    string
  >;
}
