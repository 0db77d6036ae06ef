/**
 * The top bar: the brand, the daily commands grouped (library, analysis,
 * adjudication; new article, tag scheme; export), the coder controls and the language switch.
 */

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../shared/preferences';

/** What the main area shows when no article is open. */
export type SideView = 'library' | 'analysis' | 'adjudication';

interface Props {
  /** The view shown, or null while an article is open in the reader. */
  view: SideView | null;
  onView: (view: SideView) => void;
  onNewArticle: () => void;
  onScheme: () => void;
  onExport: () => void;
  onLanguage: (language: UiLanguage) => void;
  /** Shown before the language switch (the coder controls). */
  children?: ReactNode;
}

const VIEWS: { view: SideView; label: string }[] = [
  { view: 'library', label: 'nav.library' },
  { view: 'analysis', label: 'analysis.open' },
  { view: 'adjudication', label: 'adjudication.open' },
];

export function TopBar({ view, onView, onNewArticle, onScheme, onExport, onLanguage, children }: Props) {
  const { t, i18n } = useTranslation();
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
        <div className="toolbar-group">
          {VIEWS.map((v) => (
            <button key={v.view} type="button" aria-pressed={view === v.view} onClick={() => onView(v.view)}>
              {t(v.label)}
            </button>
          ))}
        </div>
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
