/**
 * Issue 20's reader compare mode in real Chromium, on the sample's real
 * Arabic text written as a real library (two coders' annotations, each with
 * its `author`): the coder control switches to "compare A with B"; the text
 * is painted A only / B only / both agree in the contract's Okabe–Ito
 * colours with a worded key; the differences list matches a computation made
 * here, independently of the app's matcher; a click or Enter on a difference
 * scrolls its span into view and flashes it; "one coder" shows only theirs.
 * Takes the compare screenshots (Arabic and English).
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeArticle, writeLibrary, type FixtureArticle } from '../../bench/library-fixture';
import { quoteSelector } from '../../shared/anchoring';
import { CodePointIndex } from '../../shared/code-points';
import type { Annotation } from '../../shared/model';
import { nextFrames } from './app-actions';
import { expectNoViolations } from './axe-check';
import { expect, test } from './fixtures';

const A = 'سلمى';
const B = 'Omar';
const TITLE = 'ويتكوف مستعد للقاء خليل الحية';
/** Each coding: the phrase (its first occurrence), its tag, and the coder. */
const CODINGS: [string, string, string][] = [
  ['ستيف ويتكوف', 'actor.person', A],
  ['ستيف ويتكوف', 'actor.person', B],
  ['خليل الحية', 'actor.person', A],
  ['حماس', 'actor.organisation', A],
  ['حماس', 'actor.armed-group', B],
  ['وقف إطلاق النار', 'demand.ceasefire', A],
  ['تثبيت وقف إطلاق النار', 'demand.ceasefire', B],
  ['تبادل الأسرى', 'demand.prisoners', A],
  ['تبادل الأسرى', 'demand.prisoners', B],
  ['تحركات دبلوماسية مكثفة', 'event.negotiation', B],
];

let article: FixtureArticle;

/** The sample article with CODINGS (those `keep` lets through) as stored annotations, `author` set. */
async function codedSample(keep: (coder: string) => boolean = () => true): Promise<FixtureArticle> {
  const raw = await readFile(join(import.meta.dirname, '../../../shared/sample-article.ar.txt'), 'utf8');
  const made = makeArticle(TITLE, raw, () => []);
  const index = new CodePointIndex(made.text);
  const now = new Date().toISOString();
  made.annotations = CODINGS.filter(([, , coder]) => keep(coder)).map(([phrase, tag, author]): Annotation => {
    const at = made.text.indexOf(phrase);
    if (at < 0) throw new Error(`not in the sample: ${phrase}`);
    const start = index.toCodePoint(at);
    const end = start + [...phrase].length;
    const selector = quoteSelector(index, start, end);
    return {
      id: crypto.randomUUID(),
      articleId: made.meta.id,
      start,
      end,
      tag,
      author,
      ...selector,
      createdAt: now,
      updatedAt: now,
    };
  });
  made.meta.annotationCount = made.annotations.length;
  return made;
}

/**
 * The expected differences under "exact", computed here on purpose without
 * the app's matcher: a coding of A and one of B on the same span are one unit
 * (agree if same tag, else "tag"); every other coding is its coder's alone.
 */
function exactDifferences(): { kind: string; quote: string }[] {
  const of = (coder: string) => article.annotations.filter((a) => a.author === coder);
  const key = (a: Annotation) => `${a.start}:${a.end}`;
  const bySpan = new Map(of(B).map((b) => [key(b), b]));
  const out: { start: number; end: number; kind: string; quote: string }[] = [];
  for (const a of of(A)) {
    const b = bySpan.get(key(a));
    bySpan.delete(key(a));
    const kind = !b ? 'a-only' : b.tag === a.tag ? 'agree' : 'tag';
    out.push({ start: a.start, end: a.end, kind, quote: a.quote });
  }
  for (const b of bySpan.values()) out.push({ start: b.start, end: b.end, kind: 'b-only', quote: b.quote });
  return out
    .filter((u) => u.kind !== 'agree')
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .map(({ kind, quote }) => ({ kind, quote }));
}

test.use({
  launch: { seedSample: false, viewport: { width: 1360, height: 900 } },
  libraryDir: async ({ dir }, use) => {
    article = await codedSample();
    await writeLibrary(join(dir, 'library'), [article]);
    await use(join(dir, 'library'));
  },
});

/** The texts of the ranges painted on one side of the comparison, sorted. */
const paintedOn = (page: Page, side: 'a' | 'b' | 'both') =>
  page.evaluate(
    (name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString()).sort(),
    `hamish-compare-${side}`,
  );

/** The painted style of one side, read from the rules the page holds. */
const ruleOf = (page: Page, side: string) =>
  page.evaluate((name) => {
    for (const sheet of document.adoptedStyleSheets)
      for (const rule of sheet.cssRules)
        if (rule instanceof CSSStyleRule && rule.selectorText === `::highlight(${name})`)
          return `${rule.style.backgroundColor} | ${rule.style.textDecoration}`;
    return '';
  }, `hamish-compare-${side}`);

/** Whether the first occurrence of `quote` in the text lies wholly inside the reader's scroller. */
const inView = (page: Page, quote: string) =>
  page.evaluate((quote) => {
    const scroller = document.querySelector('.reader-scroll');
    const block = [...document.querySelectorAll('.article-text [data-block]')].find((el) =>
      el.textContent.includes(quote),
    );
    const node = block?.firstChild;
    if (!scroller || !node) return false;
    const range = document.createRange();
    const at = (node.textContent ?? '').indexOf(quote);
    range.setStart(node, at);
    range.setEnd(node, at + quote.length);
    const r = range.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    return r.height > 0 && r.top >= box.top && r.bottom <= box.bottom;
  }, quote);

const flashed = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('hamish-focus') ?? [])].map((r) => (r as Range).toString()));

test('compare A with B: colours and key, the differences, and going to one', async ({ app, shotsDir }) => {
  const { page } = app;
  await page.locator('.article-open', { hasText: TITLE }).click();
  await page.getByTestId('article-text').waitFor();
  await page.getByTestId('coder-mode').selectOption('compare');
  await page.getByTestId('coder-a').selectOption(A);
  await expect(page.getByTestId('coder-b')).toHaveValue(B);

  // The three sides, painted where the computation above says, in the contract's colours.
  const expected = exactDifferences();
  const quotes = (kinds: string[]) =>
    expected
      .filter((d) => kinds.includes(d.kind))
      .map((d) => d.quote)
      .sort();
  expect(await paintedOn(page, 'both')).toEqual(['تبادل الأسرى', 'ستيف ويتكوف']);
  expect(await paintedOn(page, 'a')).toEqual(quotes(['a-only', 'tag']));
  expect(await paintedOn(page, 'b')).toEqual(quotes(['b-only', 'tag']));
  expect(await ruleOf(page, 'a')).toMatch(
    /^rgba\(0, 114, 178, 0\.26\) \| underline (solid )?3px rgb\(0, 114, 178\)$/,
  );
  expect(await ruleOf(page, 'b')).toBe('rgba(230, 159, 0, 0.26) | underline 3px dashed rgb(230, 159, 0)');
  expect(await ruleOf(page, 'both')).toBe('rgba(0, 158, 115, 0.26) | underline 3px double rgb(0, 158, 115)');
  // No tag highlight meanwhile: only the comparison is on the text.
  const tagRanges = await page.evaluate(() =>
    [...CSS.highlights]
      .filter(([n]) => /^hamish-(actor|demand|event)/.test(n))
      .reduce((s, [, h]) => s + h.size, 0),
  );
  expect(tagRanges).toBe(0);

  // The key says it in words, each sample drawn as its side is painted.
  const legend = page.getByTestId('compare-legend');
  await expect(legend.locator('li')).toHaveText([`أ وحده: ${A}`, `ب وحده: ${B}`, 'اتفق الاثنان']);
  const styles = await legend
    .locator('.legend-sample')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).textDecorationStyle));
  expect(styles).toEqual(['solid', 'dashed', 'double']);

  // The differences: kinds, Arabic in context, both codings; counts per kind.
  const items = page.locator('.difference');
  await expect(items).toHaveCount(expected.length);
  expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')))).toEqual(
    expected.map((d) => d.kind),
  );
  await expect(items.locator('mark')).toHaveText(expected.map((d) => d.quote));
  const tagDiff = items.nth(expected.findIndex((d) => d.kind === 'tag'));
  await expect(tagDiff.locator('.difference-kind')).toHaveText('وسم مختلف');
  await expect(tagDiff.locator('[data-side="a"]')).toHaveText(`${A}: فاعل: منظمة`);
  await expect(tagDiff.locator('[data-side="b"]')).toHaveText(`${B}: فاعل: جماعة مسلحة`);
  await expect(items.first().locator('[data-side="b"]')).toHaveText(`${B}: لم يَسِمه`);
  expect(expected).toHaveLength(5);
  const count = (kind: string) => expected.filter((d) => d.kind === kind).length;
  await expect(page.getByTestId('difference-counts')).toHaveText(
    `5 فروق · وحدتان متفق عليهما · أ وحده: ${count('a-only')} · ب وحده: ${count('b-only')} · وسم مختلف: ${count('tag')} · حدود مختلفة: 0`,
  );
  // Right to left: A's coding is marked on its right (inline start), the context reads RTL.
  const rtl = await tagDiff.evaluate((el) => ({
    right: getComputedStyle(el.querySelector('[data-side="a"]') as Element).borderRightStyle,
    dir: getComputedStyle(el.querySelector('bdi') as Element).direction,
  }));
  expect(rtl).toEqual({ right: 'solid', dir: 'rtl' });

  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo(0, 0));
  await nextFrames(page);
  await page.screenshot({ path: join(shotsDir, 'reader-compare-ar.png') });
  await expectNoViolations(page, 'reader comparing two coders');

  // A click on the last difference (far down the article) scrolls its span into view and flashes it.
  const last = expected.at(-1)?.quote ?? '';
  expect(await inView(page, last)).toBe(false);
  await items.last().click();
  await expect.poll(() => inView(page, last)).toBe(true);
  expect(await flashed(page)).toEqual([last]);

  // From the keyboard: back to the top, then ↑ Home ↓ Enter go to the second difference.
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo(0, 0));
  await items.last().focus();
  await page.keyboard.press('Home');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => inView(page, last)).toBe(true);

  // Overlap: the ceasefire codings become one unit of different boundaries.
  await page.getByTestId('coder-rule').selectOption('overlap');
  await expect(items).toHaveCount(expected.length - 1);
  await expect(page.locator('.difference[data-kind="boundaries"] mark')).toHaveText('تثبيت وقف إطلاق النار');
  await expect(page.locator('.difference[data-kind="boundaries"] [data-side="a"]')).toHaveText(
    `${A}: مطلب: وقف إطلاق النار «وقف إطلاق النار»`,
  );

  await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
  await page.getByTestId('coder-rule').selectOption('exact');
  await expect(legend.locator('li')).toHaveText([`A only: ${A}`, `B only: ${B}`, 'Both agree']);
  await expect(page.getByTestId('difference-counts')).toContainText('5 differences · 2 units agreed');
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo(0, 0));
  await nextFrames(page);
  await page.screenshot({ path: join(shotsDir, 'reader-compare-en.png') });

  // One coder: only B's annotations, painted with their tags and listed.
  await page.getByTestId('coder-mode').selectOption({ label: `Only ${B}` });
  await expect(page.getByTestId('annotation-panel').locator('.count-badge')).toHaveText(
    String(CODINGS.filter(([, , c]) => c === B).length),
  );
  expect(await paintedOn(page, 'a')).toEqual([]);
  const tagged = await page.evaluate(() =>
    [...CSS.highlights]
      .filter(([n]) => /^hamish-(actor|demand|event)/.test(n))
      .flatMap(([, h]) => [...h].map((r) => (r as Range).toString()))
      .sort(),
  );
  expect(tagged).toEqual(
    CODINGS.filter(([, , c]) => c === B)
      .map(([p]) => p)
      .sort(),
  );
});

test.describe('an article only one coder coded', () => {
  test.use({
    libraryDir: async ({ dir }, use) => {
      article = await codedSample((coder) => coder === A);
      await writeLibrary(join(dir, 'library'), [article]);
      await use(join(dir, 'library'));
    },
  });

  test('shows no coder control: the reader stays as it was', async ({ app }) => {
    const { page } = app;
    await page.locator('.article-open', { hasText: TITLE }).click();
    await expect(page.getByTestId('annotation-panel').locator('.count-badge')).toHaveText(
      String(article.annotations.length),
    );
    await expect(page.getByTestId('coder-view')).toHaveCount(0);
    expect(await paintedOn(page, 'a')).toEqual([]);
  });
});
