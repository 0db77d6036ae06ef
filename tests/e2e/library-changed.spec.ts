/**
 * The Library list follows changes main makes on its own (the 'library-changed'
 * push, electron/library-pushes.ts), in real Chromium over a real library of
 * Arabic articles: while the list is shown, main's list is replaced whole (a
 * 'reset': here a backup restore made by main, the same event the background
 * load emits when it rebuilds index.json after an open from its head, see
 * tests/unit/electron/library-pushes.test.ts); the rows shown follow without a reload.
 */

import { join } from 'node:path';
import { Library } from '../../electron/services/library/library';
import { expect, test } from './fixtures';

const ARTICLES: [string, string][] = [
  ['الوسطاء يبحثون صفقة جديدة', 'قال مسؤول مصري إن الوسطاء يبحثون صفقة جديدة تشمل تبادل الأسرى ووقف القتال.'],
  ['عائلات المحتجزين تتظاهر', 'تظاهرت عائلات المحتجزين مطالبة الحكومة بإتمام تبادل الاسرى دون تأخير.'],
];
const LATE = 'بيان الحركة بعد جولة المفاوضات';

test.use({
  launch: { seedSample: false },
  libraryDir: async ({ dir }, use) => {
    const libraryDir = join(dir, 'library');
    // No backup now: the app's open makes the day's backup, holding these two articles.
    const library = await Library.open(libraryDir, { dailyBackup: false });
    for (const [title, text] of ARTICLES) await library.addArticle({ title, text, language: 'ar' });
    await library.close();
    await use(libraryDir);
  },
});

test('the Library list follows a list main replaced on its own, without a reload', async ({ app }) => {
  const rows = app.page.getByTestId('library-table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await app.library.addArticle({
    title: LATE,
    text: 'أكدت الحركة في بيانها أن المفاوضات مستمرة.',
    language: 'ar',
  });
  await app.reload();
  await expect(rows).toHaveCount(3);
  await expect(app.page.getByTestId('library-table')).toContainText(LATE);

  const backups = await app.library.listBackups();
  expect(backups).toHaveLength(1);
  await app.library.restoreBackup(backups[0]?.name ?? '');
  expect(app.library.allMeta().map((m) => m.title)).not.toContain(LATE);
  await expect(rows).toHaveCount(2);
  await expect(app.page.getByTestId('library-table')).not.toContainText(LATE);
  for (const [title] of ARTICLES) await expect(app.page.getByTestId('library-table')).toContainText(title);
});
