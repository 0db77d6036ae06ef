/**
 * Status messages shown in the footer. They hold translation keys, not text,
 * so a message already shown follows a switch of the interface language.
 */

import type { AppError } from '../../shared/result';

export type StatusMessage =
  | { kind: 'info'; key: string; params?: Record<string, string | number> }
  | {
      kind: 'error';
      error: AppError;
      /** Sent by a dialog that shows it in place too: it leaves the status line when the dialog closes (app/use-status.ts). */
      fromDialog?: boolean;
    }
  | { kind: 'saving' };

export type Notify = (message: StatusMessage) => void;
