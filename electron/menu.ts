/**
 * The application menu (File, Edit, View, Article, Help) in the interface
 * language: every command of the app with its shortcut, each item sending its
 * typed MenuCommand to the renderer ('menu-command' push). Rebuilt by main
 * when the language changes. Keys the page already handles itself (undo in
 * text fields, the reader's single-letter keys) are shown beside their item
 * but left to the page (registerAccelerator: false), so one key press never
 * runs an action twice.
 */

import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc-contract';
import type { UiLanguage } from '../shared/preferences';
import { LANGUAGE_NAMES, MENU_TITLES, MENU_WORDS, type LabelledRole, type MenuTitle } from './menu-labels';

type WordedCommand = keyof (typeof MENU_WORDS)['en']['commands'];

/** One line of a menu: a command with its shortcut, a built-in role, the language list, or a separator. */
type Entry =
  | { command: WordedCommand; accelerator?: string; page?: true }
  | { role: LabelledRole; accelerator?: string }
  | 'languages'
  | '-';

/** The menus' contents. `page: true` marks a key the page handles: shown, not registered. */
const LAYOUT: Record<MenuTitle, readonly Entry[]> = {
  file: [
    { command: 'new-article', accelerator: 'CmdOrCtrl+N' },
    { command: 'open-text-file', accelerator: 'CmdOrCtrl+O' },
    { command: 'import-files', accelerator: 'CmdOrCtrl+I' },
    { command: 'import-folder', accelerator: 'CmdOrCtrl+Shift+O' },
    '-',
    { command: 'import-annotations', accelerator: 'CmdOrCtrl+Shift+I' },
    { command: 'export-dialog', accelerator: 'CmdOrCtrl+Shift+E' },
    '-',
    { command: 'show-backups', accelerator: 'CmdOrCtrl+Shift+B' },
  ],
  edit: [
    { command: 'undo', accelerator: 'CmdOrCtrl+Z', page: true },
    { command: 'redo', accelerator: 'CmdOrCtrl+Shift+Z', page: true },
    '-',
    { role: 'cut', accelerator: 'CmdOrCtrl+X' },
    { role: 'copy', accelerator: 'CmdOrCtrl+C' },
    { role: 'paste', accelerator: 'CmdOrCtrl+V' },
    { role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
    '-',
    { command: 'find', accelerator: 'CmdOrCtrl+F' },
    { command: 'edit-scheme', accelerator: 'CmdOrCtrl+K' },
    { command: 'show-preferences', accelerator: 'CmdOrCtrl+,' },
  ],
  view: [
    { command: 'show-library', accelerator: 'CmdOrCtrl+L' },
    'languages',
    '-',
    { role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
    { role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
    { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
    '-',
    { role: 'togglefullscreen', accelerator: 'F11' },
  ],
  article: [
    { command: 'export-annotations', accelerator: 'CmdOrCtrl+E' },
    '-',
    { command: 'next-annotation', accelerator: ']', page: true },
    { command: 'previous-annotation', accelerator: '[', page: true },
    { command: 'tag-all-mentions', accelerator: 'M', page: true },
    { command: 'delete-annotation', accelerator: 'Delete', page: true },
  ],
  help: [{ command: 'show-shortcuts', accelerator: 'F1' }, '-', { role: 'about' }],
};

/** A key with no modifier: macOS ignores registerAccelerator, so there it would swallow typing. */
const isBareKey = (accelerator: string): boolean =>
  !accelerator.includes('+') && !/^F\d+$/u.test(accelerator);

function item(
  entry: Entry,
  language: UiLanguage,
  send: (command: MenuCommand) => void,
  isMac: boolean,
): MenuItemConstructorOptions {
  const words = MENU_WORDS[language];
  if (entry === '-') return { type: 'separator' };
  if (entry === 'languages') {
    return {
      label: words.language,
      submenu: (['ar', 'en'] as const).map((l) => ({
        label: LANGUAGE_NAMES[l],
        type: 'radio' as const,
        checked: language === l,
        click: () => send(l === 'ar' ? 'set-language-ar' : 'set-language-en'),
      })),
    };
  }
  if ('role' in entry)
    return { role: entry.role, label: words.roles[entry.role], accelerator: entry.accelerator };
  const { command, accelerator, page } = entry;
  const shown = accelerator !== undefined && !(isMac && page && isBareKey(accelerator));
  return {
    label: words.commands[command],
    ...(shown ? { accelerator } : {}),
    ...(shown && page ? { registerAccelerator: false } : {}),
    click: () => send(command),
  };
}

/**
 * The menu template in `language`: File, Edit, View, Article, Help (on macOS
 * after the app menu, which then holds Quit). Each command item calls `send`
 * with its MenuCommand; main pushes it to the renderer.
 */
export function menuTemplate(
  language: UiLanguage,
  send: (command: MenuCommand) => void,
  isMac: boolean,
): MenuItemConstructorOptions[] {
  const words = MENU_WORDS[language];
  const menus = MENU_TITLES.map((title): MenuItemConstructorOptions => {
    const submenu = LAYOUT[title].map((entry) => item(entry, language, send, isMac));
    if (title === 'file' && !isMac) {
      submenu.push(
        { type: 'separator' },
        { role: 'quit', label: words.roles.quit, accelerator: 'CmdOrCtrl+Q' },
      );
    }
    return { label: words.titles[title], ...(title === 'help' ? { role: 'help' as const } : {}), submenu };
  });
  return [...(isMac ? [{ role: 'appMenu' as const }] : []), ...menus];
}

/** The application menu built from menuTemplate (see there). */
export function buildMenu(language: UiLanguage, send: (command: MenuCommand) => void, isMac: boolean): Menu {
  // buildFromTemplate is Electron's own factory for Menu instances.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  return Menu.buildFromTemplate(menuTemplate(language, send, isMac));
}
