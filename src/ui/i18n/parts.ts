// The UI's catalogue comes in parts, each loaded when a page needs it: `main` with the console (the
// shell, the images page and its dialogs: the first page), `pages` with the pages loaded on demand
// (an image's page, the instances and the wizard, and what a change to an image touches, which its
// dialogs load as they open), so the first page does not download their words.
// A message's part follows from its key; i18n.test.ts checks that a `pages` message is said only
// in those pages' modules, which render inside <MessagesOf part="pages"> (./I18n.tsx).

export const catalogueParts = ['main', 'pages'] as const;
export type CataloguePart = (typeof catalogueParts)[number];

const pagesPrefixes = ['details.', 'instances.', 'wizard.', 'picker.', 'impact.', 'lineage.'];

export function partOf(key: string): CataloguePart {
  return pagesPrefixes.some((prefix) => key.startsWith(prefix)) ? 'pages' : 'main';
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
