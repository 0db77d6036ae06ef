/**
 * "Back to the text": moves keyboard focus to the article (the reader's
 * focusable scrolling region) from the note box or the side panel, so the
 * reader's keys act on the text again. The region is found by its test id
 * (one reader is open at a time); the scroll position is kept.
 */

/** Focuses the open article's text region; does nothing when no article is open. */
export function focusReaderText(): void {
  document.querySelector<HTMLElement>('[data-testid="reader-text"]')?.focus({ preventScroll: true });
}
