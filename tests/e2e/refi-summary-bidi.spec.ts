/**
 * The REFI-QDA mapping step's summary in the Arabic interface (fresh-user
 * test 4): the project's name, the software it came from and its users are
 * Latin names inside an Arabic sentence, each isolated, so the sentence reads
 * right to left as written: «name» من <software>: 0 من المصادر… — the count
 * drawn left of the whole software name, not pulled between «من» and it
 * («من 0 :ATLAS.ti…»). Measured glyph by glyph in Chromium, 1024×700, on the
 * ATLAS.ti sample of ../shared/refi-qda.
 */

import { join } from 'node:path';
import { REPO_ROOT } from './harness';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1024, height: 700 } } });

const ATLAS = join(REPO_ROOT, '..', 'shared', 'refi-qda', 'samples', 'atlas-codebook-sample.qdpx');

test('the Arabic summary of a REFI-QDA project keeps the count after the software name', async ({ app }) => {
  const { page } = app;
  app.nextImportFile = ATLAS;
  await app.sendMenuCommand('import-annotations');
  await page
    .getByTestId('import-dialog')
    .getByRole('button', { name: /REFI\u2011QDA/u })
    .click();
  const summary = page.getByTestId('refi-mapping').locator('p').first();
  await expect(summary).toContainText('ATLAS.ti');
  const boxes = await summary.evaluate((node) => {
    const text = node.textContent;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    const textNode = walker.nextNode() as Text;
    const at = (piece: string, from = 0) => {
      const index = text.indexOf(piece, from);
      if (index < 0) throw new Error(`«${piece}» not in «${text}»`);
      const range = document.createRange();
      range.setStart(textNode, index);
      range.setEnd(textNode, index + piece.length);
      const { left, right, top } = range.getBoundingClientRect();
      return { left, right, top, index };
    };
    const name = at('target-atlas-project');
    const origin = at('ATLAS.ti for Windows');
    const version = at('23.2.3.27778');
    const count = at('0', version.index + 'x23.2.3.27778'.length);
    return { name, origin, version, count };
  });
  // One line, right to left: the name, then the whole software name, then its count to the left of it.
  expect(boxes.count.top).toBe(boxes.name.top);
  expect(boxes.origin.right).toBeLessThan(boxes.name.left);
  expect(boxes.count.right).toBeLessThanOrEqual(Math.min(boxes.origin.left, boxes.version.left));
});
