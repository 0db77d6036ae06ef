/**
 * Status messages shown in the footer. They hold translation keys, not text,
 * so a message already shown follows a switch of the interface language.
 */

import type { AppError } from '../../shared/result';

export type StatusMessage =
  | { kind: 'info'; key: string; params?: Record<string, string | number> }
  | { kind: 'error'; error: AppError }
  | { kind: 'saving' };

export type Notify = (message: StatusMessage) => void;
