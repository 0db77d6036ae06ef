/**
 * electron/menu.ts with Electron mocked (Menu.buildFromTemplate hands back the
 * template): File, Edit, View, Article and Help carry every menu command, each
 * item sends its own typed command, every item is labelled in both languages
 * (Arabic in Arabic script, with the interface's terms), shortcuts never
 * collide, and keys the page handles are shown but not registered.
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
  Menu.buildFromTemplate.mockClear();
  const menu = buildMenu(language, send, isMac) as unknown as { template: Item[] };
  expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
  return { template: menu.template, send };
}

/** Every item of the menu, depth first, with the top-level menu it sits in. */
function flatten(items: readonly Item[], top?: string): (Item & { top?: string })[] {
  return items.flatMap((item) => [
    { ...item, top },
    ...(Array.isArray(item.submenu) ? flatten(item.submenu, top ?? item.label) : []),
  ]);
}

/** What each clickable item sends, by its label. */
function sentBy(language: UiLanguage, isMac = false): Map<string, MenuCommand[]> {
  const { template, send } = build(language, isMac);
  const out = new Map<string, MenuCommand[]>();
  for (const item of flatten(template).filter((i) => i.click)) {
    send.mockClear();
    (item.click as () => void)();
    out.set(
      item.label ?? '',
      send.mock.calls.map(([c]) => c),
    );
  }
  return out;
}

const ARABIC = /[\u0600-\u06FF]/u;

describe.each(['en', 'ar'] as const)('the %s menu', (language) => {
  it('has File, Edit, View, Article and Help in the interface language', () => {
    const labels = build(language).template.map((item) => item.label);
    expect(labels).toEqual(
      language === 'en'
        ? ['File', 'Edit', 'View', 'Article', 'Help']
        : ['ملف', 'تحرير', 'عرض', 'المقال', 'مساعدة'],
    );
  });

  it('sends exactly one command per item, every menu command from one item', () => {
    const sent = sentBy(language);
    for (const [label, commands] of sent) expect(commands, label).toHaveLength(1);
    const all = [...sent.values()].flat();
    expect(all.toSorted()).toEqual([...MENU_COMMANDS].toSorted());
  });

  it('gives every command and role item a label, Arabic in Arabic script, and says «توسيم», not «تعليق»', () => {
    const items = flatten(build(language).template).filter((i) => i.type !== 'separator');
    expect(items.length).toBeGreaterThan(30);
    for (const item of items) {
      if (item.role === 'appMenu') continue;
      expect(item.label, JSON.stringify(item.role)).toBeTruthy();
      if (language === 'ar' && item.label !== 'English') expect(item.label).toMatch(ARABIC);
      if (language === 'en' && item.label !== 'العربية') expect(item.label).not.toMatch(ARABIC);
      expect(item.label).not.toContain('تعليق');
    }
  });

  it('gives each shortcut to one item only, and leaves the keys the page handles to the page', () => {
    const items = flatten(build(language).template);
    const accelerators = items.map((i) => i.accelerator).filter((a) => a !== undefined);
    expect(accelerators.length).toBeGreaterThanOrEqual(25);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    const pageKeys = items.filter((i) => i.registerAccelerator === false).map((i) => i.accelerator);
    expect(pageKeys.toSorted()).toEqual(
      ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Z', 'Delete', 'M', '[', ']'].toSorted(),
    );
  });

  it('checks the current language', () => {
    const radio = flatten(build(language).template).filter((i) => i.type === 'radio');
    expect(radio.filter((i) => i.checked).map((i) => i.label)).toEqual([
      language === 'ar' ? 'العربية' : 'English',
    ]);
  });
});

describe('where commands live', () => {
  it('puts imports, export and restore from backup in File, the article commands in Article', () => {
    const items = flatten(build('en').template);
    const menuOf = (label: string) => items.find((i) => i.label === label)?.top;
    expect(menuOf('Import Articles…')).toBe('File');
    expect(menuOf('Import Annotations…')).toBe('File');
    expect(menuOf('Restore from Backup…')).toBe('File');
    expect(menuOf('Export…')).toBe('File');
    expect(menuOf("Export This Article's Annotations…")).toBe('Article');
    expect(menuOf('Next Annotation')).toBe('Article');
    expect(menuOf('Tag Scheme…')).toBe('Edit');
    expect(menuOf('Keyboard Shortcuts')).toBe('Help');
  });

  it('labels the same commands in both languages', () => {
    const byCommand = (language: UiLanguage) =>
      new Map([...sentBy(language)].map(([label, [command]]) => [command, label]));
    const ar = byCommand('ar');
    const en = byCommand('en');
    for (const command of MENU_COMMANDS) {
      expect(ar.get(command), command).toBeTruthy();
      expect(en.get(command), command).toBeTruthy();
    }
  });
});

describe('platform items', () => {
  it('puts Quit in the File menu off macOS, and the app menu first on macOS', () => {
    const other = build('en').template;
    expect(flatten(other).some((i) => i.role === 'quit' && i.label === 'Quit' && i.top === 'File')).toBe(
      true,
    );
    resetElectronFake();
    const mac = build('en', true).template;
    expect(mac[0]?.role).toBe('appMenu');
    expect(flatten(mac).some((i) => i.role === 'quit')).toBe(false);
  });

  it('drops bare-key shortcuts on macOS, which would take the key from text fields there', () => {
    const mac = flatten(build('en', true).template);
    const next = mac.find((i) => i.label === 'Next Annotation');
    expect(next?.accelerator).toBeUndefined();
    expect(next?.click).toBeTypeOf('function');
    expect(mac.find((i) => i.label === 'Undo')?.accelerator).toBe('CmdOrCtrl+Z');
  });
});
