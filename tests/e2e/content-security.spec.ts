/**
 * The strict CSP and the app's fonts get on in real Chromium: starting the
 * built renderer logs no console error and no securitypolicyviolation (the
 * Arabic fonts are files under `font-src 'self'`, not data: URLs the policy
 * blocks), and the reading and interface fonts are actually loaded.
 */

import { openArticle } from './app-actions';
import { expect, test } from './fixtures';
import type { HamishApp } from './harness';

/** Records CSP violations from the first script on, before any app code runs. */
function recordViolations(): void {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(`${event.effectiveDirective} blocked ${event.blockedURI.slice(0, 60)}`);
  });
}

test('a start with an article open logs no CSP violation and no console error, and the fonts load', async ({
  app,
}) => {
  await checkStart(app);
});

async function checkStart(app: HamishApp): Promise<void> {
  const { page } = app;
  await app.context.addInitScript(recordViolations);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // The harness has loaded the page once already; this reload is a start like any other, watched from its first script.
  await app.reload();
  // The reader uses the Naskh face for the article and the Plex face around it: open one to need both.
  await openArticle(page);

  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  const loaded = await page.evaluate(() =>
    [...document.fonts]
      .filter((face) => face.status === 'loaded')
      .map((face) => face.family.replace(/"/g, '')),
  );
  expect(new Set(loaded)).toEqual(new Set(['Noto Naskh Arabic', 'IBM Plex Sans Arabic']));
}
