/**
 * The Analysis view's other numbers and its keyboard, in real Chromium,
 * over the library whose annotations the test placed (analysis-library.ts):
 * the actor × demand matrix (same sentence) and an actor's profile (its
 * mentions, demands, events, outlets) equal the test's own counts from the
 * texts, split into sentences by the test; the chart's bars and cells are
 * one tab stop, move with the arrow keys, show their focus, carry their
 * label and count for screen readers and open their mentions with Enter;
 * and axe finds no violation on any tab, in Arabic and in English.
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeAnalysisLibrary, type AnalysisLibrary, type PlacedMention } from './analysis-library';
import { expectNoViolations } from './axe-check';
import { expect, test } from './fixtures';

let known: AnalysisLibrary;

test.use({
  launch: { viewport: { width: 1360, height: 900 }, language: 'ar' },
  libraryDir: async ({ dir }, use) => {
    known = await writeAnalysisLibrary(join(dir, 'library'));
    await use(join(dir, 'library'));
  },
});

/** Characters that end a sentence (the texts hold no decimals nor closing quotes after them: checked below). */
const ENDS = /[.!?؟؛…۔\n]/u;

/** The test's own sentence of each code point of `text`: the number of sentence ends before it. */
function sentenceOf(text: string, at: number): number {
  return [...text].slice(0, at).filter((c) => ENDS.test(c)).length;
}

/** Per article and sentence: the placed mentions in it. */
function bySentence(placed: readonly PlacedMention[]): Map<string, PlacedMention[]> {
  const units = new Map<string, PlacedMention[]>();
  for (const p of placed) {
    const text = known.articles.get(p.articleId)?.text ?? '';
    const key = `${p.articleId}/${sentenceOf(text, p.start)}`;
    units.set(key, [...(units.get(key) ?? []), p]);
  }
  return units;
}

/** The entity an actor mention names (every actor the test placed links one). */
const entityOf = (p: PlacedMention): string =>
  p.phrase === 'ويتكوف' ? known.entityIds.witkoff : known.entityIds.hamas;

/** Sentences where an actor and a demand tag occur together, per "entity tag". */
function expectedMatrix(): Map<string, number> {
  const out = new Map<string, number>();
  for (const unit of bySentence(known.placed).values()) {
    const actors = new Set(unit.filter((p) => p.tag.startsWith('actor')).map(entityOf));
    const demands = new Set(unit.filter((p) => p.tag.startsWith('demand')).map((p) => p.tag));
    for (const a of actors) for (const d of demands) out.set(`${a} ${d}`, (out.get(`${a} ${d}`) ?? 0) + 1);
  }
  return out;
}

async function openAnalysis(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.getByTestId('frequency-table')).toBeVisible();
}

test('the actor × demand matrix and the actor profile equal the counts from the texts', async ({ app }) => {
  const { page } = app;
  for (const { text } of known.articles.values()) {
    expect(text).not.toMatch(/\d\.\d|[.!?؟؛][»"”’')\]]/u);
  }
  await openAnalysis(page, 'التحليل');
  await page.getByRole('tab', { name: 'من يطالب بماذا' }).click();
  const table = page.getByTestId('matrix-table');
  await expect(table).toBeVisible();
  const demands = await table
    .locator('thead th[data-key]')
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-key')));
  const shown = await table.locator('tbody tr').evaluateAll((rows, columns) => {
    const out: [string, number][] = [];
    for (const row of rows)
      row.querySelectorAll('td').forEach((b, i) => {
        if (i < columns.length)
          out.push([`${row.getAttribute('data-actor')} ${columns[i]}`, Number(b.textContent)]);
      });
    return out;
  }, demands);
  const expected = expectedMatrix();
  expect(expected.size).toBeGreaterThan(0);
  expect(new Map(shown.filter(([, n]) => n > 0))).toEqual(expected);

  // Every cell counted: the zeros too (cells left blank would have hidden a shifted column).
  expect(shown).toHaveLength(demands.length * (await table.locator('tbody tr').count()));

  // Hamas's profile: its mentions, the demands and events in its sentences, its outlets.
  await page.getByRole('tab', { name: 'ملف الفاعل' }).click();
  await page.locator('.analysis-tab').getByLabel('الكيان').selectOption(known.entityIds.hamas);
  const hamas = known.placed.filter((p) => p.phrase === 'حماس');
  await expect(page.locator('.analysis-profile h2').first()).toContainText(`${hamas.length}`);
  const withHamas = [...bySentence(known.placed).values()].filter((u) => u.some((p) => p.phrase === 'حماس'));
  const reckon = (type: string) => {
    const out = new Map<string, number>();
    for (const unit of withHamas)
      for (const tag of new Set(unit.filter((p) => p.tag.startsWith(type)).map((p) => p.tag)))
        out.set(tag, (out.get(tag) ?? 0) + 1);
    return out;
  };
  const listed = (testId: string) =>
    page
      .getByTestId(testId)
      .locator('li')
      .evaluateAll((items) =>
        items.map(
          (li) =>
            [li.getAttribute('data-key') ?? '', Number(li.querySelector('.number')?.textContent)] as const,
        ),
      );
  await expect(page.getByTestId('profile-demands').locator('li')).toHaveCount(reckon('demand').size);
  expect(new Map(await listed('profile-demands'))).toEqual(reckon('demand'));
  expect(new Map(await listed('profile-events'))).toEqual(reckon('event'));
  const outlets = new Map<string, number>();
  for (const p of hamas) {
    const source = known.articles.get(p.articleId)?.source ?? '';
    outlets.set(source, (outlets.get(source) ?? 0) + 1);
  }
  expect(new Map(await listed('profile-outlets'))).toEqual(outlets);
});

test('bars and cells: one tab stop, arrows, visible focus, named, Enter opens the mentions', async ({
  app,
}) => {
  const { page } = app;
  await openAnalysis(page, 'التحليل');
  const marks = page.locator('.analysis-chart-box [data-index]');
  await expect(marks).toHaveCount(known.byTag.size);
  await expect(page.locator('.analysis-chart-box [data-index][tabindex="0"]')).toHaveCount(1);
  // From the "count by" select, Tab reaches the chart's one tab stop.
  await page.getByLabel('العدّ حسب').focus();
  await page.keyboard.press('Tab');
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return {
        index: el?.getAttribute('data-index') ?? null,
        role: el?.getAttribute('role') ?? null,
        label: el?.getAttribute('aria-label') ?? null,
        outline: el ? getComputedStyle(el).outlineStyle : '',
        stroke: el ? getComputedStyle(el).strokeWidth : '',
      };
    });
  const first = await focused();
  expect(first.index).not.toBeNull();
  expect(first.role).toBe('button');
  expect(first.outline).toBe('solid');
  expect(first.stroke).toBe('3px');
  await page.keyboard.press('ArrowDown');
  const second = await focused();
  expect(second.index).not.toBe(first.index);
  await expect(page.locator('.analysis-chart-box [data-index][tabindex="0"]')).toHaveCount(1);
  // Its name says which tag and how many; Enter lists exactly those mentions.
  const [, count] = /: (\d+)$/u.exec(second.label ?? '') ?? [];
  expect(Number(count)).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect(page.locator('.analysis-mentions .kwic-row')).toHaveCount(Number(count));

  // The heat map's cells: named "actor × demand: n", Enter lists n mentions.
  await page.getByRole('tab', { name: 'من يطالب بماذا' }).click();
  const cell = page.locator('.analysis-chart-box [data-index][tabindex="0"]');
  await cell.focus();
  const name = (await cell.getAttribute('aria-label')) ?? '';
  expect(name).toMatch(/ × .+: \d+$/u);
  await page.keyboard.press('Enter');
  await expect(page.locator('.analysis-mentions .kwic-row').first()).toBeVisible();
});

test('axe finds no violation on any Analysis tab, in Arabic and in English', async ({ app }) => {
  const { page } = app;
  const tabs = {
    ar: ['التكرارات', 'من يطالب بماذا', 'عبر الزمن', 'ملف الفاعل'],
    en: ['Frequencies', 'Who demands what', 'Over time', 'Actor profile'],
  };
  await openAnalysis(page, 'التحليل');
  for (const language of ['ar', 'en'] as const) {
    if (language === 'en') {
      await page.getByRole('button', { name: /English/u }).click();
      await expect(page.getByRole('tab', { name: 'Frequencies' })).toBeVisible();
    }
    for (const name of tabs[language]) {
      await page.getByRole('tab', { name }).click();
      if (name === 'ملف الفاعل' || name === 'Actor profile') {
        await page.locator('.analysis-tab select').first().selectOption(known.entityIds.hamas);
        await expect(page.locator('.analysis-profile')).toBeVisible();
      } else await expect(page.locator('.analysis-chart-box svg')).toBeVisible();
      await expectNoViolations(page, `${language} ${name}`);
    }
  }
});
