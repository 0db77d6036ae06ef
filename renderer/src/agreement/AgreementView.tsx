/**
 * The Agreement view beside Library and Analysis (issue 20): inter-coder
 * agreement over the library's own coder layers (an annotation's coder is
 * its `author`). Choose the articles, two or more coders and the options of
 * `hamish agreement`; main computes the report (getAgreement, off its
 * thread) and exports it as CSV or as an HTML page through its save dialog
 * (saveAgreementReport), rendered by the CLI's own functions.
 */

import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tagLabels, type ReportLanguage } from '../../../shared/agreement/report-words';
import type { ArticleMeta } from '../../../shared/model';
import type {
  AgreementArticles,
  AgreementCoder,
  AgreementFileKind,
} from '../../../shared/schema/agreement-schema';
import type { Taxonomy } from '../../../shared/taxonomy';
import { api } from '../api';
import type { Notify } from '../status';
import { useAnswer } from '../ui/use-answer';
import { AgreementChoices } from './AgreementChoices';
import { AgreementResult } from './AgreementResult';
import {
  ANY_ARTICLE,
  DEFAULT_OPTIONS,
  toArticles,
  toRequest,
  type AgreementOptionsChoice,
  type ArticleFields,
} from './agreement-request';
import { LoadingShell } from '../ui/LoadingShell';
import './agreement.css';

export function AgreementView({ notify }: { notify: Notify }) {
  const { t, i18n } = useTranslation();
  const language: ReportLanguage = i18n.language === 'en' ? 'en' : 'ar';
  const [metas, setMetas] = useState<ArticleMeta[]>([]);
  const [taxonomy, setTaxonomy] = useState<Taxonomy | null>(null);
  const [fields, setFields] = useState<ArticleFields>(ANY_ARTICLE);
  const [articles, setArticles] = useState<AgreementArticles>({});
  const [rangeError, setRangeError] = useState(false);
  const [coders, setCoders] = useState<AgreementCoder[]>([]);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [options, setOptions] = useState<AgreementOptionsChoice>(DEFAULT_OPTIONS);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void Promise.all([api.listArticles(), api.getTaxonomy()]).then(([a, s]) => {
      if (a.ok) setMetas(a.value);
      if (s.ok) setTaxonomy(s.value);
    });
  }, []);
  useEffect(() => {
    let live = true;
    void api.listAgreementCoders(articles).then((r) => {
      if (!live) return;
      if (!r.ok) return notify({ kind: 'error', error: r.error });
      setCoders(r.value);
      // Until the user chooses, the two coders with the most annotations.
      setChosen((c) => c ?? r.value.slice(0, 2).map((x) => x.name));
    });
    return () => {
      live = false;
    };
  }, [articles, notify]);

  const changeFields = (next: ArticleFields) => {
    setFields(next);
    const made = toArticles(next);
    setRangeError('error' in made);
    if ('articles' in made) setArticles(made.articles);
  };
  const present = (chosen ?? []).filter((name) => coders.some((c) => c.name === name));
  const request = toRequest(articles, present, options);
  const state = useAnswer(request, (r) => api.getAgreement(r));
  const labels = useMemo(() => tagLabels(taxonomy ? [taxonomy] : []), [taxonomy]);
  const sources = useMemo(() => [...new Set(metas.map((a) => a.source).filter(Boolean))].sort(), [metas]);

  const save = async (kind: AgreementFileKind) => {
    if (!request) return;
    setSaving(true);
    const result = await api.saveAgreementReport(request, kind, language);
    setSaving(false);
    if (!result.ok) notify({ kind: 'error', error: result.error });
    else if (result.value)
      notify({ kind: 'info', key: 'agreement.saved', params: { path: result.value.path } });
  };
  const compared = (state.result?.reports[0]?.articles.length ?? 0) > 0;

  return (
    <section className="analysis-view agreement-view" aria-label={t('agreement.title')}>
      <h1 className="agreement-title">{t('agreement.title')}</h1>
      <AgreementChoices
        fields={fields}
        sources={sources}
        onFields={changeFields}
        coders={coders}
        chosen={present}
        onChosen={setChosen}
        options={options}
        onOptions={setOptions}
      />
      {rangeError && (
        <p className="analysis-error" role="alert">
          {t('analysis.filter.badRange')}
        </p>
      )}
      <div className="agreement-export" role="group" aria-label={t('agreement.export')}>
        {(['csv', 'html'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            disabled={!request || state.loading || !compared || saving}
            onClick={() => void save(kind)}
          >
            {t(`agreement.save.${kind}`)}
          </button>
        ))}
      </div>
      <div aria-live="polite" aria-busy={state.loading}>
        {!request ? (
          <p className="muted">{t('agreement.chooseCoders')}</p>
        ) : (
          <LoadingShell
            value={state.result}
            error={state.error}
            className="muted"
            waiting={t('agreement.loading')}
          >
            {(result) => <AgreementResult result={result} labels={labels} language={language} />}
          </LoadingShell>
        )}
      </div>
    </section>
  );
}
