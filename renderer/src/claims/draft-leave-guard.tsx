/**
 * Leaving an article while a claim is half built (issue 18's polish): the
 * app opens articles through `useLeaveGuard`'s `open`; the reader tells it,
 * through DraftLeaveContext, when its draft holds members. Opening another
 * article (or the library, or the analysis) then asks first — keep editing
 * (the default, and Esc) or discard the draft and go — instead of dropping
 * the draft silently. A modal dialog: focus moves into it, Tab stays in it.
 */

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextSpan } from '../../../shared/search-passage';
import { Modal } from '../ui/Modal';

/** A draft that would be lost: its article, its frame's label and how to drop it. */
export interface PendingDraft {
  articleId: string;
  frame: string;
  members: number;
  discard: () => void;
}

/** Where the reader reports its half-built draft (null: none). */
export const DraftLeaveContext = createContext<(pending: PendingDraft | null) => void>(() => undefined);

/** Where the app goes: an article (with a span to show), or nowhere (null: the library or the analysis). */
type Target = { id: string | null; focus?: TextSpan | undefined };

/**
 * Guards `go` (which opens article `id`, or none): `open` goes at once
 * unless a reported draft of another article holds members, then asks.
 * Render `dialog`, and provide `report` as DraftLeaveContext's value.
 */
export function useLeaveGuard(go: (id: string | null, focus?: TextSpan) => void) {
  const pending = useRef<PendingDraft | null>(null);
  const [asking, setAsking] = useState<{ target: Target; draft: PendingDraft } | null>(null);
  const report = useCallback((p: PendingDraft | null) => {
    pending.current = p;
  }, []);
  const open = useCallback(
    (id: string | null, focus?: TextSpan) => {
      const draft = pending.current;
      if (draft && draft.members > 0 && id !== draft.articleId) setAsking({ target: { id, focus }, draft });
      else go(id, focus);
    },
    [go],
  );
  const dialog = asking && (
    <LeaveDraftDialog
      frame={asking.draft.frame}
      members={asking.draft.members}
      onKeep={() => setAsking(null)}
      onDiscard={() => {
        asking.draft.discard();
        pending.current = null;
        setAsking(null);
        go(asking.target.id, asking.target.focus);
      }}
    />
  );
  return { open, report, dialog };
}

/** Reports the reader's draft (`pending`, null when none) for as long as the reader shows it. */
export function useReportDraft(pending: PendingDraft | null): void {
  const report = useContext(DraftLeaveContext);
  const { articleId, frame, members, discard } = pending ?? {};
  useEffect(() => {
    report(articleId && frame && members && discard ? { articleId, frame, members, discard } : null);
    return () => report(null);
  }, [report, articleId, frame, members, discard]);
}

interface DialogProps {
  frame: string;
  members: number;
  onKeep: () => void;
  onDiscard: () => void;
}

/** "The claim you are building will be lost": keep editing (focused first; Esc) or discard it. */
function LeaveDraftDialog({ frame, members, onKeep, onDiscard }: DialogProps): ReactNode {
  const { t } = useTranslation();
  return (
    <Modal title={t('claims.leave.title')} className="claim-guard" testId="claim-leave" onClose={onKeep}>
      <p>{t('claims.leave.question', { frame, count: members })}</p>
      <div className="modal-actions">
        <button type="button" className="primary" data-autofocus onClick={onKeep}>
          {t('claims.leave.keep')}
        </button>
        <span className="spacer" />
        <button type="button" className="danger" onClick={onDiscard}>
          {t('claims.leave.discard')}
        </button>
      </div>
    </Modal>
  );
}
