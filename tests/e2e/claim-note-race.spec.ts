/**
 * A claim's note typed while another change of the same claim is still on
 * its way from main (here: the undo of its stance, its answer held back with
 * the harness's `beforeDispatch`, as a slow disk would) is kept: the answer
 * landing changes the claim under the field, never what is typed in it.
 */

import { join } from 'node:path';
import { openArticle, waitForSaved } from './app-actions';
import { expect, test } from './fixtures';
import { Gate } from './answer-gate';

test('a note typed while the undo of the stance is on its way is kept, then saved', async ({
  dir,
  launchApp,
}) => {
  const gate = new Gate();
  const app = await launchApp({ libraryDir: join(dir, 'library'), beforeDispatch: gate.beforeDispatch });
  const { page, library } = app;
  const [meta] = await library.listArticles();
  const id = meta?.id ?? '';
  const { text } = await library.getArticle(id);
  const at = (phrase: string) => {
    const start = [...text.slice(0, text.indexOf(phrase))].length;
    return { start, end: start + [...phrase].length };
  };
  const hamas = await library.createAnnotation({ articleId: id, ...at('حماس'), tag: 'actor.armed-group' });
  const demand = await library.createAnnotation({
    articleId: id,
    ...at('تبادل الأسرى'),
    tag: 'demand.prisoners',
  });
  await library.createClaim({
    articleId: id,
    frame: 'claim',
    members: [
      { role: 'claimant', annotationId: hamas.id },
      { role: 'demand', annotationId: demand.id },
    ],
  });
  await app.reload();
  await openArticle(page);
  await page.getByRole('tab', { name: 'المطالبات' }).click();
  await page.locator('.claim-row').first().click();
  await page.getByTestId('claim-attribute-stance').selectOption('for');
  await waitForSaved(page);
  expect((await library.listClaims(id))[0]?.attributes).toEqual({ stance: 'for' });

  gate.hold('updateClaim');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Control+z');
  const note = page.getByTestId('claim-note');
  await note.fill('المطلب الرئيسي في المقال');
  gate.open();
  await expect.poll(async () => (await library.listClaims(id))[0]?.attributes ?? {}).toEqual({});
  await expect(page.getByTestId('claim-attribute-stance')).toHaveValue('');
  await expect(note).toHaveValue('المطلب الرئيسي في المقال');
  await page.getByTestId('claim-attribute-stance').focus();
  await expect.poll(async () => (await library.listClaims(id))[0]?.note).toBe('المطلب الرئيسي في المقال');
});
