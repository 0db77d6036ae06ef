/**
 * The top bar: the brand, the daily commands grouped (the views:
 * ViewButtons.tsx; new article, tag scheme; export), the coder controls and the language switch.
 */

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../shared/preferences';
import { countRender } from '../reader/render-probe';
import { ViewButtons, type ShellView } from './ViewButtons';

interface Props {
  /** The view shown, or null while an article is open in the reader. */
  view: ShellView | null;
  onView: (view: ShellView) => void;
  onNewArticle: () => void;
  onScheme: () => void;
  onExport: () => void;
  onLanguage: (language: UiLanguage) => void;
  /** Shown before the language switch (the coder controls). */
  children?: ReactNode;
}

export function TopBar({ view, onView, onNewArticle, onScheme, onExport, onLanguage, children }: Props) {
  const { t, i18n } = useTranslation();
  countRender('shell', 'top-bar');
  const otherLanguage: UiLanguage = i18n.language === 'en' ? 'ar' : 'en';
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ه
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <nav className="top-actions" aria-label={t('nav.toolbar')}>
        <ViewButtons current={view} onShow={onView} />
        <div className="toolbar-group">
          <button type="button" onClick={onNewArticle}>
            {t('actions.newArticle')}
          </button>
          <button type="button" onClick={onScheme}>
            {t('taxonomy.open')}
          </button>
        </div>
        <div className="toolbar-group">
          <button type="button" onClick={onExport}>
            {t('transfer.exportButton')}
          </button>
        </div>
      </nav>
      {children}
      <button
        type="button"
        className="language-switch"
        lang={otherLanguage}
        // The visible name first (axe: label-content-name-mismatch), then what it does.
        aria-label={`${t('language.switchTo')} — ${t('language.switchLabel')}`}
        onClick={() => onLanguage(otherLanguage)}
      >
        {t('language.switchTo')}
      </button>
    </header>
  );
}
