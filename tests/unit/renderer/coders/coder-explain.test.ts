/**
 * The coder dialog tells where the name can be changed later by places a
 * user can find (fresh-user pass, item 6): it said "in Preferences", and
 * no menu item or button is called that. It must name the top bar's coder
 * button by its word and the Edit menu's item by its labels, in each language.
 */

import { describe, expect, it } from 'vitest';
import { MENU_WORDS } from '../../../../electron/menu-labels';
import { RESOURCES } from '../../../../renderer/src/i18n/resources';

const QUOTES = { ar: ['«', '»'], en: ['“', '”'] } as const;

describe('the coder dialog’s "change it later"', () => {
  for (const language of ['ar', 'en'] as const) {
    it(`names the coder button and Edit › Preferences (Coder)… as the menu says them (${language})`, () => {
      const { coder } = RESOURCES[language].translation as { coder: { explain: string; button: string } };
      const menu = MENU_WORDS[language];
      // The button reads "Coder: <name>"; its word is what stands before the colon.
      const word = coder.button.split(':')[0] ?? '';
      expect(word.length).toBeGreaterThan(0);
      const [open, close] = QUOTES[language];
      expect(coder.explain).toContain(`${open}${word}${close}`);
      expect(coder.explain).toContain(`${menu.titles.edit} › ${menu.commands['show-preferences']}`);
    });
  }
});
