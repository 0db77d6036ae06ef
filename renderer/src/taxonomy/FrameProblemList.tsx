/**
 * Why the scheme editor will not save the claim frames, one sentence per
 * problem in the interface language, naming the frame, role, attribute or
 * option by its label (shared/frame-problems.ts finds them).
 */

import { useTranslation } from 'react-i18next';
import { frameProblemNames, type FrameProblem } from '../../../shared/frame-problems';
import type { Taxonomy } from '../../../shared/taxonomy';

interface Props {
  draft: Taxonomy;
  problems: readonly FrameProblem[];
}

export function FrameProblemList({ draft, problems }: Props) {
  const { t, i18n } = useTranslation();
  if (problems.length === 0) return null;
  const language = i18n.language.startsWith('en') ? 'en' : 'ar';
  return (
    <div className="form-error frame-problems" role="alert">
      <p>{t('taxonomy.frames.problemsIntro')}</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>
            {t(`taxonomy.frameProblem.${problem.code}`, { ...frameProblemNames(draft, problem, language) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
