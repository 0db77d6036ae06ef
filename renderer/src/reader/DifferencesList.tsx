/**
 * Compare mode's list of differences: every unit coder A and coder B did not
 * agree on, in text order, each with its Arabic text in context, A's coding,
 * B's coding and the kind of difference (A only, B only, different tag,
 * different boundaries), under counts per kind. One Tab stop (a roving
 * tabindex): ↑ ↓ Home End move between differences, Enter or a click scrolls
 * the text to the difference and flashes it.
 */

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DIFFERENCE_KINDS, kindCounts, type ComparedUnit } from '../../../shared/agreement/coder-differences';
import type { CodePointIndex } from '../../../shared/code-points';
import type { Annotation } from '../../../shared/model';
import { findTag, type Taxonomy } from '../../../shared/taxonomy';
import { tagTitle } from './AnnotationEditor';

/** Code points of text shown on each side of a difference. */
const CONTEXT = 24;

interface Props {
  units: readonly ComparedUnit<Annotation>[];
  /** The article's text, sliced by code points. */
  index: CodePointIndex;
  language: string;
  taxonomy: Taxonomy;
  coderA: string;
  coderB: string;
  /** Scrolls the text to [start, end) (code points) and flashes it. */
  onGo: (start: number, end: number) => void;
}

/** The text [start, end) in code points (an end past the text stops at its end). */
const slice = (index: CodePointIndex, start: number, end: number): string =>
  index.text.slice(index.toUtf16(start), index.toUtf16(Math.min(end, index.length)));

const MOVES: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

export function DifferencesList({ units, index, language, taxonomy, coderA, coderB, onGo }: Props) {
  const { t, i18n } = useTranslation();
  const differences = units.filter((u) => u.kind !== 'agree');
  const counts = kindCounts(units);
  const [active, setActive] = useState(0);
  const at = Math.min(active, Math.max(differences.length - 1, 0));
  const listRef = useRef<HTMLOListElement>(null);
  const focusWanted = useRef(false);

  useEffect(() => {
    if (!focusWanted.current) return;
    focusWanted.current = false;
    listRef.current?.querySelectorAll<HTMLElement>('.difference')[at]?.focus();
  });

  const coding = (coder: string, a: Annotation | null, unit: ComparedUnit<Annotation>) => {
    if (!a) return t('compare.untagged', { coder });
    const tag = findTag(taxonomy, a.tag);
    const line = t('compare.coding', { coder, tag: tag ? tagTitle(tag, i18n.language) : a.tag });
    return a.start === unit.start && a.end === unit.end ? line : `${line} «${a.quote}»`;
  };

  const onKey = (event: KeyboardEvent<HTMLOListElement>) => {
    const move = MOVES[event.key];
    if (!move || differences.length === 0) return;
    event.preventDefault();
    setActive(move(at, differences.length - 1));
    focusWanted.current = true;
  };

  return (
    <section className="differences" aria-labelledby="differences-title" data-testid="differences">
      <header className="panel-header">
        <h3 id="differences-title">{t('compare.differences')}</h3>
        <span className="count-badge">{differences.length}</span>
      </header>
      <p className="differences-counts" data-testid="difference-counts">
        {t('compare.differenceCount', { count: differences.length })}
        {' · '}
        {t('compare.agreedCount', { count: counts.agree })}
        {DIFFERENCE_KINDS.map((kind) => (
          <span key={kind} data-kind={kind}>
            {' · '}
            {t('compare.kindCount', { kind: t(`compare.kind.${kind}`), count: counts[kind] })}
          </span>
        ))}
      </p>
      {differences.length === 0 && <p className="differences-none">{t('compare.noDifferences')}</p>}
      <ol ref={listRef} className="differences-list" onKeyDown={onKey}>
        {differences.map((unit, i) => (
          <li key={`${unit.start}:${unit.end}:${unit.a?.id ?? ''}:${unit.b?.id ?? ''}`}>
            <button
              type="button"
              className="difference"
              data-kind={unit.kind}
              data-start={unit.start}
              data-end={unit.end}
              tabIndex={i === at ? 0 : -1}
              onFocus={() => setActive(i)}
              onClick={() => onGo(unit.start, unit.end)}
            >
              <span className="difference-kind">{t(`compare.kind.${unit.kind}`)}</span>
              <bdi className="difference-context" lang={language} dir="auto">
                {'…'}
                {slice(index, Math.max(0, unit.start - CONTEXT), unit.start)}
                <mark>{slice(index, unit.start, unit.end)}</mark>
                {slice(index, unit.end, unit.end + CONTEXT)}
                {'…'}
              </bdi>
              <span className="difference-coding" data-side="a">
                {coding(coderA, unit.a, unit)}
              </span>
              <span className="difference-coding" data-side="b">
                {coding(coderB, unit.b, unit)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
