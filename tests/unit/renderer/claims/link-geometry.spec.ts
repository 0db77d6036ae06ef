/**
 * The claim layer's anchors in real Chromium on Arabic laid out by the app's
 * own ArticleText (right to left): an Arabic span anchors on its first
 * character's right edge and top; a span wrapped over lines on its first
 * line; an English name embedded in the Arabic line (a left-to-right run)
 * on the run's right edge, the start edge of the right-to-left line.
 */

import { expect, test, type HamishDom } from '../dom/dom-page';

declare const window: { hamishDom: HamishDom };

const EMBEDDED = 'قال المبعوث Steve Witkoff إن اللقاء سيعقد قريبًا في الدوحة.';
const LONG = Array.from(
  { length: 12 },
  () => 'يأتي هذا اللقاء في سياق الجهود المستمرة للبحث عن حلول للأزمة المتصاعدة',
).join(' ');

test('an Arabic span anchors on its first character: right edge, line top', async ({ dom }) => {
  await dom.evaluate((raw) => window.hamishDom.renderArticle(raw), EMBEDDED);
  const start = [...EMBEDDED].indexOf('ا'); // "المبعوث"
  const got = await dom.evaluate(({ s }) => window.hamishDom.claimAnchor(s, s + 7), { s: start });
  expect(got?.rtl).toBe(true);
  expect(got?.anchor?.x).toBeCloseTo((got?.first.x ?? 0) + (got?.first.width ?? 0), 0);
  expect(got?.anchor?.y).toBeCloseTo(got?.first.y ?? -1, 0);
});

test('a span wrapped over several lines anchors on its first line', async ({ dom }) => {
  await dom.evaluate((raw) => window.hamishDom.renderArticle(raw), LONG);
  const got = await dom.evaluate(() => window.hamishDom.claimAnchor(5, 400));
  const tops = new Set(got?.rects.map((r) => Math.round(r.y)));
  expect(tops.size).toBeGreaterThan(1);
  expect(got?.anchor?.y).toBeCloseTo(got?.first.y ?? -1, 0);
  expect(got?.anchor?.x).toBeCloseTo((got?.first.x ?? 0) + (got?.first.width ?? 0), 0);
});

test('an English name inside an Arabic line anchors on the line-start (right) edge of its run', async ({
  dom,
}) => {
  await dom.evaluate((raw) => window.hamishDom.renderArticle(raw), EMBEDDED);
  const start = [...EMBEDDED].indexOf('S');
  const got = await dom.evaluate(({ s }) => window.hamishDom.claimAnchor(s, s + 'Steve Witkoff'.length), {
    s: start,
  });
  const right = Math.max(...(got?.rects ?? []).map((r) => r.x + r.width));
  // The run's first letter "S" is at its left; the anchor is at its right, where the Arabic line starts.
  expect(got?.anchor?.x).toBeCloseTo(right, 0);
  expect(got?.anchor?.x).toBeGreaterThan((got?.first.x ?? 0) + (got?.first.width ?? 0) + 40);
});
