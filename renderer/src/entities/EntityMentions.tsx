/**
 * An entity's page in the entities panel: every annotation linked to it in
 * the library, keyword in context (article, the sentence with the mention
 * marked), computed in main. A click opens the article at that mention.
 */

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityMention } from '../../../shared/library-mentions';
import type { TextSpan } from '../../../shared/search-passage';
import { api } from '../api';
import { MentionLine } from '../mentions/MentionLine';

interface Props {
  entityId: string;
  /** Changes when the entity's links may have changed (reloads the list). */
  version: number;
  onOpen: (articleId: string, focus: TextSpan) => void;
}

export function EntityMentions({ entityId, version, onOpen }: Props) {
  const { t } = useTranslation();
  const [mentions, setMentions] = useState<EntityMention[] | null>(null);
  useEffect(() => {
    let live = true;
    void api.listEntityMentions(entityId).then((r) => {
      if (live) setMentions(r.ok ? r.value : []);
    });
    return () => {
      live = false;
    };
  }, [entityId, version]);

  return (
    <section className="entity-mentions" aria-label={t('across.mentionsTitle')}>
      <h4>{t('across.mentionsTitle')}</h4>
      {mentions === null && <p className="muted">{t('across.loading')}</p>}
      <ol data-testid="entity-kwic">
        {mentions?.map((m) => (
          <li key={m.annotationId}>
            <button
              type="button"
              className="kwic"
              aria-label={t('across.openMention', { title: m.title })}
              onClick={() => onOpen(m.articleId, { start: m.start, end: m.end })}
            >
              <MentionLine mention={m} />
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
