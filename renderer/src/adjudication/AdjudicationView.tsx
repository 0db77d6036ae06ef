/**
 * The adjudication view (issue 20): the setup, then the walk through the
 * disagreements. Loads the tag scheme once for the tag names and the edit list.
 */

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdjudicationSetup as Setup } from '../../../shared/adjudication/adjudication-types';
import { listTags, type TagDefinition } from '../../../shared/taxonomy';
import type { UndoHistory } from '../../../shared/undo-history';
import { api } from '../api';
import { labelIn } from '../labels';
import type { Notify } from '../status';
import { AdjudicationSetup } from './AdjudicationSetup';
import { AdjudicationWalk } from './AdjudicationWalk';
import './adjudication.css';

interface Props {
  history: UndoHistory;
  notify: Notify;
  /** Bumped by the app after an undo or redo: the walk reloads. */
  revision: number;
}

export function AdjudicationView({ history, notify, revision }: Props) {
  const { i18n } = useTranslation();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [tags, setTags] = useState<TagDefinition[]>([]);
  useEffect(() => {
    void api.getTaxonomy().then((r) => {
      if (r.ok) setTags(listTags(r.value));
      else notify({ kind: 'error', error: r.error });
    });
  }, [notify]);
  const language = i18n.language;
  const tagLabel = useCallback(
    (id: string) => {
      const tag = tags.find((d) => d.id === id);
      if (!tag) return id;
      return tag.id === tag.typeId
        ? labelIn(tag.label, language)
        : `${labelIn(tag.typeLabel, language)} / ${labelIn(tag.label, language)}`;
    },
    [tags, language],
  );
  return (
    <div className="adjudication">
      {setup ? (
        <AdjudicationWalk
          setup={setup}
          history={history}
          notify={notify}
          revision={revision}
          tags={tags}
          tagLabel={tagLabel}
          onBack={() => setSetup(null)}
        />
      ) : (
        <AdjudicationSetup notify={notify} onStart={setSetup} />
      )}
    </div>
  );
}
