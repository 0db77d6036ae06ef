/**
 * The walk through one adjudication's disagreements: progress ("12 of 40
 * decided"), the agreed units copied into gold (said on screen), the
 * disagreement shown, and one key per choice (adjudication-keys.ts), each
 * also a button showing its key. Ctrl+Z undoes a decision (the app's undo).
 * "Export gold layer" writes the gold coder's annotations as Hamish JSON.
 * Decisions needing review after a coder's layer changed are counted apart
 * and said on screen, with the gold resting on them; a decision whose unit is
 * gone can only be removed (key 4), its gold with it.
 */

import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdjudicationSetup, Choice, GoldSpan } from '../../../shared/adjudication/adjudication-types';
import { ADJUDICATION_RULE } from '../../../shared/adjudication/adjudication-units';
import { isolate } from '../../../shared/import-report-lines';
import type { TagDefinition } from '../../../shared/taxonomy';
import type { UndoHistory } from '../../../shared/undo-history';
import type { Notify } from '../status';
import { isTyping } from '../ui/is-typing';
import { CHOICE_KEYS, MOVE_KEYS, keyAction } from './adjudication-keys';
import { DisagreementCard } from './DisagreementCard';
import { EditPanel } from './EditPanel';
import { decidedCount, reviewCount, useAdjudication } from './use-adjudication';
import { useGoldExport } from './use-gold-export';
import { LoadingShell } from '../ui/LoadingShell';

interface Props {
  setup: AdjudicationSetup;
  history: UndoHistory;
  notify: Notify;
  revision: number;
  tags: readonly TagDefinition[];
  tagLabel: (tag: string) => string;
  onBack: () => void;
}

export function AdjudicationWalk({ setup, history, notify, revision, tags, tagLabel, onBack }: Props) {
  const { t } = useTranslation();
  const { state, at, move, decide } = useAdjudication(setup, history, notify, revision);
  const [editing, setEditing] = useState(false);
  const exportGold = useGoldExport(setup, notify);
  const item = state?.items[at];

  const choose = useMemo(
    () => (choice: Choice) => {
      if (!item) return;
      if (item.review === 'gone' && choice !== 'neither')
        notify({ kind: 'info', key: 'adjudication.goneOnlyRemove' });
      else if (choice === 'edit') setEditing(true);
      else void decide({ choice });
    },
    [item, decide, notify],
  );
  useEffect(() => {
    if (editing) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return;
      const action = keyAction(event.code);
      if (!action) return;
      event.preventDefault();
      if (action.kind === 'move') move(action.step);
      else choose(action.choice);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editing, move, choose]);

  if (!state) return <LoadingShell className="adjudication-loading" waiting={t('adjudication.loading')} />;
  const total = state.items.length;
  const decided = decidedCount(state);
  const review = reviewCount(state);
  const { adopted, undone } = state.recovered;
  return (
    <section className="adjudication-walk" aria-label={t('adjudication.heading')}>
      <header className="adjudication-head">
        <h1>
          {t('adjudication.walkHeading', {
            a: isolate(setup.coderA),
            b: isolate(setup.coderB),
            gold: isolate(setup.gold),
          })}
        </h1>
        <p className="adjudication-progress" data-testid="adjudication-progress" aria-live="polite">
          {t('adjudication.progress', { count: total, decided })}
          {review > 0 && ` · ${t('adjudication.needReview', { count: review })}`}
          {total > 0 && ` · ${t('adjudication.position', { at: at + 1, total })}`}
        </p>
        <p className="adjudication-agreed" data-testid="adjudication-agreed">
          {t(state.copyAgreed ? 'adjudication.agreedCopied' : 'adjudication.agreedNotCopied', {
            count: state.agreed,
            gold: isolate(setup.gold),
          })}
        </p>
        {state.staleGold > 0 && (
          <p className="adjudication-stale" data-testid="adjudication-stale" role="status">
            {t('adjudication.staleGold', { count: state.staleGold, gold: isolate(setup.gold) })}
          </p>
        )}
        {state.agreedNotesUpdated > 0 && (
          <p className="adjudication-notes" data-testid="adjudication-notes" role="status">
            {t('adjudication.agreedNotesUpdated', {
              count: state.agreedNotesUpdated,
              gold: isolate(setup.gold),
            })}
          </p>
        )}
        {adopted + undone > 0 && (
          <p className="adjudication-recovered" data-testid="adjudication-recovered" role="status">
            {t('adjudication.recovered', { count: adopted + undone, adopted, undone })}
          </p>
        )}
        <p className="adjudication-rule">{t(`adjudication.rule.${ADJUDICATION_RULE}`)}</p>
        <div className="adjudication-head-actions">
          <button type="button" onClick={onBack}>
            {t('adjudication.back')}
          </button>
          <button type="button" onClick={() => void exportGold()}>
            {t('adjudication.exportGold', { gold: isolate(setup.gold) })}
          </button>
        </div>
      </header>
      {item ? (
        <>
          <DisagreementCard item={item} coderA={setup.coderA} coderB={setup.coderB} tagLabel={tagLabel} />
          {editing ? (
            <EditPanel
              key={item.key}
              item={item}
              coderA={setup.coderA}
              coderB={setup.coderB}
              tags={tags}
              tagLabel={tagLabel}
              onAccept={(span: GoldSpan) => {
                setEditing(false);
                void decide({ choice: 'edit', span });
              }}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <div className="adjudication-choices" role="group" aria-label={t('adjudication.choices')}>
              {CHOICE_KEYS.filter((k) => item.review !== 'gone' || k.choice === 'neither').map((k) => (
                <button
                  key={k.choice}
                  type="button"
                  aria-keyshortcuts={k.label}
                  aria-pressed={item.decision?.choice === k.choice}
                  onClick={() => choose(k.choice)}
                >
                  <kbd>{k.label}</kbd>{' '}
                  {t(item.review === 'gone' ? 'adjudication.removeGone' : `adjudication.choice.${k.choice}`)}
                </button>
              ))}
              <button type="button" onClick={() => move(-1)} disabled={at === 0}>
                <kbd>{MOVE_KEYS.previous.label}</kbd> {t('adjudication.previous')}
              </button>
              <button type="button" onClick={() => move(1)} disabled={at >= total - 1}>
                <kbd>{MOVE_KEYS.next.label}</kbd> {t('adjudication.next')}
              </button>
            </div>
          )}
          <p className="adjudication-keys-help">{t('adjudication.keysHelp')}</p>
        </>
      ) : (
        <p className="adjudication-empty">{t('adjudication.noDisagreements')}</p>
      )}
    </section>
  );
}
