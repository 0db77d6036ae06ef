/** The commands the application menu sends to the renderer, kept apart from the IPC contract (which re-exports them). */

/**
 * Commands the application menu sends to the renderer ('menu-command'): the
 * app's (files, dialogs, views, language, undo) and the open article's.
 */
export const MENU_COMMANDS = [
  'new-article',
  'open-text-file',
  'export-annotations',
  'export-dialog',
  'import-annotations',
  'show-library',
  'set-language-ar',
  'set-language-en',
  'import-files',
  'import-folder',
  'show-backups',
  'undo',
  'redo',
  'find',
  'edit-scheme',
  'next-annotation',
  'previous-annotation',
  'tag-all-mentions',
  'delete-annotation',
  'show-shortcuts',
  'show-preferences',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
