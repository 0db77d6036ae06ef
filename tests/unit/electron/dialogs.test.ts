/**
 * electron/dialogs.ts with Electron mocked: each system dialog opens with its
 * filters, properties and default name, titled in the interface language,
 * attached to the window when there is one; a cancel answers null.
 */

import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDialogs } from '../../../electron/dialogs';
import type { UiLanguage } from '../../../shared/preferences';
import { BrowserWindow as FakeWindow, dialog, resetElectronFake } from './electron-fake';

beforeEach(resetElectronFake);

function dialogs(language: UiLanguage = 'en', withWindow = true) {
  const win = withWindow ? (new FakeWindow({}) as unknown as BrowserWindow) : null;
  return {
    win,
    d: createDialogs(
      () => win,
      () => language,
    ),
  };
}

/** The options of the last open/save dialog, and the window it was attached to. */
function lastOpen(): { parent: unknown; options: OpenDialogOptions } {
  const args = dialog.showOpenDialog.mock.calls.at(-1) ?? [];
  return args.length === 2
    ? { parent: args[0], options: args[1] as OpenDialogOptions }
    : { parent: null, options: args[0] as OpenDialogOptions };
}
function lastSave(): { parent: unknown; options: SaveDialogOptions } {
  const args = dialog.showSaveDialog.mock.calls.at(-1) ?? [];
  return args.length === 2
    ? { parent: args[0], options: args[1] as SaveDialogOptions }
    : { parent: null, options: args[0] as SaveDialogOptions };
}

const picked = (...filePaths: string[]) => Promise.resolve({ canceled: false, filePaths });
const saved = (filePath: string) => Promise.resolve({ canceled: false, filePath });

describe('open dialogs', () => {
  it('text file: one .txt file, attached to the window', async () => {
    const { win, d } = dialogs();
    dialog.showOpenDialog.mockReturnValueOnce(picked('/home/u/خبر.txt'));
    await expect(d.chooseTextFile()).resolves.toBe('/home/u/خبر.txt');
    const { parent, options } = lastOpen();
    expect(parent).toBe(win);
    expect(options).toMatchObject({
      title: 'Open a text file',
      properties: ['openFile'],
      filters: [
        { name: 'Text files', extensions: ['txt'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
  });

  it('import files: several text, Markdown, web pages and Word documents', async () => {
    const { d } = dialogs();
    dialog.showOpenDialog.mockReturnValueOnce(picked('/a.md', '/b.html'));
    await expect(d.chooseImportFiles()).resolves.toEqual(['/a.md', '/b.html']);
    expect(lastOpen().options).toMatchObject({
      properties: ['openFile', 'multiSelections'],
      filters: [
        {
          name: 'Articles (text, Markdown, web pages, Word)',
          extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'xhtml', 'docx'],
        },
        { name: 'All files', extensions: ['*'] },
      ],
    });
  });

  it('import folder: a directory', async () => {
    const { d } = dialogs();
    dialog.showOpenDialog.mockReturnValueOnce(picked('/home/u/news'));
    await expect(d.chooseImportFolder()).resolves.toBe('/home/u/news');
    expect(lastOpen().options).toMatchObject({ title: 'Import a folder', properties: ['openDirectory'] });
  });

  it('import annotations: Hamish JSON first, then All files for a wrongly named file', async () => {
    const { d } = dialogs();
    dialog.showOpenDialog.mockReturnValueOnce(picked('/x.json'));
    await expect(d.chooseImportFile()).resolves.toBe('/x.json');
    expect(lastOpen().options).toEqual({
      title: 'Import annotations (Hamish JSON)',
      properties: ['openFile'],
      filters: [
        { name: 'Hamish JSON (.json)', extensions: ['json'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
  });

  it.each([
    ['en', 'All files', 'Hamish JSON (.json)'],
    ['ar', 'كل الملفات', 'Hamish JSON \u200f(\u200e.json)'],
  ] as const)('every open dialog of one file ends with All files (%s)', async (language, all, json) => {
    const { d } = dialogs(language);
    const opens = [
      () => d.chooseTextFile(),
      () => d.chooseImportFiles(),
      () => d.chooseQdpxFile(),
      () => d.chooseForeignFile(),
      () => d.chooseImportFile(),
    ];
    for (const open of opens) {
      await open();
      const filters = lastOpen().options.filters ?? [];
      expect(filters).toHaveLength(2);
      expect(filters[1]).toEqual({ name: all, extensions: ['*'] });
    }
    expect(lastOpen().options.filters?.[0]).toEqual({ name: json, extensions: ['json'] });
    await d.chooseQdpxFile();
    expect(lastOpen().options.filters?.[0]?.extensions).toEqual(['qdpx']);
    await d.chooseForeignFile();
    expect(lastOpen().options.filters?.[0]?.extensions).toEqual(
      expect.arrayContaining(['ann', 'jsonld', 'jsonl', 'conll']),
    );
  });

  it('answers null on cancel (and on an empty pick)', async () => {
    const { d } = dialogs();
    await expect(d.chooseTextFile()).resolves.toBeNull();
    await expect(d.chooseImportFolder()).resolves.toBeNull();
    await expect(d.chooseImportFile()).resolves.toBeNull();
    dialog.showOpenDialog.mockReturnValueOnce(picked());
    await expect(d.chooseImportFiles()).resolves.toBeNull();
  });

  it('opens without a parent when there is no window', async () => {
    const { d } = dialogs('en', false);
    await d.chooseTextFile();
    expect(dialog.showOpenDialog.mock.calls.at(-1)).toHaveLength(1);
  });

  it('is titled in Arabic when the interface is Arabic', async () => {
    const { d } = dialogs('ar');
    await d.chooseTextFile();
    expect(lastOpen().options).toMatchObject({ title: 'فتح ملف نصي' });
    expect(lastOpen().options.filters?.[0]?.name).toBe('ملفات نصية');
    await d.chooseImportFiles();
    expect(lastOpen().options.title).toBe('استيراد ملفات');
  });
});

describe('save dialogs', () => {
  it('export annotations: proposes the default name, asks before overwriting', async () => {
    const { d } = dialogs();
    dialog.showSaveDialog.mockReturnValueOnce(saved('/out/مقال.hamish.json'));
    await expect(d.chooseExportPath('مقال.hamish.json')).resolves.toBe('/out/مقال.hamish.json');
    expect(lastSave().options).toMatchObject({
      title: 'Export annotations',
      defaultPath: 'مقال.hamish.json',
      filters: [{ extensions: ['json'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
  });

  it.each([
    ['json', 'Hamish JSON', ['json']],
    ['w3c', 'W3C Web Annotation (JSON-LD)', ['jsonld', 'json']],
    ['csv', 'CSV', ['csv']],
  ] as const)('export target %s: its own filter', async (format, name, extensions) => {
    const { d } = dialogs();
    await d.chooseExportTarget(`library.${format}`, format);
    expect(lastSave().options).toMatchObject({
      defaultPath: `library.${format}`,
      filters: [{ name, extensions }],
    });
    expect(lastSave().options.properties).toContain('showOverwriteConfirmation');
  });

  it.each([
    ['en', 'csv', 'Export the agreement report', 'CSV data'],
    ['ar', 'html', 'تصدير تقرير الاتفاق', 'صفحة HTML'],
  ] as const)(
    'agreement report (%s, %s): its own title and filter, asks before overwriting',
    async (language, kind, title, name) => {
      const { win, d } = dialogs(language);
      dialog.showSaveDialog.mockReturnValueOnce(saved(`/out/agreement-report.${kind}`));
      await expect(d.chooseReportPath(`agreement-report.${kind}`, kind)).resolves.toBe(
        `/out/agreement-report.${kind}`,
      );
      const { parent, options } = lastSave();
      expect(parent).toBe(win);
      expect(options).toMatchObject({
        title,
        defaultPath: `agreement-report.${kind}`,
        filters: [{ name, extensions: [kind] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      });
    },
  );

  it('export target brat: names a new folder, no filter; Arabic title', async () => {
    const { d } = dialogs('ar');
    await d.chooseExportTarget('library-brat', 'brat');
    expect(lastSave().options).toMatchObject({ title: 'اسم مجلد brat الجديد', filters: [] });
  });

  it('answers null on cancel', async () => {
    const { d } = dialogs();
    await expect(d.chooseExportPath('a.json')).resolves.toBeNull();
    await expect(d.chooseExportTarget('a.csv', 'csv')).resolves.toBeNull();
  });
});
