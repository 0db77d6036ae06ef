/**
 * The side panel's list of orphaned annotations: their quote could not be
 * found in the text on load (see shared/anchoring.ts), so they are kept,
 * shown here with their old quote and context, left out of exports, and can
 * be attached by hand to a selection in the text.
 */

import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model';

interface Props {
  orphans: readonly Annotation[];
  articleLanguage: string;
  /** True while there is a selection in the text to attach to. */
  canAttach: boolean;
  onAttach: (a: Annotation) => void;
}

export function OrphanList({ orphans, articleLanguage, canAttach, onAttach }: Props) {
  const { t } = useTranslation();
  if (orphans.length === 0) return null;
  return (
    <section
      className="orphan-list"
      data-testid="orphans"
      aria-label={t('annotate.orphans', { count: orphans.length })}
    >
      <h3>{t('annotate.orphans', { count: orphans.length })}</h3>
      <p className="orphan-help">{t('annotate.orphansHelp')}</p>
      <ul>
        {orphans.map((a) => (
          <li key={a.id}>
            <p lang={articleLanguage} dir="auto">
              <span className="orphan-context">…{a.prefix}</span>
              <mark>{a.quote}</mark>
              <span className="orphan-context">{a.suffix}…</span>
            </p>
            <button
              type="button"
              disabled={!canAttach}
              // The selection in the text must survive the click.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onAttach(a)}
            >
              {t('annotate.attach')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
