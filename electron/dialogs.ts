/** System file dialogs used by the API (open a text file, import files or a folder, choose where to export). */

import { dialog, type BrowserWindow } from 'electron';
import type { UiLanguage } from '../shared/preferences';

const TITLES = {
  ar: {
    open: 'فتح ملف نصي',
    export: 'تصدير التعليقات',
    text: 'ملفات نصية',
    json: 'JSON',
    importFiles: 'استيراد ملفات',
    importFolder: 'استيراد مجلد',
    articles: 'مقالات (نص، ماركداون، صفحات ويب)',
  },
  en: {
    open: 'Open a text file',
    export: 'Export annotations',
    text: 'Text files',
    json: 'JSON',
    importFiles: 'Import files',
    importFolder: 'Import a folder',
    articles: 'Articles (text, Markdown, web pages)',
  },
} as const;

export function createDialogs(getWindow: () => BrowserWindow | null, getLanguage: () => UiLanguage) {
  return {
    async chooseTextFile(): Promise<string | null> {
      const t = TITLES[getLanguage()];
      const win = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: t.open,
        properties: ['openFile'],
        filters: [{ name: t.text, extensions: ['txt'] }],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseImportFiles(): Promise<string[] | null> {
      const t = TITLES[getLanguage()];
      const win = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: t.importFiles,
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: t.articles, extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'xhtml'] }],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    async chooseImportFolder(): Promise<string | null> {
      const t = TITLES[getLanguage()];
      const win = getWindow();
      const options: Electron.OpenDialogOptions = { title: t.importFolder, properties: ['openDirectory'] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseExportPath(defaultName: string): Promise<string | null> {
      const t = TITLES[getLanguage()];
      const win = getWindow();
      const options: Electron.SaveDialogOptions = {
        title: t.export,
        defaultPath: defaultName,
        filters: [{ name: t.json, extensions: ['json'] }],
        // Never overwrite a user's file without asking.
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
