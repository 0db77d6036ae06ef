/** Picks the label of a bilingual taxonomy entry for the interface language. */

import type { Label } from '../../shared/taxonomy';

export function labelIn(label: Label, language: string): string {
  return language.startsWith('en') ? label.en : label.ar;
}
