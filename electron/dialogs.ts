/** System file dialogs used by the API (open a text file, import files or a folder, choose where to export). */

import { dialog, type BrowserWindow } from 'electron';
import type { ExportFormat } from '../shared/export/export-request';
import type { UiLanguage } from '../shared/preferences';
import type { AgreementFileKind } from '../shared/schema/agreement-schema';
import type { ChartFileKind } from '../shared/schema/chart-export-schema';

const TITLES = {
  ar: {
    open: 'فتح ملف نصي',
    export: 'تصدير التوسيمات',
    text: 'ملفات نصية',
    json: 'JSON',
    importFiles: 'استيراد ملفات',
    importFolder: 'استيراد مجلد',
    articles: 'مقالات (نص، ماركداون، صفحات ويب، Word)',
    all: 'كل الملفات',
  },
  en: {
    open: 'Open a text file',
    export: 'Export annotations',
    text: 'Text files',
    json: 'JSON',
    importFiles: 'Import files',
    importFolder: 'Import a folder',
    articles: 'Articles (text, Markdown, web pages, Word)',
    all: 'All files',
  },
} as const;

/** Titles and filters of the export (any format) and import dialogs. */
const TRANSFER = {
  ar: {
    import: 'استيراد التوسيمات (Hamish JSON)',
    bratFolder: 'اسم مجلد brat الجديد',
    json: 'Hamish JSON',
    hamishJson: 'Hamish JSON ‏(‎.json)',
    w3c: 'W3C Web Annotation (JSON-LD)',
    csv: 'CSV',
    'claims-csv': 'CSV المطالبات',
    qdpx: 'مشروع REFI-QDA',
    qdc: 'دليل ترميز REFI-QDA',
    foreign: 'توسيمات أداة أخرى (brat، W3C، Label Studio، doccano، CoNLL)',
  },
  en: {
    import: 'Import annotations (Hamish JSON)',
    bratFolder: 'Name of the new brat folder',
    json: 'Hamish JSON',
    hamishJson: 'Hamish JSON (.json)',
    w3c: 'W3C Web Annotation (JSON-LD)',
    csv: 'CSV',
    'claims-csv': 'Claims CSV',
    qdpx: 'REFI-QDA project',
    qdc: 'REFI-QDA codebook',
    foreign: "Another tool's annotations (brat, W3C, Label Studio, doccano, CoNLL)",
  },
} as const;

/** Title and filter names of the chart export dialog (analysis view). */
const CHART = {
  ar: { title: 'تصدير الرسم أو بياناته', svg: 'صورة SVG', png: 'صورة PNG', csv: 'بيانات CSV' },
  en: { title: 'Export the chart or its data', svg: 'SVG image', png: 'PNG image', csv: 'CSV data' },
} as const;

const REPORT = {
  ar: { title: 'تصدير تقرير الاتفاق', csv: 'بيانات CSV', html: 'صفحة HTML' },
  en: { title: 'Export the agreement report', csv: 'CSV data', html: 'HTML page' },
} as const;

const FORMAT_EXTENSIONS = {
  json: ['json'],
  w3c: ['jsonld', 'json'],
  csv: ['csv'],
  'claims-csv': ['csv'],
  qdpx: ['qdpx'],
  qdc: ['qdc'],
} as const;

/**
 * `filter` (the kinds the command imports, shown first) and "All files": a
 * file named wrongly (an export saved as .txt, a .qdpx renamed .zip) can
 * still be picked, and the command then names what it is (file-kind.ts).
 */
function openFilters(filter: Electron.FileFilter, language: UiLanguage): Electron.FileFilter[] {
  return [filter, { name: TITLES[language].all, extensions: ['*'] }];
}

/**
 * Shows an open dialog for one file with `title` and `filter` then "All files"
 * (over `win` when there is one); resolves to the chosen path, or null when cancelled.
 */
async function openOne(
  win: BrowserWindow | null,
  title: string,
  filter: Electron.FileFilter,
  language: UiLanguage,
): Promise<string | null> {
  const filters = openFilters(filter, language);
  const options: Electron.OpenDialogOptions = { title, properties: ['openFile'], filters };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** A save dialog proposing `defaultName`, for files of `filter`; it asks before overwriting. */
async function saveOne(
  win: BrowserWindow | null,
  title: string,
  defaultName: string,
  filter: Electron.FileFilter,
): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title,
    defaultPath: defaultName,
    filters: [filter],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/**
 * The system dialogs, attached to `getWindow()` when there is one and titled in
 * `getLanguage()`; each resolves to the chosen path(s), or null when cancelled.
 */
export function createDialogs(getWindow: () => BrowserWindow | null, getLanguage: () => UiLanguage) {
  return {
    async chooseTextFile(): Promise<string | null> {
      const t = TITLES[getLanguage()];
      return openOne(getWindow(), t.open, { name: t.text, extensions: ['txt'] }, getLanguage());
    },
    async chooseImportFiles(): Promise<string[] | null> {
      const t = TITLES[getLanguage()];
      const win = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: t.importFiles,
        properties: ['openFile', 'multiSelections'],
        filters: openFilters(
          { name: t.articles, extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'xhtml', 'docx'] },
          getLanguage(),
        ),
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
    /** Save dialog for any export format; for brat the chosen name becomes a new folder. */
    async chooseExportTarget(defaultName: string, format: ExportFormat): Promise<string | null> {
      const t = TRANSFER[getLanguage()];
      const win = getWindow();
      const options: Electron.SaveDialogOptions = {
        title: format === 'brat' ? t.bratFolder : TITLES[getLanguage()].export,
        defaultPath: defaultName,
        filters: format === 'brat' ? [] : [{ name: t[format], extensions: [...FORMAT_EXTENSIONS[format]] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    /** Save dialog for a chart export of `kind` (svg, png or csv). */
    async chooseChartPath(defaultName: string, kind: ChartFileKind): Promise<string | null> {
      const t = CHART[getLanguage()];
      return saveOne(getWindow(), t.title, defaultName, { name: t[kind], extensions: [kind] });
    },
    /** Save dialog for the agreement report as `kind` (csv or html). */
    async chooseReportPath(defaultName: string, kind: AgreementFileKind): Promise<string | null> {
      const t = REPORT[getLanguage()];
      return saveOne(getWindow(), t.title, defaultName, { name: t[kind], extensions: [kind] });
    },
    async chooseQdpxFile(): Promise<string | null> {
      const t = TRANSFER[getLanguage()];
      return openOne(getWindow(), t.qdpx, { name: t.qdpx, extensions: ['qdpx'] }, getLanguage());
    },
    async chooseForeignFile(): Promise<string | null> {
      const t = TRANSFER[getLanguage()];
      const extensions = ['ann', 'txt', 'json', 'jsonld', 'jsonl', 'conll', 'iob', 'iob2', 'bio'];
      return openOne(getWindow(), t.foreign, { name: t.foreign, extensions }, getLanguage());
    },
    /** "Choose file and import…": it imports Hamish JSON only (.json; exports are .hamish.json); other kinds are named, not imported. */
    async chooseImportFile(): Promise<string | null> {
      const t = TRANSFER[getLanguage()];
      return openOne(getWindow(), t.import, { name: t.hamishJson, extensions: ['json'] }, getLanguage());
    },
  };
}
