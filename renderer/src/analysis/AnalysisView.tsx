/**
 * The Analysis view beside Library and Reader (issue 19): the filter bar,
 * tabs for Frequencies, Who demands what, Claim network, Over time and
 * Actor profile, and
 * the mentions behind a picked number. The numbers come from main
 * (getAnalysis); a mention opens the reader at its span.
 */

import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisFilter } from '../../../shared/analysis-types';
import type { ArticleMeta, EntitySummary } from '../../../shared/model';
import type { TextSpan } from '../../../shared/search-passage';
import { framesOf } from '../../../shared/claims';
import type { FrameDefinition } from '../../../shared/schema/taxonomy-schema';
import { listTags, type TagDefinition } from '../../../shared/taxonomy';
import { api } from '../api';
import type { Notify } from '../status';
import { ActorDemandTab } from './ActorDemandTab';
import { ActorProfileTab } from './ActorProfileTab';
import { AnalysisFilters } from './AnalysisFilters';
import { makeLabeller } from './analysis-labels';
import { NO_FILTER, toAnalysisFilter, type FilterFields } from './analysis-filter';
import { FrequenciesTab } from './FrequenciesTab';
import { MentionsPanel, type PickedNumber } from './MentionsPanel';
import { NetworkTab } from './NetworkTab';
import { TimelineTab } from './TimelineTab';
import './analysis.css';

const TABS = ['frequencies', 'actorDemand', 'network', 'timeline', 'profile'] as const;
type Tab = (typeof TABS)[number];

interface Props {
  onOpen: (articleId: string, focus: TextSpan) => void;
  notify: Notify;
}

export function AnalysisView({ onOpen, notify }: Props) {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState<Tab>('frequencies');
  const [fields, setFields] = useState<FilterFields>(NO_FILTER);
  const [filter, setFilter] = useState<AnalysisFilter>({});
  const [rangeError, setRangeError] = useState(false);
  const [picked, setPicked] = useState<PickedNumber | null>(null);
  const [articles, setArticles] = useState<ArticleMeta[]>([]);
  const [tags, setTags] = useState<TagDefinition[]>([]);
  const [frames, setFrames] = useState<FrameDefinition[]>([]);
  const [entities, setEntities] = useState<EntitySummary[]>([]);

  useEffect(() => {
    void Promise.all([api.listArticles(), api.getTaxonomy(), api.listEntities()]).then(([a, s, e]) => {
      if (a.ok) setArticles(a.value);
      if (s.ok) {
        setTags(listTags(s.value));
        setFrames(framesOf(s.value));
      }
      if (e.ok) setEntities(e.value);
    });
  }, []);

  const changeFields = (next: FilterFields) => {
    setFields(next);
    const made = toAnalysisFilter(next);
    setRangeError('error' in made);
    if ('filter' in made) {
      setFilter(made.filter);
      setPicked(null);
    }
  };

  const labels = useMemo(
    () => makeLabeller(tags, entities, i18n.language, frames),
    [tags, entities, i18n.language, frames],
  );
  const sources = useMemo(
    () => [...new Set(articles.map((a) => a.source).filter(Boolean))].sort(),
    [articles],
  );
  const languages = useMemo(() => new Map(articles.map((a) => [a.id, a.language])), [articles]);
  const direction = i18n.dir(i18n.language);
  const common = { filter, labels, tags, direction, onPick: setPicked, notify };

  return (
    <section className="analysis-view" aria-label={t('analysis.title')}>
      <AnalysisFilters
        fields={fields}
        sources={sources}
        tags={tags}
        entities={entities}
        onChange={changeFields}
      />
      {rangeError && (
        <p className="analysis-error" role="alert">
          {t('analysis.filter.badRange')}
        </p>
      )}
      <div className="analysis-tabs" role="tablist" aria-label={t('analysis.tabs.label')}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`analysis-tab-${id}`}
            aria-selected={tab === id}
            aria-controls="analysis-panel"
            onClick={() => {
              setTab(id);
              setPicked(null);
            }}
          >
            {t(`analysis.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div
        id="analysis-panel"
        role="tabpanel"
        aria-labelledby={`analysis-tab-${tab}`}
        className="analysis-panel"
      >
        {tab === 'frequencies' && <FrequenciesTab {...common} />}
        {tab === 'actorDemand' && <ActorDemandTab {...common} />}
        {tab === 'network' && <NetworkTab {...common} />}
        {tab === 'timeline' && <TimelineTab {...common} />}
        {tab === 'profile' && (
          <ActorProfileTab
            {...common}
            entities={entities}
            languageOf={(id) => languages.get(id) ?? 'ar'}
            onOpen={onOpen}
          />
        )}
      </div>
      {picked && (
        <MentionsPanel
          filter={filter}
          picked={picked}
          languageOf={(id) => languages.get(id) ?? 'ar'}
          onOpen={onOpen}
          onClose={() => setPicked(null)}
          notify={notify}
        />
      )}
    </section>
  );
}
