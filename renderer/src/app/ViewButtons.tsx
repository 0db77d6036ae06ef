/**
 * The top bar's view switch: Library, Analysis, Agreement and Adjudicate, each a toggle
 * button (aria-pressed) reachable with Tab; the one pressed is the view shown
 * while no article is open.
 */

import { useTranslation } from 'react-i18next';

/** The views shown when no article is open. */
export const SHELL_VIEWS = ['library', 'analysis', 'agreement', 'adjudication'] as const;
export type ShellView = (typeof SHELL_VIEWS)[number];

const LABEL_KEYS: Record<ShellView, string> = {
  library: 'nav.library',
  analysis: 'analysis.open',
  agreement: 'agreement.open',
  adjudication: 'adjudication.open',
};

/** `current` is null while an article is open (no view pressed). */
export function ViewButtons({
  current,
  onShow,
}: {
  current: ShellView | null;
  onShow: (view: ShellView) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="toolbar-group">
      {SHELL_VIEWS.map((view) => (
        <button key={view} type="button" aria-pressed={current === view} onClick={() => onShow(view)}>
          {t(LABEL_KEYS[view])}
        </button>
      ))}
    </div>
  );
}
