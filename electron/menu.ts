/** The application menu, in the interface language; items send commands to the renderer. */

import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc-contract';
import type { UiLanguage } from '../shared/preferences';

const LABELS = {
  ar: {
    file: 'ملف',
    newArticle: 'مقال جديد…',
    openText: 'فتح ملف نصي…',
    importFiles: 'استيراد ملفات…',
    importFolder: 'استيراد مجلد…',
    export: 'تصدير التعليقات…',
    exportDialog: 'تصدير…',
    importAnnotations: 'استيراد التعليقات…',
    library: 'المكتبة',
    quit: 'خروج',
    edit: 'تحرير',
    view: 'عرض',
    language: 'اللغة',
    help: 'مساعدة',
  },
  en: {
    file: 'File',
    newArticle: 'New Article…',
    openText: 'Open Text File…',
    importFiles: 'Import Files…',
    importFolder: 'Import Folder…',
    export: 'Export Annotations…',
    exportDialog: 'Export…',
    importAnnotations: 'Import Annotations…',
    library: 'Library',
    quit: 'Quit',
    edit: 'Edit',
    view: 'View',
    language: 'Language',
    help: 'Help',
  },
} as const;

/**
 * The application menu in `language`; each command item calls `send` with its
 * MenuCommand (pushed to the renderer by main). `isMac` adds the app menu and
 * leaves Quit to it.
 */
export function buildMenu(language: UiLanguage, send: (command: MenuCommand) => void, isMac: boolean): Menu {
  const l = LABELS[language];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: l.file,
      submenu: [
        { label: l.newArticle, accelerator: 'CmdOrCtrl+N', click: () => send('new-article') },
        { label: l.openText, accelerator: 'CmdOrCtrl+O', click: () => send('open-text-file') },
        { label: l.importFiles, accelerator: 'CmdOrCtrl+I', click: () => send('import-files') },
        { label: l.importFolder, accelerator: 'CmdOrCtrl+Shift+O', click: () => send('import-folder') },
        { type: 'separator' },
        { label: l.export, accelerator: 'CmdOrCtrl+E', click: () => send('export-annotations') },
        { label: l.exportDialog, accelerator: 'CmdOrCtrl+Shift+E', click: () => send('export-dialog') },
        {
          label: l.importAnnotations,
          accelerator: 'CmdOrCtrl+Shift+I',
          click: () => send('import-annotations'),
        },
        { type: 'separator' },
        { label: l.library, accelerator: 'CmdOrCtrl+L', click: () => send('show-library') },
        ...(isMac ? [] : [{ type: 'separator' as const }, { label: l.quit, role: 'quit' as const }]),
      ],
    },
    { label: l.edit, role: 'editMenu' },
    {
      label: l.view,
      submenu: [
        {
          label: l.language,
          submenu: [
            {
              label: 'العربية',
              type: 'radio',
              checked: language === 'ar',
              click: () => send('set-language-ar'),
            },
            {
              label: 'English',
              type: 'radio',
              checked: language === 'en',
              click: () => send('set-language-en'),
            },
          ],
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: l.help, role: 'help', submenu: [{ role: 'about' }] },
  ];
  // buildFromTemplate is Electron's own factory for Menu instances.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  return Menu.buildFromTemplate(template);
}
