/**
 * A REFI-QDA project through the real import dialog in Chromium: the
 * ATLAS.ti sample's codes are listed with their proposals (new tags), the
 * user maps the top code onto the existing Event type with the select, and
 * the import adds only the two subcodes, as subtypes of Event.
 */

import { join } from 'node:path';
import { expect, test } from './fixtures';
import { REPO_ROOT } from './harness';

const ATLAS = join(REPO_ROOT, '..', 'shared', 'refi-qda', 'samples', 'atlas-codebook-sample.qdpx');

test('maps a .qdpx code onto an existing tag in the import dialog and adds the others', async ({
  dir,
  launchApp,
}) => {
  const app = await launchApp({
    libraryDir: join(dir, 'lib'),
    exportDir: dir,
    seedSample: false,
    language: 'en',
  });
  app.nextImportFile = ATLAS;
  await app.sendMenuCommand('import-annotations');
  const dialog = app.page.getByTestId('import-dialog');
  await dialog.getByRole('button', { name: 'Choose a REFI\u2011QDA project (.qdpx)…' }).click();
  const mapping = dialog.getByTestId('refi-mapping');
  await expect(mapping.getByRole('row')).toHaveCount(4);
  const top = mapping.getByRole('combobox', { name: 'Commits', exact: true });
  await expect(top).toHaveValue('new');
  await top.selectOption({ label: 'Event' });
  await mapping.getByRole('button', { name: 'Import the project' }).click();
  await expect(dialog.getByTestId('refi-tags-added')).toHaveText('Tags added to the scheme: 2.');
  await expect(mapping).toHaveCount(0);
  const event = (await app.library.getTaxonomy()).types.find((t) => t.id === 'event');
  expect(event?.subtypes.map((s) => s.label.en).slice(-2)).toEqual([
    '2022-05-10T02:05:59Z 19e4dce',
    '2022-02-11T10:39:25Z cdbfd92',
  ]);
  expect((await app.library.getTaxonomy()).types.map((t) => t.id)).toEqual(['actor', 'demand', 'event']);
});
