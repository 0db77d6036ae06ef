/**
 * Starting (or resuming) an adjudication: the two coders to compare ("mine"
 * and "theirs"), the gold coder's name (default "gold") and the articles both
 * coded. Prefilled with the last adjudication saved in the library, whose
 * decisions are then restored. A choice that cannot work is said, and Start waits.
 */

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_GOLD_CODER } from '../../../shared/adjudication/adjudication-constants';
import type {
  AdjudicationSetup as Setup,
  CoderSummary,
} from '../../../shared/adjudication/adjudication-types';
import { api } from '../api';
import type { Notify } from '../status';
import { LoadingShell } from '../ui/LoadingShell';

interface Props {
  notify: Notify;
  onStart: (setup: Setup) => void;
}

/** Why `setup` cannot start, as a message key, or null. */
function problemOf(a: string, b: string, gold: string, articles: number): string | null {
  if (!a || !b) return 'adjudication.needTwoCoders';
  if (a === b) return 'adjudication.sameCoders';
  if (!gold) return 'adjudication.needGold';
  if (gold === a || gold === b) return 'adjudication.goldIsCoder';
  if (articles === 0) return 'adjudication.noArticles';
  return null;
}

export function AdjudicationSetup({ notify, onStart }: Props) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<CoderSummary | null>(null);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [gold, setGold] = useState(DEFAULT_GOLD_CODER);
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    void Promise.all([api.listCoders(), api.listAdjudications()]).then(([coders, saved]) => {
      if (!coders.ok) return notify({ kind: 'error', error: coders.error });
      setSummary(coders.value);
      const last = saved.ok
        ? [...saved.value].sort((x, y) => y.updatedAt.localeCompare(x.updatedAt))[0]
        : undefined;
      setA(last?.coderA ?? coders.value.coders[0] ?? '');
      setB(last?.coderB ?? coders.value.coders[1] ?? '');
      if (last) setGold(last.gold);
    });
  }, [notify]);
  if (!summary) return <LoadingShell waiting={t('adjudication.loading')} />;
  const both = summary.articles.filter((x) => x.coders.includes(a) && x.coders.includes(b));
  const chosen = both.filter((x) => !unchecked.has(x.id));
  const name = gold.trim();
  const problem = problemOf(a, b, name, chosen.length);
  const coderSelect = (label: string, value: string, set: (v: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{t('adjudication.pickCoder')}</option>
        {summary.coders.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      className="adjudication-setup"
      aria-label={t('adjudication.setupHeading')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem) onStart({ coderA: a, coderB: b, gold: name, articleIds: chosen.map((x) => x.id) });
      }}
    >
      <h1>{t('adjudication.setupHeading')}</h1>
      <p>{t('adjudication.setupIntro')}</p>
      {coderSelect(t('adjudication.coderA'), a, setA)}
      {coderSelect(t('adjudication.coderB'), b, setB)}
      <label>
        {t('adjudication.goldName')}
        <input value={gold} maxLength={200} onChange={(e) => setGold(e.target.value)} />
      </label>
      <fieldset>
        <legend>{t('adjudication.articles', { count: both.length })}</legend>
        {both.map((x) => (
          <label key={x.id} className="adjudication-article">
            <input
              type="checkbox"
              checked={!unchecked.has(x.id)}
              onChange={(e) => {
                const next = new Set(unchecked);
                if (e.target.checked) next.delete(x.id);
                else next.add(x.id);
                setUnchecked(next);
              }}
            />{' '}
            <bdi>{x.title}</bdi>
          </label>
        ))}
      </fieldset>
      {problem && (
        <p className="adjudication-problem" role="status">
          {t(problem)}
        </p>
      )}
      <button type="submit" disabled={problem !== null}>
        {t('adjudication.start')}
      </button>
    </form>
  );
}
