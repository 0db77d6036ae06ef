/**
 * What one edit re-renders, counted in real Chromium (issue 17): a
 * 6,000-word article from the sample's real sentences with 2,500 annotations.
 * The page's render probe (renderer/src/reader/render-probe.ts) counts each
 * text block's and each panel row's renders; a retag re-renders the one card
 * it changed and no block (the painter highlights the text in place), and an
 * added annotation renders only its own card (drafted, then saved) while the
 * painter registers one more Range; the status line's "Saving…" and "Saved"
 * do not re-render the shell's top bar. Per-annotation work is counted too
 * ("work:<kind>": the annotation store indexing, the painter looking at and
 * the panel placing annotations): an add, a retag and a delete each cost a
 * few such steps, not one per annotation of the article, while regrouping
 * the panel (the control) places all 2,500 again.
 */

import { join } from 'node:path';
import { generateArticleText, generateSpans } from '../../bench/corpus';
import { makeArticle, writeLibrary, type FixtureArticle } from '../../bench/library-fixture';
import { expect, test as base } from './fixtures';
import type { HamishApp } from './harness';
import { paintedCount, settledPaintedCount, tagInBlock } from './painted-ranges';

let article: FixtureArticle;

/** The article written before the launch, opened with every block mounted and the panel in text order. */
const test = base.extend({
  libraryDir: async ({ dir }, use) => {
    article = makeArticle('مقال للعد', generateArticleText(6000), (t) => generateSpans(t, 2500));
    await writeLibrary(join(dir, 'library'), [article]);
    await use(join(dir, 'library'));
  },
  app: async ({ app }, use) => {
    const { page } = app;
    await page.locator('.article-open').first().click();
    await expect(page.locator('[data-testid="article-text"] > [data-block]')).toHaveCount(
      article.blocks.length,
    );
    // In text order a retag leaves its card where it is (grouped by type it would move to another group).
    await page.getByTestId('panel-grouping').selectOption('text');
    await expect(page.locator('.panel-item').first()).toBeVisible();
    await use(app);
  },
});
test.use({ launch: { seedSample: false } });

/** Starts counting renders afresh. */
const startCounting = (app: HamishApp) =>
  app.page.evaluate(() => {
    (window as { __hamishRenders?: Map<string, number> }).__hamishRenders = new Map();
  });

/** Per-annotation work of each kind since startCounting ("store", "paint", "rows"), 0 when none. */
const work = (app: HamishApp) =>
  app.page.evaluate(() => {
    const counts = (window as { __hamishRenders?: Map<string, number> }).__hamishRenders;
    const of = (kind: string) => counts?.get(`work:${kind}`) ?? 0;
    return { store: of('store'), paint: of('paint'), rows: of('rows') };
  });

/** What rendered since startCounting: "block:<i>", "card:<annotation id>", "heading:<type>", "shell:top-bar". */
const rendered = (app: HamishApp) =>
  app.page.evaluate(() => [
    ...((window as { __hamishRenders?: Map<string, number> }).__hamishRenders?.keys() ?? []),
  ]);

test('a retag re-renders its own panel card and no text block', async ({ app }) => {
  const { page } = app;
  const card = page.locator('.panel-item').nth(3);
  const id = await card.getAttribute('data-annotation-id');
  const tag = await card.getAttribute('data-tag');
  expect(id).toBeTruthy();
  await card.locator('.panel-quote').click();
  await expect(card).toHaveAttribute('aria-current', 'true');
  const editorTag = page.getByTestId('editor-tag');
  await expect(editorTag).toBeVisible();
  // Let the selection's own renders (and the idle mention count) settle before counting.
  await page.waitForTimeout(400);
  await startCounting(app);
  const retag = tag === 'event' ? 'actor' : 'event';
  await editorTag.selectOption(retag);
  await expect(page.getByTestId('status')).toHaveClass(/info/);
  await expect(card).toHaveAttribute('data-tag', retag);
  await page.waitForTimeout(400);
  const keys = await rendered(app);
  expect(keys.filter((k) => k.startsWith('block:'))).toEqual([]);
  expect(keys.filter((k) => k.startsWith('card:') || k.startsWith('heading:'))).toEqual([`card:${id}`]);
  // "Saving…" then "Saved" re-render the status line only, not the shell around the reader.
  expect(keys.filter((k) => k.startsWith('shell:'))).toEqual([]);
});

test('a retag grouped by type re-renders the rows it changes, not the legend, the header or a block, and keeps the selected mark', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('panel-grouping').selectOption('type');
  // The legend drawn (unfolded), so a needless render of it would count.
  await page.getByTestId('tag-legend').locator('summary').click();
  const actorCount = page.locator('.panel-group[data-type="actor"] .group-count');
  const before = Number(await actorCount.textContent());
  const card = page.locator('.panel-item[data-tag="actor"]').first();
  const id = await card.getAttribute('data-annotation-id');
  expect(id).toBeTruthy();
  await card.locator('.panel-quote').click();
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('editor-tag')).toHaveValue('actor');
  await page.waitForTimeout(400);
  const mark = () =>
    page.evaluate(() => {
      const w = window as { __mark?: unknown };
      const now = CSS.highlights.get('hamish-selected');
      const same = w.__mark === now;
      w.__mark = now;
      return same;
    });
  await mark();
  await startCounting(app);
  await page.getByTestId('editor-tag').selectOption('event');
  await expect(page.getByTestId('status')).toHaveClass(/info/);
  // It left the Actor group (its card moved to the Event group, further down the list).
  await expect(actorCount).toHaveText(String(before - 1));
  await expect(page.locator(`.panel-item[data-annotation-id="${id}"]`)).toHaveCount(0);
  await page.waitForTimeout(400);
  const keys = await rendered(app);
  expect(keys.filter((k) => k.startsWith('block:'))).toEqual([]);
  // Neither the legend (every tag of the scheme) nor the article's header draws again for an edit.
  expect(keys.filter((k) => k.startsWith('reader:'))).toEqual([]);
  // The Actor heading (its count), the card that takes the list's Tab stop from the one that left,
  // and the row that came into the windowed list's end as it left: no other row.
  expect(keys.filter((k) => k.startsWith('heading:'))).toEqual(['heading:actor']);
  const stop = await page
    .locator('.panel-item:has(.panel-quote[tabindex="0"])')
    .getAttribute('data-annotation-id');
  const last = await page.locator('.panel-item').last().getAttribute('data-annotation-id');
  const cards = keys.filter((k) => k.startsWith('card:'));
  expect(cards.length).toBeLessThanOrEqual(2);
  for (const k of cards) expect([`card:${stop}`, `card:${last}`]).toContain(k);
  // The selected span did not change: its mark is the same registered Highlight, not set again.
  expect(await mark()).toBe(true);
});

test('an added annotation renders its own card (and the one losing the Tab stop), and the painter one more Range', async ({
  app,
}) => {
  const { page } = app;
  // Highlights near the viewport settle once the blocks stop coming near: wait until the count holds.
  const count = await settledPaintedCount(app);
  const before = new Set(
    await page
      .locator('.panel-item')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-annotation-id'))),
  );
  const stop = await page
    .locator('.panel-item:has(.panel-quote[tabindex="0"])')
    .getAttribute('data-annotation-id');
  await startCounting(app);
  // Words inside the first paragraph (after its first space past 60): the new card falls among those
  // on screen (the list need not scroll), not first.
  await tagInBlock(app, 0, -60, 12);
  await expect(page.getByTestId('status')).toHaveClass(/info/);
  await expect.poll(() => paintedCount(app)).toBe(count + 1);
  await page.waitForTimeout(400);
  const added = await page.locator('.panel-item[aria-current="true"]').getAttribute('data-annotation-id');
  expect(added).toBeTruthy();
  expect(before.has(added)).toBe(false);
  // The list did not scroll away: the cards on screen before are still there.
  const after = await page
    .locator('.panel-item')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-annotation-id')));
  expect(after.filter((x) => before.has(x)).length).toBeGreaterThan(5);
  const keys = await rendered(app);
  expect(keys.filter((k) => k.startsWith('block:'))).toEqual([]);
  const cards = keys.filter((k) => k.startsWith('card:'));
  expect(cards).toContain(`card:${added}`);
  // Besides the saved card, only its draft (shown while main saved it) and the card that lost the
  // list's Tab stop to it (the stop follows the selection) rendered.
  expect(cards.filter((k) => k !== `card:${added}` && !k.startsWith('card:draft:'))).toEqual(
    stop ? [`card:${stop}`] : [],
  );
});

test('an add, a retag and a delete each look at the annotations they change, not at all 2,500', async ({
  app,
}) => {
  const { page } = app;
  // Every per-edit bound below: a change in flight is shown, then replaced by main's answer
  // (two store changes of an old and a new object each), well under one step per annotation.
  const PER_EDIT = 12;
  const count = await settledPaintedCount(app);
  await startCounting(app);
  await tagInBlock(app, 0, -60, 12);
  await expect(page.getByTestId('status')).toHaveClass(/info/);
  const added = page.locator('.panel-item[aria-current="true"]');
  await expect(added).toBeVisible();
  const id = await added.getAttribute('data-annotation-id');
  expect(id).toBeTruthy();
  // The painter has drawn the new one (its work is counted as it draws), however late a loaded
  // machine's frame came: a fixed 400 ms wait could read paint 0 before it.
  await expect.poll(() => paintedCount(app)).toBe(count + 1);
  // Then a while for any needless work after it, which the bounds below would catch.
  await page.waitForTimeout(400);
  const afterAdd = await work(app);
  expect(afterAdd.store).toBeGreaterThan(0);
  expect(afterAdd.paint).toBeGreaterThan(0);
  expect(afterAdd.rows).toBeGreaterThan(0);
  for (const n of Object.values(afterAdd)) expect(n).toBeLessThanOrEqual(PER_EDIT);

  await startCounting(app);
  await page.getByTestId('editor-tag').selectOption('event');
  await expect(page.locator(`.panel-item[data-annotation-id="${id}"]`)).toHaveAttribute('data-tag', 'event');
  await expect(page.getByTestId('status')).toHaveClass(/info/);
  await page.waitForTimeout(400);
  for (const n of Object.values(await work(app))) expect(n).toBeLessThanOrEqual(PER_EDIT);

  await startCounting(app);
  await page.locator(`.panel-item[data-annotation-id="${id}"] .icon-button`).click();
  await expect(page.locator(`.panel-item[data-annotation-id="${id}"]`)).toHaveCount(0);
  await expect(page.getByTestId('status')).toHaveClass(/info/);
  await page.waitForTimeout(400);
  for (const n of Object.values(await work(app))) expect(n).toBeLessThanOrEqual(PER_EDIT);

  // The control: grouping by type builds the rows afresh, one step per annotation.
  await startCounting(app);
  await page.getByTestId('panel-grouping').selectOption('type');
  await expect(page.locator('.panel-group').first()).toBeVisible();
  expect((await work(app)).rows).toBeGreaterThanOrEqual(2500);
});

/**
 * Runs `act` in the page (an edit's event: React renders, commits and runs its layout effects
 * inside it) and returns which layout-reading properties were read meanwhile: a read there makes
 * Chromium lay out the page the event has just changed, inside the edit's script.
 */
const layoutReadsIn = (app: HamishApp, act: 'retag' | 'add' | 'delete') =>
  app.page.evaluate((act) => {
    const reads: string[] = [];
    let on = false;
    const undo: (() => void)[] = [];
    const props = [
      [Element.prototype, ['scrollWidth', 'scrollHeight', 'clientWidth', 'clientHeight']],
      [HTMLElement.prototype, ['offsetWidth', 'offsetHeight', 'offsetTop', 'offsetLeft']],
    ] as const;
    for (const [proto, names] of props)
      for (const name of names) {
        const own = Object.getOwnPropertyDescriptor(proto, name);
        if (!own?.get) continue;
        const read = own;
        Object.defineProperty(proto, name, {
          configurable: true,
          get(this: Element) {
            if (on) reads.push(`${this.className || this.tagName}.${name}`);
            return read.get?.call(this) as number;
          },
        });
        undo.push(() => Object.defineProperty(proto, name, own));
      }
    on = true;
    try {
      if (act === 'retag') {
        const select = document.querySelector<HTMLSelectElement>('[data-testid="editor-tag"]');
        if (!select) throw new Error('no editor');
        select.value = select.value === 'event' ? 'actor' : 'event';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        window.dispatchEvent(new KeyboardEvent('keydown', { key: act === 'add' ? '0' : 'Delete' }));
      }
    } finally {
      on = false;
      for (const u of undo) u();
    }
    return reads;
  }, act);

test('an add, a retag and a delete read no layout in their event (the status line measures after the frame)', async ({
  app,
}) => {
  const { page } = app;
  await settledPaintedCount(app);
  // Add: the tag menu over a selection (key 1 picks Actor), then 0 for its type inside the measured event.
  await page.evaluate(() => {
    const node = document.querySelector('[data-testid="article-text"] [data-block="0"]')?.firstChild;
    if (!node) throw new Error('no text');
    const start = (node.textContent ?? '').indexOf(' ', 60) + 1;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + 12);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    node.parentElement?.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
  });
  await page.locator('.tag-menu').waitFor();
  await page.keyboard.press('1');
  expect(await layoutReadsIn(app, 'add')).toEqual([]);
  await expect(page.getByTestId('status')).toHaveClass(/info/);
  const added = page.locator('.panel-item[aria-current="true"]');
  await expect(added).toBeVisible();
  const id = await added.getAttribute('data-annotation-id');
  await expect(page.getByTestId('editor-tag')).toBeVisible();
  expect(await layoutReadsIn(app, 'retag')).toEqual([]);
  await expect(page.locator(`.panel-item[data-annotation-id="${id}"]`)).toHaveAttribute('data-tag', 'event');
  await expect(page.getByTestId('status')).toHaveClass(/info/);
  expect(await layoutReadsIn(app, 'delete')).toEqual([]);
  await expect(page.locator(`.panel-item[data-annotation-id="${id}"]`)).toHaveCount(0);
  await expect(page.getByTestId('status')).toHaveClass(/info/);
});

test('opening the article reads no layout before its first frame but in a ResizeObserver (the panel measures its viewport there)', async ({
  app,
}) => {
  const { page } = app;
  await page.locator('.top-actions button').first().click();
  await page.locator('.article-open').first().waitFor();
  const reads = await page.evaluate(async () => {
    const reads: string[] = [];
    let on = true;
    // A ResizeObserver's report comes after the frame's layout: reading there forces none.
    let inObserver = false;
    const Observer = window.ResizeObserver;
    window.ResizeObserver = class extends Observer {
      constructor(report: ResizeObserverCallback) {
        super((entries, observer) => {
          inObserver = true;
          try {
            report(entries, observer);
          } finally {
            inObserver = false;
          }
        });
      }
    };
    const undo: (() => void)[] = [() => (window.ResizeObserver = Observer)];
    const spy = (proto: object, name: string) => {
      const own = Object.getOwnPropertyDescriptor(proto, name);
      if (!own) return;
      const read = own;
      const wrapped = read.get
        ? {
            configurable: true,
            get(this: Element) {
              if (on && !inObserver) reads.push(`${this.className || this.tagName}.${name}`);
              return read.get?.call(this) as unknown;
            },
          }
        : {
            configurable: true,
            writable: true,
            value(this: Element, ...args: unknown[]) {
              if (on && !inObserver) reads.push(`${this.className || this.tagName}.${name}`);
              return (read.value as (...a: unknown[]) => unknown).apply(this, args);
            },
          };
      Object.defineProperty(proto, name, wrapped);
      undo.push(() => Object.defineProperty(proto, name, read));
    };
    for (const name of [
      'scrollWidth',
      'scrollHeight',
      'clientWidth',
      'clientHeight',
      'getBoundingClientRect',
    ])
      spy(Element.prototype, name);
    for (const name of ['offsetWidth', 'offsetHeight', 'offsetTop', 'offsetLeft'])
      spy(HTMLElement.prototype, name);
    performance.clearMeasures('hamish:paint');
    document.querySelector<HTMLButtonElement>('.article-open')?.click();
    // Until the first frame that shows the article (its first paint is measured as its highlights go on).
    while (performance.getEntriesByName('hamish:paint').length === 0)
      await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(r));
    on = false;
    for (const u of undo) u();
    return reads;
  });
  expect(reads).toEqual([]);
  await expect(page.locator('.panel-item').first()).toBeVisible();
});
