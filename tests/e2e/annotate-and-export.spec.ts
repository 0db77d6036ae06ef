/**
 * The whole path of the end-to-end issue in real Chromium against the real
 * library service: open the sample article, tag three passages with real
 * mouse selections, reload, find them highlighted, export, check the file.
 */

import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import schema from '../../shared/schema/generated/hamish-export-2.schema.json' with { type: 'json' };
import type { HamishApp } from './harness';
import { openArticle, waitForSaved } from './app-actions';
import { dragAndTag, dragSelect } from './mouse-selection';
import { expect, test } from './fixtures';

/** What CSS.highlights holds for one tag: the text of each registered range. */
function highlightedTexts(app: HamishApp, name: string) {
  return app.page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    return highlight ? [...highlight].map((r) => (r as Range).toString()) : [];
  }, name);
}

test('tags three passages by mouse, keeps them across a reload, and exports them', async ({ app, dir }) => {
  const { page } = app;
  await openArticle(page);
  await expect(page.getByTestId('article-text')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  // Actor › Person with the keyboard shortcuts 1, 1.
  await dragSelect(page, 'ستيف ويتكوف');
  await expect(page.getByTestId('tag-menu')).toBeVisible();
  await page.keyboard.press('1');
  await page.keyboard.press('1');
  await waitForSaved(page);

  // Demand › Prisoners with the mouse.
  await dragSelect(page, 'تبادل الأسرى والمعتقلين');
  await page.getByRole('menuitem', { name: /مطلب/ }).click();
  await page.getByRole('menuitem', { name: /الأسرى/ }).click();
  await expect(page.locator('.panel-item[data-tag="demand.prisoners"]')).toHaveCount(1);

  // Event › Truce/agreement with the shortcuts 3, 3.
  await dragAndTag(page, 'هدنة مؤقتة', ['3', '3']);
  await expect(page.locator('.panel-item')).toHaveCount(3);

  const expected = {
    'hamish-actor-person': ['ستيف ويتكوف'],
    'hamish-demand-prisoners': ['تبادل الأسرى والمعتقلين'],
    'hamish-event-truce': ['هدنة مؤقتة'],
  };
  for (const [name, texts] of Object.entries(expected))
    expect(await highlightedTexts(app, name)).toEqual(texts);
  // Shown before main has written them: reopen only what is on disk.
  await waitForSaved(page);

  // Closing and reopening: a fresh page over the same library shows the same highlights.
  await app.reload();
  await openArticle(page);
  await expect(page.locator('.panel-item')).toHaveCount(3);
  for (const [name, texts] of Object.entries(expected))
    expect(await highlightedTexts(app, name)).toEqual(texts);

  // Export through Article › Export this article's annotations…; the "save dialog" answers with a path in the temp folder.
  await app.sendMenuCommand('export-annotations');
  await expect(page.getByTestId('status')).toContainText('صُدِّرت التوسيمات');
  expect(app.exportedPaths).toHaveLength(1);
  const exported = JSON.parse(await readFile(app.exportedPaths[0] as string, 'utf8')) as {
    articles: {
      textSha256: string;
      annotations: { start: number; end: number; quote: string; tag: string }[];
    }[];
  };
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  expect(ajv.validate(schema, exported), ajv.errorsText()).toBe(true);

  const [meta] = (await app.library.listArticles()).filter((a) => a.title.includes('ويتكوف'));
  const article = await app.library.getArticle(meta?.id ?? '');
  expect(exported.articles[0]?.textSha256).toBe(
    createHash('sha256').update(article.text, 'utf8').digest('hex'),
  );
  const codePoints = [...article.text];
  const got = exported.articles[0]?.annotations.map((a) => ({
    tag: a.tag,
    quote: a.quote,
    sliced: codePoints.slice(a.start, a.end).join(''),
  }));
  expect(got).toEqual([
    { tag: 'actor.person', quote: 'ستيف ويتكوف', sliced: 'ستيف ويتكوف' },
    // Exported in text order: the truce comes before the exchange it included.
    { tag: 'event.truce', quote: 'هدنة مؤقتة', sliced: 'هدنة مؤقتة' },
    { tag: 'demand.prisoners', quote: 'تبادل الأسرى والمعتقلين', sliced: 'تبادل الأسرى والمعتقلين' },
  ]);
  expect(await readdir(dir)).toContain('library');
});

test('deleting an annotation from the side panel removes its highlight and its record', async ({ app }) => {
  const { page } = app;
  await openArticle(page);
  // 0 in a submenu tags the type itself (Actor, subtype not known).
  await dragAndTag(page, 'خليل الحية', ['1', '0']);
  await expect(page.locator('.panel-item')).toHaveCount(1);
  expect(await highlightedTexts(app, 'hamish-actor')).toEqual(['خليل الحية']);

  await page.getByRole('button', { name: 'حذف التوسيم «خليل الحية»' }).click();
  await expect(page.locator('.panel-item')).toHaveCount(0);
  expect(await highlightedTexts(app, 'hamish-actor')).toEqual([]);
  // The row goes at once; the record only once main has written the file.
  await waitForSaved(page);
  const [meta] = await app.library.listArticles();
  expect(await app.library.listAnnotations(meta?.id ?? '')).toEqual([]);
});
