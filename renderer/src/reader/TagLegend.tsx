/**
 * The reader's legend: every tag of the scheme, grouped by type, each label
 * drawn exactly as the tag is painted on the text (its tint, and its
 * underline in the type's colour and the tag's own style), so an analyst
 * can read a code off the page without opening it. Folded by default.
 */

import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagDefinition, Taxonomy } from '../../../shared/taxonomy';
import { labelIn } from '../labels';
import { tagSampleStyle } from './highlight-rules';
import { countRender } from './render-probe';

interface Props {
  taxonomy: Taxonomy;
  tags: readonly TagDefinition[];
}

/** Memoised: its scheme and tags stay the same objects while annotations are edited, so an edit does not draw every tag again. */
export const TagLegend = memo(function TagLegend({ taxonomy, tags }: Props) {
  const { t, i18n } = useTranslation();
  countRender('reader', 'legend');
  return (
    <details className="tag-legend" data-testid="tag-legend">
      <summary>{t('legend.title')}</summary>
      {taxonomy.types.map((type) => (
        <ul key={type.id} aria-label={labelIn(type.label, i18n.language)}>
          {tags
            .filter((tag) => tag.typeId === type.id)
            .map((tag) => (
              <li key={tag.id} data-tag={tag.id}>
                <span className="legend-sample" style={tagSampleStyle(tag)}>
                  {tag.id === type.id
                    ? t('legend.typeItself', { type: labelIn(type.label, i18n.language) })
                    : labelIn(tag.label, i18n.language)}
                </span>
              </li>
            ))}
        </ul>
      ))}
    </details>
  );
});
