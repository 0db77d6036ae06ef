/**
 * brat standoff export (https://brat.nlplab.org/standoff.html): per article a
 * .txt holding the canonical text and a .ann with one text-bound annotation
 * per line, "T1<TAB>type start end<TAB>quote", notes as
 * "#1<TAB>AnnotatorNotes T1<TAB>note" (line breaks escaped as "\n", see
 * escapeNote) and entity links as
 * "N1<TAB>Reference T1 Hamish:<id><TAB>name"; plus annotation.conf and
 * visual.conf describing the taxonomy.
 *
 * Offsets: brat reads the .txt as UTF-8 into a Python Unicode string and
 * slices it, so its offsets count Unicode code points, the unit Hamish
 * stores (except on a narrow Python 2 build, where astral characters count
 * twice; see docs/formats.md). Controls other than TAB and LF never reach
 * brat: in the .txt (and so in each quote) each becomes U+FFFD, one code
 * point for one, so offsets still slice the .txt exactly; in notes and
 * names they are dropped (shared/export/safe-text.ts). A span
 * cannot cross a line break in brat: such spans are written in the
 * discontinuous form "start end;start end" and the quote joins the fragments
 * with a space, as brat itself does. Claims are events (brat-claims.ts),
 * declared in annotation.conf's [events] and [attributes].
 */

import type { HamishExport } from '../export-format';
import type { Taxonomy } from '../taxonomy';
import type { ExportedClaim } from '../schema/claim-schema';
import { bratAttributeLines, bratClaimLines, bratEventLines, bratFrameType } from './brat-claims';
import { framesOf } from '../claims';
import { articleClaims } from './claim-parts';
import { dropControls, maskControls } from './safe-text';

/** The database name of the normalization lines that link a span to its entity ("Hamish:<id>"). */
export const BRAT_ENTITY_DB = 'Hamish';

/** The files of a brat export, relative path → content. */
export type BratFiles = Map<string, string>;

/** brat type name of a tag: "demand.prisoners" → "demand-prisoners" (brat names allow no dots). */
export function bratType(tag: string): string {
  return tag.replace(/\./gu, '-');
}

/** Splits [start, end) (code points) into fragments that do not contain "\n". */
export function bratFragments(codePoints: readonly string[], start: number, end: number): [number, number][] {
  const fragments: [number, number][] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || codePoints[i] === '\n') {
      if (i > from) fragments.push([from, i]);
      from = i + 1;
    }
  }
  return fragments;
}

/** A name or label on one .ann/.conf line: line and paragraph breaks and tabs become a space, other controls go. */
const oneLine = (text: string): string => dropControls(text.replace(/[\t\r\n\u0085\u2028\u2029]+/gu, ' '));

/**
 * A note on one .ann line, its line breaks kept in an escaped form (brat's
 * AnnotatorNotes are one line): "\\" for a backslash, "\n" for a line
 * break (CR LF, CR, U+0085, U+2028 and U+2029 count as one), "\t" for a
 * TAB; other controls are dropped. unescapeNote reverses it.
 */
export function escapeNote(note: string): string {
  return dropControls(
    note
      .replace(/\\/gu, '\\\\')
      .replace(/\r\n?|[\n\u0085\u2028\u2029]/gu, '\\n')
      .replace(/\t/gu, '\\t'),
  );
}

/** The note escapeNote wrote: "\\n" → line break, "\\t" → TAB, "\\\\" → backslash; other backslashes stay. */
export function unescapeNote(line: string): string {
  return line.replace(/\\([\\nt])/gu, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
}

/**
 * A label for visual.conf's [labels] section, which brat splits at "|" and
 * where "<…>" would be read as an (undefined) macro: on one line, "|" becomes
 * "¦" (U+00A6) and "<" ">" become "‹" "›" (U+2039, U+203A).
 */
export function visualLabel(label: string): string {
  return oneLine(label).replace(/\|/gu, '\u00A6').replace(/</gu, '\u2039').replace(/>/gu, '\u203A');
}

/** Claims to write in a .ann (brat-claims.ts), with the scheme that declares their frames. */
export interface BratClaims {
  claims: ExportedClaim[];
  taxonomy: Taxonomy;
}

/** The fragments ("start end;start end") and brat text of [start, end) in `codePoints`. */
function spanOf(codePoints: readonly string[], start: number, end: number): { spans: string; quote: string } {
  const fragments = bratFragments(codePoints, start, end);
  return {
    spans: fragments.map(([s, e]) => `${s} ${e}`).join(';'),
    quote: fragments.map(([s, e]) => codePoints.slice(s, e).join('')).join(' '),
  };
}

/**
 * The .ann content for one article's annotations over `text` (the .txt as
 * written, see bratText), then its claims as events when given.
 */
export function buildAnn(
  text: string,
  annotations: HamishExport['articles'][number]['annotations'],
  entityName: (id: string) => string,
  claims?: BratClaims,
): string {
  const codePoints = Array.from(text);
  const lines: string[] = [];
  const tIds = new Map<string, string>();
  let note = 0;
  let norm = 0;
  annotations.forEach((a, i) => {
    const t = `T${i + 1}`;
    tIds.set(a.id, t);
    const { spans, quote } = spanOf(codePoints, a.start, a.end);
    lines.push(`${t}\t${bratType(a.tag)} ${spans}\t${quote}`);
    if (a.note) lines.push(`#${++note}\tAnnotatorNotes ${t}\t${escapeNote(a.note)}`);
    if (a.entityId)
      lines.push(
        `N${++norm}\tReference ${t} ${BRAT_ENTITY_DB}:${a.entityId}\t${oneLine(entityName(a.entityId))}`,
      );
  });
  if (claims) {
    lines.push(
      ...bratClaimLines(claims.claims, claims.taxonomy, {
        annotations: new Map(annotations.map((a) => [a.id, a])),
        tIds,
        nextT: annotations.length + 1,
        nextNote: note + 1,
        spanOf: (start, end) => spanOf(codePoints, start, end),
        escapeNote,
      }),
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * brat's rule for overlapping text-bound annotations (brat 1.3 "<OVERLAP>",
 * server/src/projectconfig.py): any entity may contain, equal or cross any
 * other, as Hamish allows (an organisation inside a longer actor span).
 */
export const BRAT_OVERLAP_RULE = '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>';

/**
 * annotation.conf: the taxonomy as a brat entity hierarchy. A type with
 * subtypes stays concrete, since an annotation may carry the type itself
 * ("actor", subtype not known). [relations] declares that spans may overlap;
 * [events] and [attributes] declare the claim frames (brat-claims.ts).
 */
export function buildAnnotationConf(taxonomy: Taxonomy): string {
  const entities = taxonomy.types.flatMap((type) => [
    type.id,
    ...type.subtypes.map((s) => `\t${bratType(`${type.id}.${s.id}`)}`),
  ]);
  return [
    '[entities]',
    ...entities,
    '',
    '[relations]',
    BRAT_OVERLAP_RULE,
    '',
    '[events]',
    ...bratEventLines(taxonomy),
    '',
    '[attributes]',
    ...bratAttributeLines(taxonomy),
    '',
  ].join('\n');
}

/** visual.conf: Arabic and English labels and the taxonomy's colours, its types' and its frames'. */
export function buildVisualConf(taxonomy: Taxonomy): string {
  const labels: string[] = [];
  const drawing: string[] = [];
  for (const type of taxonomy.types) {
    labels.push(`${type.id} | ${visualLabel(type.label.en)} | ${visualLabel(type.label.ar)}`);
    drawing.push(`${type.id}\tbgColor:${type.color}`);
    for (const s of type.subtypes) {
      const name = bratType(`${type.id}.${s.id}`);
      labels.push(`${name} | ${visualLabel(s.label.en)} | ${visualLabel(s.label.ar)}`);
      drawing.push(`${name}\tbgColor:${s.color}`);
    }
  }
  for (const frame of framesOf(taxonomy)) {
    const name = bratFrameType(frame.id);
    labels.push(`${name} | ${visualLabel(frame.label.en)} | ${visualLabel(frame.label.ar)}`);
    drawing.push(`${name}\tbgColor:${frame.color}`);
  }
  return ['[labels]', ...labels, '', '[drawing]', ...drawing, ''].join('\n');
}

/** The .txt of an article: its text with controls other than TAB and LF replaced one for one by U+FFFD. */
export const bratText = maskControls;

/**
 * All files of a brat export. Every article must carry its text (brat needs
 * the .txt); files are named by article id, which is unique and file-safe.
 */
export function buildBrat(data: HamishExport): BratFiles {
  const files: BratFiles = new Map();
  const entityName = (id: string): string => {
    const entity = data.entities?.find((e) => e.id === id);
    return entity ? entity.name.ar || entity.name.en : id;
  };
  for (const article of data.articles) {
    if (article.text === undefined) throw new Error(`brat export needs the text of article ${article.id}`);
    const text = bratText(article.text);
    files.set(`${article.id}.txt`, text);
    const claims = { claims: articleClaims(article), taxonomy: data.taxonomy };
    files.set(`${article.id}.ann`, buildAnn(text, article.annotations, entityName, claims));
  }
  files.set('annotation.conf', buildAnnotationConf(data.taxonomy));
  files.set('visual.conf', buildVisualConf(data.taxonomy));
  return files;
}
