/**
 * The shell a view shows around what it waits for from main: the sentence it
 * says while the answer comes ("Loading…", "Counting…"), main's refusal in the
 * user's language when it failed, then the view itself. Shared by the reader,
 * the library, the Agreement, Adjudication and Analysis views, which each
 * wrote the same three branches; each keeps its own wording and look (the
 * element and class of its waiting line).
 */

import type { ReactNode } from 'react';
import type { AppError } from '../../../shared/result';
import { errorMessage } from '../i18n/i18n';

interface Props<T> {
  /** What the view shows once it has it; null or absent while it comes. */
  value?: T | null;
  /** Why it failed: said in place as an alert (role="alert"), in the user's language, unless `reported`. */
  error?: AppError | null;
  /** The view already told the user (the status bar): after a failure the place stays empty. */
  reported?: boolean;
  /** The translated sentence said while the value comes. */
  waiting: string;
  /** The waiting line's element (default a paragraph) and class (default none). */
  as?: 'p' | 'div';
  className?: string;
  /** The view, given the value. */
  children?: (value: T) => ReactNode;
}

/**
 * Renders, in this order: the error (an alert, or an empty waiting element when
 * `reported`), the waiting line while `value` is null or absent, else
 * `children(value)` (nothing without children).
 */
export function LoadingShell<T>({
  value,
  error,
  reported = false,
  waiting,
  as: Line = 'p',
  className,
  children,
}: Props<T>) {
  if (error && !reported) {
    return (
      <p className="analysis-error" role="alert">
        {errorMessage(error)}
      </p>
    );
  }
  if (error) return <Line className={className} />;
  if (value === null || value === undefined) return <Line className={className}>{waiting}</Line>;
  return <>{children?.(value)}</>;
}
