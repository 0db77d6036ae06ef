/**
 * "Choose file and import…" given a file of another kind, each one a file
 * Hamish itself exported (REFI-QDA project, CSV, claims CSV, W3C JSON-LD,
 * brat .ann) or a real Arabic news page: the dialog names the kind and the
 * button that imports it, in Arabic and in English, and the library's files
 * stay byte for byte the same (fresh-user test 3 #3).
 */

import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createServices } from '../../electron/services/services';
import type { ExportFormat } from '../../shared/export/export-request';
import { expect, test } from './fixtures';
import { snapshot } from './folder-snapshot';
import { REPO_ROOT, type HamishApp } from './harness';
import type { UiLanguage } from '../../shared/preferences';

test.use({ launch: { viewport: { width: 1024, height: 700 } } });

/** The files Hamish exports of the app's library (the seeded sample with one annotation), and a news page. */
async function wrongFiles(app: HamishApp, dir: string): Promise<Record<string, string>> {
  const [meta] = await app.library.listArticles();
  const { text } = await app.library.getArticle(meta?.id ?? '');
  const start = Array.from(text.slice(0, text.indexOf('خليل الحية'))).length;
  await app.library.createAnnotation({ articleId: meta?.id ?? '', start, end: start + 10, tag: 'actor' });
  const services = createServices(app.library, { generator: 'Hamish (e2e)' });
  const files: Record<string, string> = {};
  for (const format of ['qdpx', 'csv', 'claims-csv', 'w3c', 'brat'] as ExportFormat[]) {
    files[format] = (await services.exporter.write({ format }, join(dir, `out-${format}`))).path;
  }
  const ann = (await readdir(files['brat'] ?? '')).find((name) => name.endsWith('.ann')) ?? '';
  files['brat'] = join(files['brat'] ?? '', ann);
  files['html'] = join(dir, 'cnn-arabic.html');
  await copyFile(join(REPO_ROOT, 'tests', 'fixtures', 'pages', 'cnn-arabic.ar.html'), files['html']);
  await app.library.flush();
  return files;
}

/** Picks `path` with "Choose file and import…" (`button`) and returns the dialog's refusal. */
async function refusalFor(app: HamishApp, path: string, button: string) {
  app.nextImportFile = path;
  const dialog = app.page.getByTestId('import-dialog');
  await dialog.getByRole('button', { name: button }).click();
  return dialog.getByRole('alert');
}

/** What the dialog says of each kind, in each language (the start of the sentence after "Nothing was imported:"). */
const EXPECTED: Record<UiLanguage, { button: string; prefix: string; kinds: Record<string, string> }> = {
  en: {
    button: 'Choose file and import…',
    prefix: 'Nothing was imported: ',
    kinds: {
      qdpx: 'this is a REFI\u2011QDA project (.qdpx), not Hamish JSON: import it with “Choose a REFI\u2011QDA project (.qdpx)…”.',
      csv: 'this is a CSV Hamish exported (one row per annotation): CSV is for spreadsheets and cannot be imported back; import the Hamish JSON export (.hamish.json) instead.',
      'claims-csv':
        'this is a claims CSV Hamish exported (one row per claim): it cannot be imported back; import the Hamish JSON export (.hamish.json), which holds the claims.',
      w3c: "this is a W3C Web Annotation file (JSON\u2011LD): import it with “Choose another annotator's file…”, format W3C; its articles must already be in this library.",
      brat: "this is a brat standoff file (.ann): import it with “Choose another annotator's file…”, format brat, with its .txt beside it.",
      html: 'this is a web page (HTML), not annotations: add it as an article with “Import articles…”.',
    },
  },
  ar: {
    button: 'اختيار ملف واستيراده…',
    prefix: 'لم يُستورد شيء: ',
    kinds: {
      qdpx: 'هذا مشروع \u2066REFI\u2011QDA (.qdpx)\u2069 وليس ملف \u2066JSON\u2069 من هامش: استورده بزر «اختيار مشروع \u2066REFI\u2011QDA (.qdpx)\u2069…».',
      csv: 'هذا ملف \u2066CSV\u2069 صدّره هامش (صف لكل توسيم)',
      'claims-csv': 'هذا ملف \u2066CSV\u2069 للمطالبات صدّره هامش (صف لكل مطالبة)',
      w3c: 'هذا ملف \u2066W3C Web Annotation (JSON\u2011LD)\u2069: استورده بزر «اختيار ملف من أداة توسيم أخرى…» بصيغة \u2066W3C\u2069',
      brat: 'هذا ملف \u2066brat (.ann)\u2069: استورده بزر «اختيار ملف من أداة توسيم أخرى…» بصيغة \u2066brat\u2069',
      html: 'هذه صفحة ويب (\u2066HTML\u2069) وليست توسيمات: أضفها مقالًا بزر «استيراد مقالات…».',
    },
  },
};

for (const language of ['ar', 'en'] as const) {
  test(`each wrong kind of file is named with the button that imports it (${language}), nothing changes`, async ({
    dir,
    launchApp,
    shotsDir,
  }) => {
    const libraryDir = join(dir, 'library');
    const app = await launchApp({ libraryDir, language, viewport: { width: 1024, height: 700 } });
    const files = await wrongFiles(app, dir);
    const before = await snapshot(libraryDir);
    const { button, prefix, kinds } = EXPECTED[language];
    await app.sendMenuCommand('import-annotations');
    for (const [kind, sentence] of Object.entries(kinds)) {
      const alert = await refusalFor(app, files[kind] ?? '', button);
      await expect(alert, kind).toContainText(prefix + sentence);
      if (kind === 'qdpx') {
        await app.page.getByTestId('import-dialog').screenshot({
          path: join(shotsDir, `import-wrong-kind-${language}.png`),
        });
      }
    }
    await app.library.flush();
    expect(await snapshot(libraryDir)).toEqual(before);
  });
}
