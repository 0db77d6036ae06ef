/**
 * The application menu's words in Arabic and English, one entry per menu,
 * command and built-in role; electron/menu.ts builds the menu from them in the
 * interface language. The Arabic follows the renderer's terms
 * (docs/terms-ar.md: «توسيم» for an annotation, «وسم» for a tag).
 */

import type { MenuCommand } from '../shared/ipc-contract';
import type { UiLanguage } from '../shared/preferences';

/** The top-level menus, in menu-bar order. */
export const MENU_TITLES = ['file', 'edit', 'view', 'article', 'help'] as const;
export type MenuTitle = (typeof MENU_TITLES)[number];

/** Built-in roles whose label we give ourselves (Electron's own are English only). */
export const LABELLED_ROLES = [
  'cut',
  'copy',
  'paste',
  'selectAll',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'togglefullscreen',
  'quit',
  'about',
] as const;
export type LabelledRole = (typeof LABELLED_ROLES)[number];

/** What a menu says in one language: titles, commands (language items name themselves), roles, the language submenu. */
export interface MenuWords {
  titles: Record<MenuTitle, string>;
  commands: Record<Exclude<MenuCommand, 'set-language-ar' | 'set-language-en'>, string>;
  roles: Record<LabelledRole, string>;
  language: string;
}

/** Each language's own name, the same in both menus so a reader of either can find theirs. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = { ar: 'العربية', en: 'English' };

export const MENU_WORDS: Record<UiLanguage, MenuWords> = {
  ar: {
    titles: { file: 'ملف', edit: 'تحرير', view: 'عرض', article: 'المقال', help: 'مساعدة' },
    commands: {
      'new-article': 'مقال جديد…',
      'open-text-file': 'فتح ملف نصي…',
      'import-files': 'استيراد مقالات…',
      'import-folder': 'استيراد مجلد مقالات…',
      'import-annotations': 'استيراد التوسيمات…',
      'export-dialog': 'تصدير…',
      'show-backups': 'الاستعادة من نسخة احتياطية…',
      undo: 'تراجع',
      redo: 'إعادة',
      find: 'البحث في المكتبة',
      'edit-scheme': 'مخطط الوسوم…',
      'show-library': 'المكتبة',
      'export-annotations': 'تصدير توسيمات هذا المقال…',
      'next-annotation': 'التوسيم التالي',
      'previous-annotation': 'التوسيم السابق',
      'tag-all-mentions': 'وسم كل إشارات التوسيم المحدد',
      'delete-annotation': 'حذف التوسيم المحدد',
      'show-shortcuts': 'اختصارات لوحة المفاتيح',
      'show-preferences': 'التفضيلات (المرمِّز)…',
    },
    roles: {
      cut: 'قص',
      copy: 'نسخ',
      paste: 'لصق',
      selectAll: 'تحديد الكل',
      resetZoom: 'الحجم الأصلي',
      zoomIn: 'تكبير',
      zoomOut: 'تصغير',
      togglefullscreen: 'ملء الشاشة',
      quit: 'خروج',
      about: 'عن هامش',
    },
    language: 'اللغة',
  },
  en: {
    titles: { file: 'File', edit: 'Edit', view: 'View', article: 'Article', help: 'Help' },
    commands: {
      'new-article': 'New Article…',
      'open-text-file': 'Open Text File…',
      'import-files': 'Import Articles…',
      'import-folder': 'Import a Folder of Articles…',
      'import-annotations': 'Import Annotations…',
      'export-dialog': 'Export…',
      'show-backups': 'Restore from Backup…',
      undo: 'Undo',
      redo: 'Redo',
      find: 'Search the Library',
      'edit-scheme': 'Tag Scheme…',
      'show-library': 'Library',
      'export-annotations': "Export This Article's Annotations…",
      'next-annotation': 'Next Annotation',
      'previous-annotation': 'Previous Annotation',
      'tag-all-mentions': 'Tag All Mentions of the Selected Annotation',
      'delete-annotation': 'Delete the Selected Annotation',
      'show-shortcuts': 'Keyboard Shortcuts',
      'show-preferences': 'Preferences (Coder)…',
    },
    roles: {
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      selectAll: 'Select All',
      resetZoom: 'Actual Size',
      zoomIn: 'Zoom In',
      zoomOut: 'Zoom Out',
      togglefullscreen: 'Full Screen',
      quit: 'Quit',
      about: 'About Hamish',
    },
    language: 'Language',
  },
};
