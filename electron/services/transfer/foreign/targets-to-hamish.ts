/**
 * Anchors W3C and Hypothesis targets in the library's articles with the
 * shared anchoring code, giving a Hamish JSON object (without texts: the
 * articles are there) for the one import path. A target's article is the
 * one its source names: "urn:uuid:<id>" (Hamish's own W3C export), else the
 * article whose URL is the source, else the article the user named
 * (`--article`). Its span is found by anchor() (TextPositionSelector start
 * and end as the first guess, TextQuoteSelector exact with prefix and suffix
 * as evidence); a page annotated in a browser counts offsets in its DOM text,
 * so the quote is then looked for with runs of spaces and line breaks folded,
 * taken where it occurs once or where its context agrees. A target whose
 * article is unknown is refused; one whose quote is not in the text (a
 * page's footer the importer left out) is reported as skipped.
 */

import { randomUUID } from 'node:crypto';
import { anchor } from '../../../../shared/anchoring';
import { CodePointIndex } from '../../../../shared/code-points';
import type { ExportedArticle, HamishExport } from '../../../../shared/export-format';
import type { Article } from '../../../../shared/model';
import { MAX_NOTE_LENGTH } from '../../../../shared/schema/limits';
import { refuse } from '../import-check';
import { foreignAnnotation, hamishOf, type ConvertContext } from './foreign-to-hamish';
import type { ForeignClaim, ForeignTarget, SkippedItem } from './foreign-types';

/** What anchoring reads from the library. */
export interface ArticleSource {
  listArticles(): Promise<{ id: string; url?: string }[]>;
  getArticle(id: string): Promise<Article>;
}

const fold = (s: string): string => s.replace(/\s+/gu, ' ');

/** [start, end) (code points) of `target` in the text of `index`, or null when it is not there. */
export function anchorTarget(index: CodePointIndex, target: ForeignTarget): [number, number] | null {
  const found = anchor(index, { ...target, start: target.start ?? 0, end: target.end ?? 0 });
  if (found.status !== 'orphaned') return [found.start, found.end];
  // Same length as the text: canonical text has no runs of spaces, only single spaces and "\n".
  const text = fold(index.text);
  const quote = fold(target.quote).trim();
  if (quote === '') return null;
  const before = fold(target.prefix).trim().slice(-8);
  const after = fold(target.suffix).trim().slice(0, 8);
  const hits: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) hits.push(at);
  const agreeing = hits.filter(
    (at) =>
      text.slice(0, at).trimEnd().endsWith(before) ||
      text
        .slice(at + quote.length)
        .trimStart()
        .startsWith(after),
  );
  const at = hits.length === 1 ? hits[0] : agreeing.length === 1 ? agreeing[0] : undefined;
  if (at === undefined) return null;
  const start = index.toCodePoint(at);
  return [start, start + [...quote].length];
}

/** The id of the article `source` names (see the module comment), or undefined. */
function articleOf(
  source: string,
  metas: { id: string; url?: string }[],
  chosen: string | undefined,
): string | undefined {
  const urn = /^urn:uuid:([0-9a-f-]{36})$/iu.exec(source)?.[1]?.toLowerCase();
  if (urn && metas.some((m) => m.id === urn)) return urn;
  const byUrl = metas.find((m) => m.url !== undefined && m.url !== '' && m.url === source);
  return byUrl?.id ?? chosen;
}

/**
 * The Hamish JSON object of `targets` anchored in `library`'s articles;
 * `skipped` receives the targets whose quote is not in their article.
 * Refuses (invalid-import, unknown-article) a target whose article cannot be told.
 * `claims` (Hamish's own "linking" annotations) join the article of their
 * first anchored member, members named by target ref; a claim none of whose
 * members was anchored is left out.
 */
export async function targetsToHamish(
  library: ArticleSource,
  targets: readonly ForeignTarget[],
  context: ConvertContext & { articleId?: string | undefined },
  skipped: SkippedItem[],
  claims: readonly ForeignClaim[] = [],
): Promise<HamishExport> {
  /** Each anchored target's annotation and article, by the target's ref (claims name their members so). */
  const made = new Map<string, { articleId: string; annotationId: string }>();
  const metas = await library.listArticles();
  const articles = new Map<string, ExportedArticle>();
  const indexes = new Map<string, CodePointIndex>();
  for (const target of targets) {
    const tag = context.labels.get(target.label);
    if (tag === null || tag === undefined) continue;
    const id = articleOf(target.source, metas, context.articleId);
    if (id === undefined) {
      refuse(
        'unknown-article',
        `${context.file} › ${target.ref}`,
        `no article of this library is ${target.source}; name one with --article ID`,
      );
    }
    let article = articles.get(id);
    let index = indexes.get(id);
    if (!article || !index) {
      const { meta, text } = await library.getArticle(id);
      index = new CodePointIndex(text);
      const { title, source, date, language, textSha256, length } = meta;
      article = {
        id,
        title,
        source,
        date,
        language,
        textSha256,
        length,
        offsetUnit: 'codepoint',
        annotations: [],
      };
      articles.set(id, article);
      indexes.set(id, index);
    }
    const span = anchorTarget(index, target);
    if (!span) {
      skipped.push({ document: target.source, ref: target.ref, reason: 'not-found' });
      continue;
    }
    const annotation = foreignAnnotation(index, span[0], span[1], tag, target, context.at);
    article.annotations.push(annotation);
    made.set(target.ref, { articleId: id, annotationId: annotation.id });
  }
  for (const claim of claims) {
    const members = claim.members.flatMap((m) => {
      const at = made.get(m.ref);
      return at ? [{ role: m.role, ...at }] : [];
    });
    const article = articles.get(members[0]?.articleId ?? '');
    if (!article) continue;
    const { attributes, note } = claim;
    article.claims = [
      ...(article.claims ?? []),
      {
        id: randomUUID(),
        frame: claim.frame,
        members: members
          .filter((m) => m.articleId === article.id)
          .map(({ role, annotationId }) => ({ role, annotationId })),
        ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
        ...(note ? { note: note.slice(0, MAX_NOTE_LENGTH) } : {}),
        createdAt: context.at,
        updatedAt: context.at,
      },
    ];
  }
  return hamishOf([...articles.values()], context);
}
