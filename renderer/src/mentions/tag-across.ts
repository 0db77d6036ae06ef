/**
 * Tags mentions in several articles through main's tagLibraryMentions and
 * records them as one undo step (see createAcrossCommand): an undo takes
 * every article's new annotations back at once.
 */

import { createAcrossCommand } from '../../../shared/annotation-commands';
import type { LibraryMention, TaggedArticle } from '../../../shared/library-mentions';
import type { Result } from '../../../shared/result';
import type { UndoHistory } from '../../../shared/undo-history';
import { api } from '../api';

export interface AcrossRequest {
  tag: string;
  entityId?: string | undefined;
  mentions: readonly LibraryMention[];
  /** The article the undo step is shown with (the open one, else the first tagged). */
  articleId?: string | undefined;
}

/** Tags `request.mentions` (spans only are sent); resolves to main's answer, recorded for undo when it succeeded. */
export function tagAcross(history: UndoHistory, request: AcrossRequest): Promise<Result<TaggedArticle[]>> {
  const saving = api.tagLibraryMentions({
    tag: request.tag,
    ...(request.entityId ? { entityId: request.entityId } : {}),
    mentions: request.mentions.map(({ articleId, start, end }) => ({ articleId, start, end })),
  });
  history.record(
    saving.then((r) =>
      r.ok && r.value.length > 0
        ? createAcrossCommand(api, request.articleId ?? r.value[0]?.articleId ?? '', r.value)
        : null,
    ),
  );
  return saving;
}
