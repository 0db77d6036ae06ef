/**
 * The twin-merge warning and status line in the English interface, where
 * the quote and the article title are Arabic (fresh-user test 4): each is
 * drawn as its own isolated run, so the line reads left to right as written —
 * «quote» with its guillemets around it, the Arabic title inside its quotes,
 * then ": 2 become one" — and bidi does not pull the count into the title or
 * turn the guillemets round. Measured glyph by glyph in Chromium at 1024×700,
 * after real mouse drags and clicks through the scheme editor.
 */

import type { Locator } from '@playwright/test';
import { openArticle, SAMPLE_TITLE, waitForSaved } from './app-actions';
import { dragAndTag } from './mouse-selection';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1024, height: 700 }, language: 'en' } });

const PHRASE = 'خليل الحية';

/** The left edge of each listed piece of `el`'s text, as drawn (searched in its text, in order, from the last piece found). */
function lefts(el: Locator, pieces: string[]): Promise<number[]> {
  return el.evaluate((node, wanted) => {
    const text = node.textContent;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; from: number }[] = [];
    let offset = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, from: offset });
      offset += n.textContent?.length ?? 0;
    }
    // A piece may span text nodes (isolated runs): start in the node holding
    // its first character, end in the node holding its last.
    const rectAt = (index: number, length: number) => {
      const first = nodes.findLast((n) => n.from <= index);
      const last = nodes.findLast((n) => n.from < index + length);
      if (!first || !last) throw new Error(`no text at ${index}`);
      const range = document.createRange();
      range.setStart(first.node, index - first.from);
      range.setEnd(last.node, index + length - last.from);
      return range.getBoundingClientRect().left;
    };
    let from = 0;
    return wanted.map((piece) => {
      const index = text.indexOf(piece, from);
      if (index < 0) throw new Error(`«${piece}» not in «${text}»`);
      from = index + piece.length;
      return rectAt(index, piece.length);
    });
  }, pieces);
}

/** Expects the pieces drawn from left to right in the order given. */
async function expectLeftToRight(el: Locator, pieces: string[]): Promise<void> {
  const xs = await lefts(el, pieces);
  for (let i = 1; i < xs.length; i++) {
    expect(xs[i] ?? 0, `«${pieces[i] ?? ''}» after «${pieces[i - 1] ?? ''}»`).toBeGreaterThan(xs[i - 1] ?? 0);
  }
}

test('an Arabic quote and title in the English merge warning and status read in order', async ({ app }) => {
  const { page } = app;
  await openArticle(page);
  for (const keys of [
    ['1', '1'],
    ['1', '2'],
  ]) {
    await dragAndTag(page, PHRASE, keys);
    await waitForSaved(page);
    await page.keyboard.press('Escape');
  }
  await page.getByRole('button', { name: 'Tag scheme' }).click();
  const scheme = page.getByRole('dialog', { name: 'Tag scheme' });
  await scheme.getByRole('button', { name: 'Remove “Person”' }).click();
  const remove = scheme.getByRole('group', { name: /Remove “Person”/ });
  await remove.getByRole('combobox').selectOption({ label: 'Move to “Actor: Organisation”' });
  await remove.getByRole('button', { name: 'Remove', exact: true }).click();
  await scheme.getByRole('button', { name: 'Save scheme' }).click();

  const item = scheme.getByTestId('merge-warning').getByRole('listitem');
  await expect(item).toHaveCount(1);
  const [meta] = await app.library.listArticles();
  expect(meta?.title).toContain(SAMPLE_TITLE);
  // «quote» as “tag” in “title”: 2 become one — each piece right of the one before.
  await expectLeftToRight(item, [
    '«',
    PHRASE,
    '»',
    ' as ',
    'Actor: Organisation',
    ' in “',
    SAMPLE_TITLE,
    '”: ',
    '2',
    'become one',
  ]);

  await scheme.getByRole('button', { name: 'Save and merge' }).click();
  await expect(scheme).toHaveCount(0);
  const status = page.getByTestId('status');
  await expect(status).toContainText('merged into it');
  await expectLeftToRight(status, ['«', PHRASE, '»', '(', 'Actor: Organisation', ')', '×2']);
});
