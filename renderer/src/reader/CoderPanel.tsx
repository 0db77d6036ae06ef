/**
 * The reader's coder control (issue 20): show all coders (the reader as it
 * always was), one coder, or compare coder A with coder B. In compare mode it
 * adds the choice of units (exact span or overlap, as the agreement measures
 * match them), the key of the three colours in words, and the differences.
 * Shown only when the article has annotations of two coders or more.
 */

import { useTranslation } from 'react-i18next';
import type { UnitRule } from '../../../shared/agreement/units';
import type { CodePointIndex } from '../../../shared/code-points';
import type { Taxonomy } from '../../../shared/taxonomy';
import { COMPARE_SIDES, compareSampleStyle } from './compare-look';
import { DifferencesList } from './DifferencesList';
import type { CoderMode, CoderView } from './use-coder-view';
import './compare.css';

interface Props {
  view: CoderView;
  index: CodePointIndex;
  language: string;
  taxonomy: Taxonomy;
  /** Scrolls the text to [start, end) (code points) and flashes it. */
  onGo: (start: number, end: number) => void;
}

/** The control's value for a mode: "all", "one:<i>" (i = the coder's place in the list) or "compare". */
function valueOf(mode: CoderMode, coders: readonly string[]): string {
  if (mode.kind === 'one') return `one:${coders.indexOf(mode.coder)}`;
  return mode.kind;
}

/** The mode the control's `value` names; compare starts with the first two coders. */
function modeOf(value: string, coders: readonly string[]): CoderMode {
  const one = /^one:(\d+)$/u.exec(value);
  const coder = one ? coders[Number(one[1])] : undefined;
  if (coder !== undefined) return { kind: 'one', coder };
  const [a, b] = coders;
  if (value === 'compare' && a !== undefined && b !== undefined) return { kind: 'compare', a, b };
  return { kind: 'all' };
}

export function CoderPanel({ view, index, language, taxonomy, onGo }: Props) {
  const { t } = useTranslation();
  const { mode, coders } = view;
  // One coder (or none): nothing to choose between, the reader stays as it always was.
  if (coders.length < 2) return null;
  const pick = (side: 'a' | 'b', name: string) => {
    if (mode.kind !== 'compare') return;
    const other = side === 'a' ? mode.b : mode.a;
    // Choosing the other side's coder swaps the two.
    const [a, b] =
      side === 'a' ? [name, name === other ? mode.a : other] : [name === other ? mode.b : other, name];
    view.setMode({ kind: 'compare', a, b });
  };
  const coderSelect = (side: 'a' | 'b', chosen: string) => (
    <label className={`coder-${side}`}>
      {t(side === 'a' ? 'compare.coderA' : 'compare.coderB')}
      <select value={chosen} onChange={(e) => pick(side, e.target.value)} data-testid={`coder-${side}`}>
        {coders.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="coder-view" aria-labelledby="coder-view-title" data-testid="coder-view">
      <h2 id="coder-view-title">{t('compare.title')}</h2>
      <label>
        {t('compare.show')}
        <select
          value={valueOf(mode, coders)}
          onChange={(e) => view.setMode(modeOf(e.target.value, coders))}
          data-testid="coder-mode"
        >
          <option value="all">{t('compare.all')}</option>
          {coders.map((name, i) => (
            <option key={name} value={`one:${i}`}>
              {t('compare.one', { coder: name })}
            </option>
          ))}
          <option value="compare">{t('compare.compare')}</option>
        </select>
      </label>
      {mode.kind === 'compare' && (
        <>
          <div className="coder-pair">
            {coderSelect('a', mode.a)}
            {coderSelect('b', mode.b)}
          </div>
          <label>
            {t('compare.rule')}
            <select
              value={view.rule}
              onChange={(e) => view.setRule(e.target.value === 'overlap' ? 'overlap' : 'exact')}
              data-testid="coder-rule"
            >
              {(['exact', 'overlap'] as UnitRule[]).map((rule) => (
                <option key={rule} value={rule}>
                  {t(rule === 'exact' ? 'compare.ruleExact' : 'compare.ruleOverlap')}
                </option>
              ))}
            </select>
          </label>
          <ul className="compare-legend" aria-label={t('compare.legend')} data-testid="compare-legend">
            {COMPARE_SIDES.map((side) => (
              <li key={side} data-side={side}>
                <span className="legend-sample" style={compareSampleStyle(side)}>
                  {side === 'both'
                    ? t('compare.sideBoth')
                    : t(side === 'a' ? 'compare.sideA' : 'compare.sideB', {
                        coder: side === 'a' ? mode.a : mode.b,
                      })}
                </span>
              </li>
            ))}
          </ul>
          <DifferencesList
            units={view.units}
            index={index}
            language={language}
            taxonomy={taxonomy}
            coderA={mode.a}
            coderB={mode.b}
            onGo={onGo}
          />
        </>
      )}
    </section>
  );
}
