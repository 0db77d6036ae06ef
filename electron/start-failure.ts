/**
 * What main does when start-up fails: the error is logged, shown to the user
 * in a dialog (in both interface languages, since preferences may be what
 * failed), whatever was opened is closed, and the app exits with code 1.
 */

import { app, dialog } from 'electron';

/** Exit code of a start that failed. */
export const START_FAILURE_EXIT_CODE = 1;

/**
 * Reports `error` and quits: logs it, shows `dialog.showErrorBox`, awaits
 * `cleanup` (errors there are ignored), then `app.exit(1)`.
 */
export async function failStart(
  error: unknown,
  cleanup: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const detail = error instanceof Error ? error.message : String(error);
  console.error('Hamish failed to start', error);
  dialog.showErrorBox(
    'Hamish could not start — تعذّر تشغيل هامش',
    `${detail}\n\nHamish will close.\nسيُغلق هامش.`,
  );
  await cleanup().catch(() => undefined);
  app.exit(START_FAILURE_EXIT_CODE);
}
