/**
 * The start-up notice's list of unknown files: files under articles/ or
 * annotations/ that the library does not list (an article text left by a
 * kill during an import, annotations without their article, names Hamish
 * never writes). An article text can be adopted into the library from here
 * (api.adoptArticle); the others are only named, never moved or removed.
 */

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleMeta } from '../../../shared/model';
import type { UnknownFile } from '../../../shared/startup-report';
import { api } from '../api';
import type { Notify } from '../status';
import { isolatePath } from './isolate-path';

interface Props {
  files: readonly UnknownFile[];
  notify: Notify;
  /** An article was adopted: the list of articles and the report are out of date. */
  onAdopted: (meta: ArticleMeta) => void;
}

export function UnknownFiles({ files, notify, onAdopted }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);

  const adopt = async (articleId: string) => {
    setBusy(articleId);
    const result = await api.adoptArticle(articleId);
    setBusy(null);
    if (!result.ok) {
      notify({ kind: 'error', error: result.error });
      return;
    }
    notify({ kind: 'info', key: 'startup.adopted', params: { title: result.value.title } });
    onAdopted(result.value);
  };

  return (
    <>
      <h2>{t('startup.unknownHeading')}</h2>
      <ul>
        {files.map((file) => (
          <li key={file.file} data-kind={`unknown-${file.kind}`} className="unknown-file">
            <span>{t(`startup.unknown_${file.kind}`, { file: isolatePath(file.file) })}</span>
            {file.kind === 'article' && file.articleId && (
              <button type="button" disabled={busy !== null} onClick={() => void adopt(file.articleId ?? '')}>
                {t('startup.adopt')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
