/**
 * The preview before tagging across the library: every untagged mention of
 * a phrase (or an entity's names) in the library, one row per mention with
 * its article and sentence in context, all ticked; untick what should stay
 * untagged, choose the tag when the caller did not, and apply as one undo
 * step. Nothing is written before Apply.
 */

import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryMention, MentionQuery, TaggedArticle } from '../../../shared/library-mentions';
import type { TagDefinition } from '../../../shared/taxonomy';
import type { UndoHistory } from '../../../shared/undo-history';
import { api } from '../api';
import { tagTitle } from '../reader/AnnotationEditor';
import type { Notify } from '../status';
import { Modal } from '../ui/Modal';
import { ModalActions } from '../ui/ModalActions';
import { MentionLine } from './MentionLine';
import { tagAcross } from './tag-across';
import './mentions.css';

interface Props {
  /** What the dialog's title names (the quote or the query). */
  phrase: string;
  query: MentionQuery;
  /** The tag to apply; with `tags` and no tag, the dialog asks for one. */
  tag?: string | undefined;
  tags: readonly TagDefinition[];
  entityId?: string | undefined;
  /** The open article (its mentions are marked, and the undo step is shown with it). */
  currentArticleId?: string | undefined;
  history: UndoHistory;
  notify: Notify;
  onClose: () => void;
  onApplied: (groups: TaggedArticle[]) => void;
}

const key = (m: LibraryMention) => `${m.articleId}:${m.start}:${m.end}`;

export function MentionsDialog(props: Props) {
  const { query, notify } = props;
  const { t, i18n } = useTranslation();
  const [mentions, setMentions] = useState<LibraryMention[] | null>(null);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [tag, setTag] = useState(props.tag ?? '');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void api.findLibraryMentions(query).then((r) => {
      if (!live) return;
      if (r.ok) setMentions(r.value);
      else notify({ kind: 'error', error: r.error });
    });
    return () => {
      live = false;
    };
  }, [query, notify]);

  const chosen = (mentions ?? []).filter((m) => !unticked.has(key(m)));
  const articles = new Set(chosen.map((m) => m.articleId)).size;
  const toggle = (m: LibraryMention) =>
    setUnticked((set) => {
      const next = new Set(set);
      if (!next.delete(key(m))) next.add(key(m));
      return next;
    });

  const apply = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (chosen.length === 0 || tag === '') return;
    setBusy(true);
    const result = await tagAcross(props.history, {
      tag,
      entityId: props.entityId,
      mentions: chosen,
      articleId: props.currentArticleId,
    });
    setBusy(false);
    if (!result.ok) {
      notify({ kind: 'error', error: result.error });
      return;
    }
    const count = result.value.reduce((n, g) => n + g.annotations.length, 0);
    notify({ kind: 'info', key: 'across.tagged', params: { count, articles: result.value.length } });
    props.onApplied(result.value);
  };

  return (
    <Modal
      title={t('across.title', { phrase: props.phrase })}
      className="mentions-dialog"
      testId="mentions-dialog"
      busy={busy}
      onClose={props.onClose}
      onSubmit={(e) => void apply(e)}
    >
      {props.tag === undefined && (
        <label className="mentions-tag">
          {t('annotate.tag')}
          <select value={tag} data-testid="mentions-tag" onChange={(e) => setTag(e.target.value)}>
            <option value="">{t('across.chooseTag')}</option>
            {props.tags.map((d) => (
              <option key={d.id} value={d.id}>
                {tagTitle(d, i18n.language)}
              </option>
            ))}
          </select>
        </label>
      )}
      {mentions === null && <p className="muted">{t('across.loading')}</p>}
      {mentions?.length === 0 && <p className="muted">{t('across.none')}</p>}
      {mentions && mentions.length > 0 && (
        <ul className="mentions-list" aria-label={t('across.listLabel')}>
          {mentions.map((m) => (
            <li key={key(m)} data-article-id={m.articleId}>
              <label>
                <input type="checkbox" checked={!unticked.has(key(m))} onChange={() => toggle(m)} />
                <MentionLine
                  mention={m}
                  note={m.articleId === props.currentArticleId ? t('across.thisArticle') : undefined}
                />
              </label>
            </li>
          ))}
        </ul>
      )}
      <ModalActions
        submit={t('across.apply', { count: chosen.length, articles })}
        onCancel={props.onClose}
        disabled={busy || chosen.length === 0 || tag === ''}
      />
    </Modal>
  );
}
