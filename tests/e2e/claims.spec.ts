/**
 * Claims (issue 18) in real Chromium against the real library: the sample
 * article's main claims coded with real mouse drags, clicks and keys — C
 * starts a claim on the selected annotation, ] reaches the next one, Space
 * adds it (a role picker when several roles fit, its digits pick), Enter
 * saves (refused while a required role is empty), Esc cancels; V starts an
 * event. Then a reload: the Claims tab reads them as Arabic sentences, the
 * library holds them, and hovering one marks its members with their role
 * names at the start edge of their first line, linked (axe finds nothing on
 * the draft bar, the tab or the dialog). Deleting an
 * annotation that fills a role asks, detaches, and undo brings both back.
 * What was coded is then exported in every format and each export checked
 * with its validator (claims-exports.ts). The screenshot of a claim on the text goes to docs/claims.png with
 * HAMISH_UPDATE_DOCS=1.
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Claim } from '../../shared/schema/claim-schema';
import { openArticle, waitForSaved } from './app-actions';
import { expectNoViolations } from './axe-check';
import { checkEveryExport } from './claims-exports';
import type { HamishApp } from './harness';
import { dragAndTag } from './mouse-selection';
import { clickInPhrase } from './text-points';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

/** The spans the claims are made of: phrase, its occurrence in the text, tag menu keys. */
const SPANS = {
  hamas: ['حماس', 0, ['1', '4']],
  israel: ['إسرائيل', 0, ['1', '3']],
  exchange: ['تبادل الأسرى', 1, ['2', '1']],
  meeting: ['اللقاء', 0, ['3', '1']],
  witkoff: ['ستيف ويتكوف', 0, ['1', '1']],
  un: ['الأمم المتحدة', 0, ['1', '2']],
  violations: ['وقف فوري لهذه الانتهاكات', 0, ['2', '6']],
} as const;
type SpanName = keyof typeof SPANS;

async function articleId(app: HamishApp): Promise<string> {
  const [meta] = (await app.library.listArticles()).filter((a) => a.title.includes('ويتكوف'));
  return meta?.id ?? '';
}

/** Selects a span's annotation with a real click on its second letter. */
async function select(page: Page, name: SpanName): Promise<void> {
  const [phrase, occurrence] = SPANS[name];
  await clickInPhrase(page, phrase, 1, occurrence);
  // Selected: drawn as such (on any tab). Its last word: an actor's span leaves proclitics out, so it may be shorter at the start.
  const last = phrase.split(' ').at(-1) ?? '';
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...(CSS.highlights.get('hamish-selected') ?? [])].map((r) => (r as Range).toString()).join(),
      ),
    )
    .toContain(last);
}

async function tagAll(page: Page, names: readonly SpanName[], total = names.length): Promise<void> {
  for (const name of names) {
    const [phrase, occurrence, keys] = SPANS[name];
    await dragAndTag(page, phrase, keys, occurrence);
  }
  await waitForSaved(page);
  await expect(page.locator('.panel-item')).toHaveCount(total);
}

const status = (page: Page) => page.getByTestId('status');
const draftBar = (page: Page) => page.getByTestId('claim-draft');

/** Builds "Hamas demands a prisoner exchange from Israel" with the keys; checks the refusal of an incomplete one on the way. */
async function codeHamasClaim(page: Page): Promise<void> {
  await select(page, 'hamas');
  await page.keyboard.press('c');
  await expect(draftBar(page)).toBeVisible();
  await expect(draftBar(page).locator('[data-role="claimant"]')).toContainText('حماس');
  await expect(draftBar(page).locator('[data-role="demand"]')).toContainText('—');
  // ] reaches the next annotation in the text (إسرائيل); Space offers it: it fits three roles, so a picker.
  await page.keyboard.press(']');
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('إسرائيل');
  await page.keyboard.press(' ');
  const picker = page.getByTestId('claim-role-picker');
  await expect(picker.getByRole('button')).toHaveText(['1 المخاطَب', '2 المعنيّ', '3 المطالِب']);
  await page.keyboard.press('1');
  await expect(picker).toHaveCount(0);
  await expect(draftBar(page).locator('[data-role="addressee"]')).toContainText('إسرائيل');
  // Enter with the demand still empty: refused, in Arabic, the draft kept.
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('لم تُحفظ: ينقص «مطالبة» «المطلب».');
  await expect(draftBar(page)).toBeVisible();
  await page.keyboard.press(']');
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('تبادل الأسرى');
  await page.keyboard.press(' ');
  await expect(draftBar(page).locator('[data-role="demand"]')).toContainText('تبادل الأسرى');
  await page.keyboard.press('Enter');
  await expect(draftBar(page)).toHaveCount(0);
  await expect(status(page)).toHaveText('حُفظت المطالبة.');
}

test('the sample article coded into claims with real clicks and keys, kept after a reload, shown on the text', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  await openArticle(page);
  // ] walks the annotations in text order: the Hamas claim's three first, alone.
  await tagAll(page, ['hamas', 'israel', 'exchange']);
  await codeHamasClaim(page);
  await tagAll(page, ['meeting', 'witkoff', 'un', 'violations'], 7);

  // The UN demands an end to the violations: two clicks, C, Space, Enter.
  await select(page, 'un');
  await page.keyboard.press('c');
  await select(page, 'violations');
  await page.keyboard.press(' ');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('حُفظت المطالبة.');

  // An event with V: the meeting, Witkoff its agent (he fits agent or target: the picker's 1).
  await select(page, 'meeting');
  await page.keyboard.press('v');
  await expect(draftBar(page).locator('[data-role="event"]')).toContainText('اللقاء');
  await select(page, 'witkoff');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('claim-role-picker').getByRole('button')).toHaveText([
    '1 الفاعل',
    '2 المستهدَف',
  ]);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(shotsDir, 'claim-draft-ar.png') });
  await expectNoViolations(page, 'draft bar with its role picker');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('حُفظت المطالبة.');

  // Esc drops a draft and saves nothing.
  await select(page, 'israel');
  await page.keyboard.press('c');
  await expect(draftBar(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(draftBar(page)).toHaveCount(0);

  const id = await articleId(app);
  const stored: Claim[] = await app.library.listClaims(id);
  expect(stored.map((c) => c.frame)).toEqual(['claim', 'claim', 'event']);
  const annotations = await app.library.listAnnotations(id);
  const quote = (annotationId: string) => annotations.find((a) => a.id === annotationId)?.quote;
  const roles = (c: Claim | undefined) => c?.members.map((m) => [m.role, quote(m.annotationId)]);
  expect(roles(stored[0])).toEqual([
    ['claimant', 'حماس'],
    ['addressee', 'إسرائيل'],
    ['demand', 'تبادل الأسرى'],
  ]);
  expect(roles(stored[2])).toEqual([
    ['event', 'اللقاء'],
    ['agent', 'ستيف ويتكوف'],
  ]);
  const unQuote = quote(stored[1]?.members[0]?.annotationId ?? '');
  const demandQuote = quote(stored[1]?.members[1]?.annotationId ?? '');

  // A fresh page over the same library: the Claims tab reads the claims as sentences.
  await app.reload();
  await openArticle(page);
  await page.getByRole('tab', { name: 'المطالبات' }).click();
  const sentences = page.getByTestId('claim-sentence');
  await expect(sentences).toHaveText([
    'حماس ← تطالب بـ تبادل الأسرى ← من إسرائيل',
    `${unQuote} ← تطالب بـ ${demandQuote}`,
    'اللقاء ← من جانب ستيف ويتكوف',
  ]);
  await expect(page.locator('.claim-incomplete')).toHaveCount(0);

  // Hovering the first claim marks its three members with their role names, linked by two arcs.
  await page.locator('.claim-row').first().hover();
  const labels = page.getByTestId('claim-role-label');
  await expect(labels).toHaveText(['المطالِب', 'المطلب', 'المخاطَب']);
  await expect(page.getByTestId('claim-link')).toHaveCount(2);
  // Each label's start edge (its right edge, in this right-to-left text) sits on its member's first line's start edge.
  const offsets = await page.evaluate(() => {
    const marked = [...(CSS.highlights.get('hamish-claim') ?? [])] as Range[];
    return [...document.querySelectorAll<HTMLElement>('[data-testid="claim-role-label"]')].map((label, i) => {
      const member = marked[i]?.getClientRects()[0];
      const box = label.getBoundingClientRect();
      return member ? [Math.round(box.right - member.right), Math.round(member.top - box.bottom)] : null;
    });
  });
  expect(offsets).toHaveLength(3);
  for (const offset of offsets) {
    expect(Math.abs(offset?.[0] ?? 99)).toBeLessThanOrEqual(1);
    expect(Math.abs(offset?.[1] ?? 99)).toBeLessThanOrEqual(1);
  }
  await page.screenshot({ path: join(shotsDir, 'claims.png') });

  // Selecting the claim opens its editor: the stance is one undoable edit.
  await page.locator('.claim-row').first().click();
  await expectNoViolations(page, 'Claims tab with a claim shown on the text and its editor');
  await page.getByTestId('claim-attribute-stance').selectOption('for');
  await waitForSaved(page);
  expect((await app.library.listClaims(id))[0]?.attributes).toEqual({ stance: 'for' });
  await page.mouse.move(5, 5);
  await page.keyboard.press('Control+z');
  // The note is saved when its field is left; typed at once, while the undo's answer is still on its way
  // (the claim changes under the field as it lands), the text typed is kept.
  const note = page.getByTestId('claim-note');
  await note.fill('المطلب الرئيسي في المقال');
  await expect.poll(async () => (await app.library.listClaims(id))[0]?.attributes ?? {}).toEqual({});
  await expect(note).toHaveValue('المطلب الرئيسي في المقال');
  await page.getByTestId('claim-attribute-stance').focus();
  await expect.poll(async () => (await app.library.listClaims(id))[0]?.note).toBe('المطلب الرئيسي في المقال');

  // What was coded through the UI goes out in every format, each valid for its validator.
  await checkEveryExport(app.library, id, { claims: 3, annotations: annotations.length });
});

test('deleting an annotation that fills a role asks; detached, the claim is incomplete; undo brings both back', async ({
  app,
}) => {
  const { page } = app;
  await openArticle(page);
  await tagAll(page, ['hamas', 'israel', 'exchange']);
  await codeHamasClaim(page);
  const id = await articleId(app);
  const [before] = await app.library.listClaims(id);

  await select(page, 'exchange');
  await page.keyboard.press('Delete');
  const dialog = page.getByTestId('claim-guard');
  await expect(dialog.getByRole('heading')).toHaveText('«تبادل الأسرى» دور في مطالبة');
  await expect(dialog.getByTestId('claim-sentence')).toHaveText('حماس ← تطالب بـ تبادل الأسرى ← من إسرائيل');
  await expectNoViolations(page, 'the question before deleting an annotation in a claim');
  // Cancel first: nothing changes.
  await dialog.getByRole('button', { name: 'ألغِ' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await app.library.listAnnotations(id)).toHaveLength(3);

  await page.keyboard.press('Delete');
  await dialog.getByRole('button', { name: 'أزله من الدور' }).click();
  await expect(page.locator('.panel-item')).toHaveCount(2);
  await waitForSaved(page);
  const [detached] = await app.library.listClaims(id);
  expect(detached?.members.map((m) => m.role)).toEqual(['claimant', 'addressee']);
  await page.getByRole('tab', { name: 'المطالبات' }).click();
  await expect(page.locator('.claim-incomplete')).toHaveText('ناقصة');
  await expect(page.getByTestId('claim-sentence')).toHaveText('حماس ← («المطلب» ناقص) ← من إسرائيل');

  // One undo: the annotation and the claim as they were.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('claim-sentence')).toHaveText('حماس ← تطالب بـ تبادل الأسرى ← من إسرائيل');
  await expect(page.locator('.claim-incomplete')).toHaveCount(0);
  expect(await app.library.listAnnotations(id)).toHaveLength(3);
  expect(await app.library.listClaims(id)).toEqual([before]);

  // Retagging the demand as an actor would break its role: asked too; "delete the claims" deletes it.
  await page.getByRole('tab', { name: 'التوسيمات' }).click();
  await select(page, 'exchange');
  await page.keyboard.press('r');
  await page.keyboard.press('1');
  await page.keyboard.press('1');
  await expect(dialog.getByRole('heading')).toHaveText(
    'الوسم الجديد لـ«تبادل الأسرى» لا يصلح لدوره في مطالبة',
  );
  await dialog.getByRole('button', { name: 'احذف المطالبات' }).click();
  await waitForSaved(page);
  await expect.poll(async () => (await app.library.listClaims(id)).length).toBe(0);
  await page.keyboard.press('Control+z');
  await expect.poll(() => app.library.listClaims(id)).toEqual([before]);
});

test('a claim built from the Claims tab alone, undone and redone; selecting or hovering a member shows it; English interface', async ({
  app,
}) => {
  const { page } = app;
  await openArticle(page);
  await tagAll(page, ['hamas', 'israel', 'exchange']);
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'المطالبات' }).click();
  await expect(page.getByText('لا مطالبات بعد.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'مطالبة جديدة' }).click();
  const bar = draftBar(page);
  await expect(bar.locator('[data-role="claimant"]')).toContainText('—');
  // Each role lists only the annotations whose type it accepts.
  const demandList = bar.getByRole('combobox', { name: 'أضف إلى «المطلب»' });
  await expect(demandList.locator('option')).toHaveText(['+', 'تبادل الأسرى']);
  await bar.getByRole('combobox', { name: 'أضف إلى «المطالِب»' }).selectOption({ label: 'حماس' });
  await demandList.selectOption({ label: 'تبادل الأسرى' });
  await bar.getByRole('combobox', { name: 'أضف إلى «المعنيّ»' }).selectOption({ label: 'إسرائيل' });
  await bar.getByRole('button', { name: 'احفظ المطالبة' }).click();
  await expect(bar).toHaveCount(0);
  const sentence = 'حماس ← تطالب بـ تبادل الأسرى ← لصالح إسرائيل';
  await expect(page.getByTestId('claim-sentence')).toHaveText(sentence);
  const id = await articleId(app);
  await expect.poll(async () => (await app.library.listClaims(id)).length).toBe(1);

  // The creation is one undo step, and one redo.
  await page.locator('.reader-scroll').focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('claim-sentence')).toHaveCount(0);
  expect(await app.library.listClaims(id)).toEqual([]);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('claim-sentence')).toHaveText(sentence);
  expect(await app.library.listClaims(id)).toHaveLength(1);

  // An annotation selected in the text shows the claims it is in: its roles, on the text.
  await select(page, 'israel');
  await expect(page.getByTestId('claim-role-label')).toHaveText(['المطالِب', 'المطلب', 'المعنيّ']);
  // Off the text (the click left the mouse over the member, which shows the claim too), Esc lets go.
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('claim-role-label')).toHaveCount(0);
  // Hovering a member in the text shows its claim too, and moving off it lets go.
  const [x, y] = await page.evaluate(() => {
    const range = document.createRange();
    const text = document.querySelector('[data-testid="article-text"] p')?.firstChild;
    const at = text?.textContent?.indexOf('حماس') ?? -1;
    if (!text || at < 0) return [0, 0];
    range.setStart(text, at + 1);
    range.setEnd(text, at + 2);
    const box = range.getBoundingClientRect();
    return [box.left + box.width / 2, box.top + box.height / 2];
  });
  await page.mouse.move(x, y);
  await expect(page.getByTestId('claim-role-label')).toHaveText(['المطالِب', 'المطلب', 'المعنيّ']);
  await page.mouse.move(x, y + 200);
  await expect(page.getByTestId('claim-role-label')).toHaveCount(0);
  // A move over the member and the leave in one task, before any frame: the leave wins (the hit-test
  // the move asked for must not bring the claim back once the mouse is gone).
  await page.evaluate(
    ([px, py]) => {
      const body = document.querySelector('.reader-body');
      const member = document.elementFromPoint(px ?? 0, py ?? 0);
      member?.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: px, clientY: py }));
      body?.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    },
    [x, y],
  );
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await expect(page.getByTestId('claim-role-label')).toHaveCount(0);

  // In the English interface the sentence and the role names follow, the quotes stay Arabic.
  await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
  await expect(page.getByTestId('claim-sentence')).toHaveText('حماس → demands تبادل الأسرى → for إسرائيل');
  await page.locator('.claim-row').first().hover();
  await expect(page.getByTestId('claim-role-label')).toHaveText(['Claimant', 'Demand', 'Object/beneficiary']);
});
