/**
 * electron/menu.ts with Electron mocked (Menu.buildFromTemplate hands back the
 * template): every item sends its typed command, labels are in the interface
 * language, accelerators do not collide, and the language radio is checked.
 */

import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMenu } from '../../../electron/menu';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/ipc-contract';
import type { UiLanguage } from '../../../shared/preferences';
import { Menu, resetElectronFake } from './electron-fake';

beforeEach(resetElectronFake);

type Item = MenuItemConstructorOptions;

function build(language: UiLanguage, isMac = false) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const menu = buildMenu(language, send, isMac) as unknown as { template: Item[] };
  expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
  return { template: menu.template, send };
}

/** Every item of the menu, depth first. */
function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

/** Clicks the item labelled `label` and returns what it sent. */
function click(template: Item[], send: ReturnType<typeof build>['send'], label: string): MenuCommand[] {
  const item = flatten(template).find((i) => i.label === label);
  if (!item?.click) throw new Error(`no clickable item "${label}"`);
  send.mockClear();
  (item.click as () => void)();
  return send.mock.calls.map(([command]) => command);
}

const EXPECTED: Record<UiLanguage, [string, MenuCommand][]> = {
  en: [
    ['New Article…', 'new-article'],
    ['Open Text File…', 'open-text-file'],
    ['Import Files…', 'import-files'],
    ['Import Folder…', 'import-folder'],
    ['Export Annotations…', 'export-annotations'],
    ['Export…', 'export-dialog'],
    ['Import Annotations…', 'import-annotations'],
    ['Library', 'show-library'],
    ['العربية', 'set-language-ar'],
    ['English', 'set-language-en'],
  ],
  ar: [
    ['مقال جديد…', 'new-article'],
    ['فتح ملف نصي…', 'open-text-file'],
    ['استيراد ملفات…', 'import-files'],
    ['استيراد مجلد…', 'import-folder'],
    ['تصدير التعليقات…', 'export-annotations'],
    ['تصدير…', 'export-dialog'],
    ['استيراد التعليقات…', 'import-annotations'],
    ['المكتبة', 'show-library'],
    ['العربية', 'set-language-ar'],
    ['English', 'set-language-en'],
  ],
};

describe.each(['en', 'ar'] as const)('the %s menu', (language) => {
  it('sends exactly one typed command per item, covering every menu command', () => {
    const { template, send } = build(language);
    for (const [label, command] of EXPECTED[language])
      expect(click(template, send, label), label).toEqual([command]);
    expect(new Set(EXPECTED[language].map(([, c]) => c))).toEqual(new Set(MENU_COMMANDS));
  });

  it('has its top-level labels in the interface language', () => {
    const labels = build(language).template.map((item) => item.label);
    expect(labels).toEqual(
      language === 'en' ? ['File', 'Edit', 'View', 'Help'] : ['ملف', 'تحرير', 'عرض', 'مساعدة'],
    );
  });

  it('checks the current language and gives each shortcut to one item only', () => {
    const items = flatten(build(language).template);
    const radio = items.filter((i) => i.type === 'radio');
    expect(radio.filter((i) => i.checked).map((i) => i.label)).toEqual([
      language === 'ar' ? 'العربية' : 'English',
    ]);
    const accelerators = items.map((i) => i.accelerator).filter((a) => a !== undefined);
    expect(accelerators.length).toBeGreaterThanOrEqual(8);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});

describe('platform items', () => {
  it('puts Quit in the File menu off macOS, and the app menu first on macOS', () => {
    const other = build('en').template;
    expect(flatten(other).some((i) => i.role === 'quit' && i.label === 'Quit')).toBe(true);
    resetElectronFake();
    const mac = build('en', true).template;
    expect(mac[0]?.role).toBe('appMenu');
    expect(flatten(mac).some((i) => i.role === 'quit')).toBe(false);
  });
});
