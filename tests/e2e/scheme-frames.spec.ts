/**
 * Issue 18's claim frames in the scheme editor, in real Chromium over a real
 * library, with real clicks and typing: a role added to the Claim frame is
 * named in Arabic (its id follows), given other tag types and saved, and is
 * there when the editor opens again; a library written before claims shows
 * the default frames and saving writes them; a duplicate key, a reader key or
 * an empty label is refused with its message (Arabic and English) and saves
 * nothing; a save main refuses says why in the editor, and when claims use
 * a removed frame it offers to delete them (or take their parts out) and
 * save. Screenshots of the
 * Frames tab in both languages go to test-results/screenshots.
 */

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { codePointLength } from '../../shared/code-points';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../../shared/taxonomy';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

const AR = { open: 'مخطط الوسوم', tab: 'أُطر المطالبات', save: 'حفظ المخطط', saved: 'حُفظ مخطط الوسوم.' };
const EN = { open: 'Tag scheme', tab: 'Claim frames', save: 'Save scheme', saved: 'Tag scheme saved.' };

/** Opens the scheme editor on its Frames tab (waiting for it, so a key pressed next reaches it). */
async function openFrames(page: Page, words = AR) {
  await page.locator('.top-bar').getByRole('button', { name: words.open }).click();
  const dialog = page.getByRole('dialog', { name: words.open });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('tab', { name: words.tab }).click();
  await expect(dialog.getByRole('tab', { name: words.tab })).toHaveAttribute('aria-selected', 'true');
  return dialog;
}

const schemeFile = async (dir: string) => readFile(join(dir, 'library', 'taxonomy.json'), 'utf8');

test('a role added to the Claim frame, named in Arabic and given other types, is saved and there again', async ({
  app,
}) => {
  const { page } = app;
  let scheme = await openFrames(page);
  const claim = scheme.locator('.frame-card[data-frame-id="claim"]');
  await expect(claim.locator('.frame-role')).toHaveCount(5);
  await claim.getByRole('button', { name: '+ إضافة دور' }).click();
  const role = claim.locator('.frame-role').last();
  const id = role.getByLabel('المعرّف (في ملفات التصدير)');
  await expect(id).toHaveValue('role-1');
  await role.getByLabel('الاسم بالعربية').pressSequentially('الوسيط');
  await expect(id).toHaveValue('alwsyt');
  await role.getByLabel('الاسم بالإنجليزية').pressSequentially('Mediator');
  await expect(id).toHaveValue('alwsyt');
  // It accepts Actor when added; it is made to accept Event instead, and not required.
  const accepts = role.getByRole('group', { name: 'أنواع الوسوم التي يقبلها «الوسيط»:' });
  await expect(accepts.getByRole('checkbox', { name: 'فاعل' })).toBeChecked();
  await accepts.getByRole('checkbox', { name: 'حدث' }).click();
  await accepts.getByRole('checkbox', { name: 'فاعل' }).click();
  await role.getByRole('checkbox', { name: 'إلزامي' }).click();
  // A saved role is renamed; its id stays, claims refer to it.
  const claimant = claim.locator('.frame-role[data-role-id="claimant"]');
  await claimant.getByLabel('الاسم بالعربية').fill('صاحب المطالبة');
  await expect(claimant.getByLabel('المعرّف (في ملفات التصدير)')).not.toBeEditable();
  await scheme.getByRole('button', { name: AR.save }).click();
  await expect(page.getByTestId('status')).toHaveText(AR.saved);

  const frames = (await app.library.getTaxonomy()).frames ?? [];
  expect(frames.map((f) => f.id)).toEqual(['claim', 'event']);
  expect(frames[0]?.roles.map((r) => r.id)).toEqual([
    'claimant',
    'demand',
    'addressee',
    'form',
    'object',
    'alwsyt',
  ]);
  expect(frames[0]?.roles.at(-1)).toEqual({
    id: 'alwsyt',
    label: { ar: 'الوسيط', en: 'Mediator' },
    accepts: ['event'],
    required: false,
    repeatable: true,
  });
  expect(frames[0]?.roles[0]?.label).toEqual({ ar: 'صاحب المطالبة', en: 'Claimant' });
  expect(frames[1]).toEqual(DEFAULT_TAXONOMY.frames?.[1]);

  // Opened again: the role is there, its id fixed now, its types as chosen.
  scheme = await openFrames(page);
  const again = scheme.locator('.frame-card[data-frame-id="claim"] .frame-role[data-role-id="alwsyt"]');
  await expect(again.getByLabel('الاسم بالعربية')).toHaveValue('الوسيط');
  await expect(again.getByLabel('المعرّف (في ملفات التصدير)')).not.toBeEditable();
  await expect(again.getByRole('checkbox', { name: 'حدث' })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'فاعل' })).not.toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'إلزامي' })).not.toBeChecked();
});

test('a frame, an attribute and an option are added, named and removed, and saved so', async ({ app }) => {
  const { page } = app;
  const scheme = await openFrames(page);
  await scheme.getByRole('button', { name: 'إضافة إطار' }).click();
  const added = scheme.locator('.frame-card').last();
  await added.getByLabel('الاسم بالعربية').first().pressSequentially('تصريح');
  await added.getByLabel('الاسم بالإنجليزية').first().pressSequentially('Statement');
  // A key no other frame has and the reader does not use: c and v are the default frames'.
  await expect(added.getByLabel('مفتاح الاختصار')).toHaveValue('a');
  const speaker = added.locator('.frame-role').first();
  await speaker.getByLabel('الاسم بالعربية').pressSequentially('المتحدث');
  await added.getByRole('button', { name: '+ إضافة خاصية' }).click();
  const tone = added.locator('.frame-attribute').last();
  await tone.getByLabel('الاسم بالإنجليزية').first().pressSequentially('Tone');
  await tone.locator('.attribute-option').first().getByLabel('الاسم بالعربية').pressSequentially('حاد');
  await tone.getByRole('button', { name: '+ إضافة خيار' }).click();
  await tone.locator('.attribute-option').last().getByLabel('الاسم بالعربية').pressSequentially('معتدل');
  // The Claim frame loses its neutral stance and its object role.
  const claim = scheme.locator('.frame-card[data-frame-id="claim"]');
  await claim.getByRole('button', { name: 'إزالة الخيار «محايد»' }).click();
  await claim.getByRole('button', { name: 'إزالة الدور «المعنيّ»' }).click();
  await scheme.getByRole('button', { name: AR.save }).click();
  await expect(page.getByTestId('status')).toHaveText(AR.saved);

  const [saved, , statement] = (await app.library.getTaxonomy()).frames ?? [];
  expect(saved?.roles.map((r) => r.id)).toEqual(['claimant', 'demand', 'addressee', 'form']);
  expect(saved?.attributes?.[0]?.options.map((o) => o.id)).toEqual(['for', 'against']);
  expect(statement).toEqual({
    id: 'tsryh',
    label: { ar: 'تصريح', en: 'Statement' },
    color: '#D55E00',
    key: 'a',
    roles: [
      {
        id: 'almthdth',
        label: { ar: 'المتحدث', en: '' },
        accepts: ['actor'],
        required: true,
        repeatable: true,
      },
    ],
    attributes: [
      {
        id: 'tone',
        label: { ar: '', en: 'Tone' },
        options: [
          { id: 'had', label: { ar: 'حاد', en: '' } },
          { id: 'mtdl', label: { ar: 'معتدل', en: '' } },
        ],
      },
    ],
  });
});

test.describe('a library written before claims', () => {
  // Its taxonomy.json has types and no frames, as every library had before issue 18.
  test.use({
    libraryDir: async ({ dir }, use) => {
      const library = join(dir, 'library');
      await mkdir(library, { recursive: true });
      await writeFile(
        join(library, 'taxonomy.json'),
        JSON.stringify({ version: 1, types: DEFAULT_TAXONOMY.types }),
      );
      await use(library);
    },
  });

  test('shows the default frames, and saving writes them', async ({ app, dir }) => {
    const { page } = app;
    const scheme = await openFrames(page);
    await expect(scheme.locator('.frame-card')).toHaveCount(2);
    await expect(scheme.locator('.frame-card').first().getByLabel('الاسم بالعربية').first()).toHaveValue(
      'مطالبة',
    );
    await expect(
      scheme.locator(
        '.frame-card[data-frame-id="claim"] .frame-attribute[data-attribute-id="stance"] .attribute-option',
      ),
    ).toHaveCount(3);
    await scheme.getByRole('button', { name: AR.save }).click();
    await expect(page.getByTestId('status')).toHaveText(AR.saved);
    expect((JSON.parse(await schemeFile(dir)) as Taxonomy).frames).toEqual(DEFAULT_TAXONOMY.frames);
  });
});

test('a duplicate key, a reader key or an empty label is refused with its message and saves nothing', async ({
  app,
  dir,
}) => {
  const { page } = app;
  const before = await schemeFile(dir);
  const scheme = await openFrames(page);
  const event = scheme.locator('.frame-card[data-frame-id="event"]');
  const key = event.getByLabel('مفتاح الاختصار').first();
  await key.fill('c');
  const claimant = scheme.locator('.frame-role[data-role-id="claimant"]');
  await claimant.getByLabel('الاسم بالعربية').fill('');
  await claimant.getByLabel('الاسم بالإنجليزية').fill('');
  await scheme.getByRole('button', { name: AR.save }).click();
  const alert = scheme.locator('.frame-problems');
  await expect(alert).toBeVisible();
  // Frame by frame, in the editor's order.
  await expect(alert.locator('li')).toHaveText([
    'عنصر في الإطار «مطالبة» (المعرّف «claimant») يحتاج إلى اسم.',
    'المفتاح «c» للإطار «حدث» مفتاح إطار آخر.',
  ]);
  // A reader key is refused too: E opens the entity picker.
  await key.fill('E');
  await scheme.getByRole('button', { name: AR.save }).click();
  await expect(alert.locator('li').last()).toHaveText(
    'المفتاح «E» للإطار «حدث» من مفاتيح القارئ نفسه (E وM وN وR و؟ و[ و]): اختر مفتاحًا آخر.',
  );
  await expect(scheme).toBeVisible();
  expect(await schemeFile(dir)).toBe(before);
  // Fixed, it saves.
  await key.fill('v');
  await claimant.getByLabel('الاسم بالعربية').fill('المطالِب');
  await scheme.getByRole('button', { name: AR.save }).click();
  await expect(page.getByTestId('status')).toHaveText(AR.saved);
});

test.describe('in English', () => {
  test.use({ launch: { viewport: { width: 1360, height: 900 }, language: 'en' } });

  test('a role accepting no type and a frame with no required role are named in English', async ({
    app,
    dir,
  }) => {
    const { page } = app;
    const before = await schemeFile(dir);
    const scheme = await openFrames(page, EN);
    const event = scheme.locator('.frame-card[data-frame-id="event"]');
    await event
      .locator('.frame-role[data-role-id="event"]')
      .getByRole('checkbox', { name: 'Required' })
      .click();
    await event
      .locator('.frame-role[data-role-id="target"]')
      .getByRole('checkbox', { name: 'Actor' })
      .click();
    await scheme.getByRole('button', { name: EN.save }).click();
    await expect(scheme.locator('.frame-problems li')).toHaveText([
      'Frame “Event” needs at least one required role.',
      'Role “Target” of frame “Event” accepts no tag type: tick at least one.',
    ]);
    expect(await schemeFile(dir)).toBe(before);
  });
});

test('a save main refuses says why in the editor, in the interface language, and the draft stays', async ({
  app,
  dir,
}) => {
  const { page } = app;
  const scheme = await openFrames(page);
  await scheme
    .locator('.frame-card[data-frame-id="event"]')
    .getByRole('button', { name: 'إزالة الإطار «حدث»' })
    .click();
  await expect(scheme.locator('.frame-card')).toHaveCount(1);
  // The scheme file cannot be replaced (a folder stands in its place), so main's save fails.
  const file = join(dir, 'library', 'taxonomy.json');
  await rm(file);
  await mkdir(join(file, 'blocked'), { recursive: true });
  await scheme.getByRole('button', { name: AR.save }).click();
  await expect(scheme.getByTestId('scheme-refusal')).toHaveText(
    'تعذّر الحفظ على القرص. لم يُفقد شيء مما حُفظ سابقاً.',
  );
  await expect(scheme.locator('.frame-card')).toHaveCount(1);
  expect((await app.library.getTaxonomy()).frames?.map((f) => f.id)).toEqual(['claim', 'event']);
});

test('removing a frame claims use: the refusal says how many, and deleting those claims saves', async ({
  app,
}) => {
  const { page } = app;
  const [meta] = await app.library.listArticles();
  if (!meta) throw new Error('the sample article is seeded');
  const articleId = meta.id;
  const { text } = await app.library.getArticle(articleId);
  const at = (phrase: string) => {
    const start = codePointLength(text.slice(0, text.indexOf(phrase)));
    return { start, end: start + codePointLength(phrase) };
  };
  const [hamas, exchange] = await app.library.createAnnotations(articleId, [
    { articleId, ...at('حماس'), tag: 'actor' },
    { articleId, ...at('تبادل الأسرى'), tag: 'demand.prisoners' },
  ]);
  if (!hamas || !exchange) throw new Error('both annotations are made');
  await app.library.createClaim({
    articleId,
    frame: 'claim',
    members: [
      { role: 'claimant', annotationId: hamas.id },
      { role: 'demand', annotationId: exchange.id },
    ],
  });

  const scheme = await openFrames(page);
  await scheme.getByRole('button', { name: 'إزالة الإطار «مطالبة»' }).click();
  await scheme.getByRole('button', { name: AR.save }).click();
  const refusal = scheme.getByTestId('scheme-refusal');
  await expect(refusal.locator('p')).toHaveText(
    'يستخدم 1 من المطالبات أُطرًا أو أدوارًا أو أنواعًا يحذفها هذا المخطط: اختر إخراجها من المطالبات أو حذف تلك المطالبات.',
  );
  // Nothing changed yet.
  expect((await app.library.getTaxonomy()).frames?.map((f) => f.id)).toEqual(['claim', 'event']);
  expect(await app.library.listClaims(articleId)).toHaveLength(1);
  await refusal.getByRole('button', { name: 'احذف تلك المطالبات واحفظ' }).click();
  await expect(page.getByTestId('status')).toHaveText(AR.saved);
  expect((await app.library.getTaxonomy()).frames?.map((f) => f.id)).toEqual(['event']);
  expect(await app.library.listClaims(articleId)).toEqual([]);
});

test('the Frames tab in Arabic and in English (screenshots): right to left, nothing cut off', async ({
  app,
  launchApp,
  dir,
  shotsDir,
}) => {
  for (const [words, language, target] of [
    [AR, 'ar', app],
    [EN, 'en', null],
  ] as const) {
    const running =
      target ??
      (await launchApp({
        libraryDir: join(dir, 'library-en'),
        language,
        viewport: { width: 1360, height: 900 },
      }));
    const { page } = running;
    const scheme = await openFrames(page, words);
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    await expect(scheme).toHaveCSS('direction', language === 'ar' ? 'rtl' : 'ltr');
    // Arabic labels keep their own direction in either interface.
    await expect(scheme.locator('.frame-card input[lang="ar"]').first()).toHaveAttribute('dir', 'rtl');
    const section = scheme.locator('.frames-section');
    const overflow = await section.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shotsDir, `scheme-frames-${language}.png`) });
    // Further down: the Claim frame's stance attribute with its options, then the Event frame.
    await scheme.locator('.frame-attribute[data-attribute-id="stance"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, `scheme-frames-attributes-${language}.png`) });
  }
});
