/** The library: every article with its source, date and annotation count; open or delete. */

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf, type ArticleMeta } from '../../../shared/model';

interface Props {
  articles: ArticleMeta[] | null;
  onOpen: (id: string) => void;
  onDelete: (article: ArticleMeta) => void;
  onNew: () => void;
}

export function LibraryView({ articles, onOpen, onDelete, onNew }: Props) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const dateFormat = new Intl.DateTimeFormat(i18n.language === 'ar' ? 'ar' : 'en', { dateStyle: 'medium' });

  if (!articles) return <div className="reader-loading">{t('reader.loading')}</div>;

  return (
    <section className="library" aria-labelledby="library-title" data-testid="library">
      <header className="library-header">
        <h1 id="library-title">{t('library.title')}</h1>
        <span className="muted">{t('library.count', { count: articles.length })}</span>
      </header>
      {articles.length === 0 && (
        <div className="library-empty">
          <p>{t('library.empty')}</p>
          <button type="button" className="primary" onClick={onNew}>
            {t('actions.newArticle')}
          </button>
        </div>
      )}
      <ul className="article-list">
        {articles.map((a) => (
          <li key={a.id} className="article-row" data-article-id={a.id}>
            <button
              type="button"
              className="article-open"
              dir={directionOf(a.language)}
              onClick={() => onOpen(a.id)}
            >
              <span className="article-title" lang={a.language}>
                {a.title}
              </span>
              <span className="article-details">
                <span>{a.source || t('library.unknownSource')}</span>
                {a.date && <span>{dateFormat.format(new Date(a.date))}</span>}
                <span className="count-badge">{t('library.annotations', { count: a.annotationCount })}</span>
              </span>
            </button>
            {confirming === a.id ? (
              <span
                className="confirm"
                role="alertdialog"
                aria-label={t('library.confirmDelete', { title: a.title })}
              >
                <span>{t('library.confirmDelete', { title: a.title })}</span>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    setConfirming(null);
                    onDelete(a);
                  }}
                >
                  {t('actions.delete')}
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  {t('actions.cancel')}
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="icon-button"
                title={t('actions.delete')}
                aria-label={`${t('actions.delete')}: ${a.title}`}
                onClick={() => setConfirming(a.id)}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
