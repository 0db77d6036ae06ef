/**
 * The scheme editor's two tabs: the tag types (with their subtypes) and the
 * claim frames. A tab list as WAI-ARIA describes it: the chosen tab is the
 * one in the Tab order, and ← → (or Home, End) move between the two.
 */

import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type SchemeTab = 'types' | 'frames';

const TABS: readonly { id: SchemeTab; name: string }[] = [
  { id: 'types', name: 'taxonomy.frames.tabTypes' },
  { id: 'frames', name: 'taxonomy.frames.tabFrames' },
];

interface Props {
  tab: SchemeTab;
  onTab: (tab: SchemeTab) => void;
}

export function SchemeTabs({ tab, onTab }: Props) {
  const { t } = useTranslation();
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    event.preventDefault();
    // Two tabs: every arrow goes to the other one; Home and End to the first and the last.
    const next: SchemeTab =
      event.key === 'Home' ? 'types' : event.key === 'End' ? 'frames' : tab === 'types' ? 'frames' : 'types';
    onTab(next);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-tab="${next}"]`)?.focus();
  };
  return (
    <div className="scheme-tabs" role="tablist" aria-label={t('taxonomy.title')} onKeyDown={onKey}>
      {TABS.map(({ id, name }) => (
        <button
          key={id}
          type="button"
          role="tab"
          data-tab={id}
          aria-selected={tab === id}
          tabIndex={tab === id ? 0 : -1}
          onClick={() => onTab(id)}
        >
          {t(name)}
        </button>
      ))}
    </div>
  );
}
