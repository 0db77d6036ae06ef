/**
 * Finding 4 of issue 15 in real Chromium: the codes read apart on the page.
 * Tags of one type are painted with different tints and different underline
 * styles (the non-colour cue), and the reader's legend shows every tag drawn
 * as it is painted, in Arabic and in English. Takes the legend screenshots.
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_TAXONOMY, listTags } from '../../shared/taxonomy';
import { openArticle, waitForSaved } from './app-actions';
import { expect, test } from './fixtures';
import { dragAndTag } from './mouse-selection';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

/** The painted style of a tag's highlight, read from the rules the page actually holds. */
function paintedRule(page: Page, tagId: string): Promise<{ background: string; decoration: string } | null> {
  return page.evaluate((id) => {
    const name = `hamish-${id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
    for (const sheet of document.adoptedStyleSheets)
      for (const rule of sheet.cssRules)
        if (rule instanceof CSSStyleRule && rule.selectorText === `::highlight(${name})`)
          return { background: rule.style.backgroundColor, decoration: rule.style.textDecoration };
    return null;
  }, tagId);
}

test('subtypes of one type are painted in different tints and underline styles; the legend shows them all', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  await openArticle(page);
  // Three actors of three subtypes, on the real sample text.
  await dragAndTag(page, 'ويتكوف', ['1', '1']);
  await waitForSaved(page);
  await dragAndTag(page, 'خليل الحية', ['1', '2']);
  await waitForSaved(page);
  await dragAndTag(page, 'الدوحة', ['1', '3']);
  await waitForSaved(page);
  const person = await paintedRule(page, 'actor.person');
  const organisation = await paintedRule(page, 'actor.organisation');
  const state = await paintedRule(page, 'actor.state');
  expect(person && organisation && state).toBeTruthy();
  const rules = [person, organisation, state];
  expect(new Set(rules.map((r) => r?.background)).size).toBe(3);
  // Different styles, one underline colour: the type's.
  expect(rules.map((r) => r?.decoration.match(/solid|double|dashed|dotted|wavy/)?.[0])).toEqual([
    'double',
    'dashed',
    'dotted',
  ]);
  expect(new Set(rules.map((r) => r?.decoration.match(/rgb\([^)]*\)/)?.[0])).size).toBe(1);

  const legend = page.getByTestId('tag-legend');
  await legend.locator('summary').click();
  const tags = listTags(DEFAULT_TAXONOMY);
  await expect(legend.locator('li')).toHaveCount(tags.length);
  await expect(legend.locator('[data-tag="actor.state"]')).toHaveText('دولة/حكومة');
  await expect(legend.locator('[data-tag="demand"]')).toHaveText('مطلب (دون تحديد)');
  // Each sample is drawn as its tag is painted: the same underline.
  const sample = await legend
    .locator('[data-tag="actor.state"] .legend-sample')
    .evaluate((el) => getComputedStyle(el).textDecorationStyle);
  expect(sample).toBe('dotted');
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: join(shotsDir, 'legend-ar.png') });

  await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
  await expect(legend.locator('[data-tag="actor.state"]')).toHaveText('State/government');
  await expect(legend.locator('summary')).toHaveText('Colour and underline key');
  await page.screenshot({ path: join(shotsDir, 'legend-en.png') });
});
