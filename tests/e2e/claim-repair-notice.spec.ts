/**
 * A claim whose member annotation went missing from the files (damage, or a
 * hand edit) is repaired by the start-up check and said in the start-up
 * notice, never silently: the notice names the article and how many
 * members were taken out, in Arabic and in English.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SAMPLE_TITLE } from './app-actions';
import { expect, test } from './fixtures';
import { sampleLibrary } from './sample-library';

test('the start-up notice says a claim lost a member whose annotation is gone', async ({
  dir,
  launchApp,
}) => {
  const libraryDir = join(dir, 'library');
  const { library: seeded, sample } = await sampleLibrary(libraryDir);
  const { text } = await seeded.getArticle(sample.id);
  const at = (phrase: string) => {
    const start = [...text.slice(0, text.indexOf(phrase))].length;
    return { start, end: start + [...phrase].length };
  };
  const hamas = await seeded.createAnnotation({
    articleId: sample.id,
    ...at('حماس'),
    tag: 'actor.armed-group',
  });
  const israel = await seeded.createAnnotation({
    articleId: sample.id,
    ...at('إسرائيل'),
    tag: 'actor.state',
  });
  const demand = await seeded.createAnnotation({
    articleId: sample.id,
    ...at('تبادل الأسرى'),
    tag: 'demand.prisoners',
  });
  await seeded.createClaim({
    articleId: sample.id,
    frame: 'claim',
    members: [
      { role: 'claimant', annotationId: hamas.id },
      { role: 'addressee', annotationId: israel.id },
      { role: 'demand', annotationId: demand.id },
    ],
  });
  await seeded.close(); // folds the journal into annotations/<id>.json
  const path = join(libraryDir, 'annotations', `${sample.id}.json`);
  const file = JSON.parse(await readFile(path, 'utf8')) as { annotations: { id: string }[] };
  file.annotations = file.annotations.filter((a) => a.id !== israel.id);
  await writeFile(path, JSON.stringify(file));

  const { page, library } = await launchApp({ libraryDir });
  const notice = page.getByTestId('startup-notice');
  const line = notice.locator('li[data-kind="claim-repaired"]');
  await expect(line).toContainText(`مطالبة في «${SAMPLE_TITLE}`);
  await expect(line).toContainText(
    'كانت تشير إلى توسيمات لم تعد موجودة (عددها 1)، فأُخرجت من أدوارها وبقيت المطالبة.',
  );
  const [claim] = await library.listClaims(sample.id);
  expect(claim?.members.map((m) => m.role)).toEqual(['claimant', 'demand']);
  await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
  await expect(line).toContainText(`A claim in “${SAMPLE_TITLE}`);
  await expect(line).toContainText(
    'pointed to annotations that no longer exist (1): they were taken out of its roles',
  );
});
