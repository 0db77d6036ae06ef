/**
 * Everything the reader needs for claims, in one hook: the article's claims
 * and their changes (use-claims), the draft (use-claim-draft), the annotation
 * actions guarded for claims (use-claim-guard), the claim keys, and which
 * claims the layer over the text shows: the one hovered in the Claims tab,
 * else the one selected there, else the draft, else the claims of the
 * annotation under the mouse in the text, else those of the selected one.
 */

import { useCallback, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { framesOf } from '../../../shared/claims';
import type { Annotation } from '../../../shared/model';
import type { Taxonomy } from '../../../shared/taxonomy';
import type { UndoHistory } from '../../../shared/undo-history';
import type { TextMap } from '../reader/text-map';
import type { useAnnotationActions } from '../reader/use-annotation-actions';
import type { Notify } from '../status';
import { labelIn } from '../labels';
import { useLatest } from '../ui/use-latest';
import { claimKey } from './claim-keys';
import { useReportDraft } from './draft-leave-guard';
import type { ShownClaim } from './ClaimLinks';
import { useAnnotationHover } from './use-annotation-hover';
import { useClaimDraft } from './use-claim-draft';
import { useClaimGuard } from './use-claim-guard';
import { useClaims } from './use-claims';

interface Deps {
  articleId: string;
  revision: number;
  history: UndoHistory;
  notify: Notify;
  taxonomy: Taxonomy | null;
  annotations: readonly Annotation[];
  selected: Annotation | null;
  actions: ReturnType<typeof useAnnotationActions>;
  /** The tag menu is open (its keys come first). */
  menuOpen: boolean;
  mapRef: RefObject<TextMap | null>;
}

/** Claims for the reader of one article: see the module comment for what it returns. */
export function useReaderClaims(d: Deps) {
  const { i18n } = useTranslation();
  const { taxonomy, annotations, selected, notify, menuOpen } = d;
  const frames = useMemo(() => (taxonomy ? framesOf(taxonomy) : []), [taxonomy]);
  const store = useClaims(d.articleId, d.revision, d.history, notify);
  const draft = useClaimDraft(annotations, store, notify, { articleId: d.articleId, history: d.history });
  const guard = useClaimGuard(d.actions, store, taxonomy);
  const half = draft.draft;
  useReportDraft(
    half && {
      articleId: d.articleId,
      frame: labelIn(half.frame.label, i18n.language),
      members: half.members.length,
      discard: draft.cancel,
    },
  );
  const [hovered, setHovered] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const inClaim = useMemo(
    () => new Set(store.claims.flatMap((c) => c.members.map((m) => m.annotationId))),
    [store.claims],
  );
  const pointer = useAnnotationHover(d.mapRef, annotations, inClaim);

  const shown = useMemo((): ShownClaim[] => {
    const asShown = (c: { id: string; frame: string; members: ShownClaim['members'] }) => ({
      ...c,
      key: c.id,
    });
    const one = store.claims.find((c) => c.id === (hovered ?? chosen));
    if (one) return [asShown(one)];
    if (draft.draft) return [{ key: 'draft', frame: draft.draft.frame.id, members: draft.draft.members }];
    const member = pointer.hovered ?? selected?.id;
    if (!member) return [];
    return store.claims.filter((c) => c.members.some((m) => m.annotationId === member)).map(asShown);
  }, [store.claims, hovered, chosen, draft.draft, selected, pointer.hovered]);

  // Stable, so the reader's key listener is not installed again on every render.
  const latest = useLatest({ frames, draft, selected, menuOpen, notify, language: i18n.language });
  const onKey = useCallback(
    (event: KeyboardEvent) => {
      const l = latest();
      return claimKey(
        event,
        { frames: l.frames, draft: l.draft.draft, selected: l.selected, menuOpen: l.menuOpen },
        {
          start: l.draft.start,
          needSelection: (frame) =>
            l.notify({
              kind: 'info',
              key: 'claims.selectFirst',
              params: { key: frame.key.toUpperCase(), frame: labelIn(frame.label, l.language) },
            }),
          add: l.draft.add,
          pick: l.draft.pick,
          closePick: l.draft.closePick,
          save: () => void l.draft.save(),
          cancel: l.draft.cancel,
        },
      );
    },
    [latest],
  );

  return {
    frames,
    store,
    draft,
    guard,
    shown,
    onKey,
    chosen,
    setChosen,
    setHovered,
    /** For the text's container: hovering an annotation in a claim shows the claim. */
    pointer,
  };
}
