/**
 * The accessibility check the e2e specs share: axe-core on the page as it is, zero violations expected.
 *
 * Axe runs in the page itself (`setLegacyMode`: one `axe.run`), not as @axe-core/playwright does by
 * default (`runPartial` in each frame, then `finishRun` in a blank page it opens for every call): the
 * app has no frames, and that blank page cost ~3.5 s of a ~4.5 s check at load 20 (one page, same
 * rules), which put the nine checks of accessibility.spec.ts's first test past its 60 s budget.
 */

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.x A and AA rules plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Axe's violations on the page as it is, each as "rule (impact): its first three targets". */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode().analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/** Runs axe on the page as it is and fails (softly) with each violation's rule, impact and first targets. */
export async function expectNoViolations(page: Page, view: string): Promise<void> {
  expect.soft(await axeViolations(page), `axe on ${view}`).toEqual([]);
}
