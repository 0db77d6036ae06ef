/**
 * Reads brat standoff (https://brat.nlplab.org/standoff.html): a .txt and its
 * .ann. T lines become spans (offsets are code points: brat slices a Python
 * str), checked against the line's own text; a discontinuous T line
 * ("0 5;6 10") is taken as one span when only spaces or line breaks lie
 * between its fragments (as Hamish and brat write a span across lines), and
 * skipped (reported) otherwise. "#" AnnotatorNotes lines become the note of
 * their T (the escaped "\n" form Hamish writes is read back). Normalization
 * lines Hamish writes for entity links ("N1<TAB>Reference T1
 * Hamish:<entity id><TAB>name", shared/export/brat.ts) become the entity of
 * their T; Hamish's claims (events of a "Frame-<frame>" type, with their
 * attributes and notes) are read back (brat-claims-read.ts), their trigger
 * T lines (each repeats a member's span) dropped; other relations, events,
 * attributes and normalizations to other databases are reported as skipped. Labels that are Hamish's own brat names
 * of tags (bratType: "actor-person") are recognised by the label mapping.
 */

import { CodePointIndex } from '../../../../shared/code-points';
import { BRAT_ENTITY_DB, bratType, unescapeNote } from '../../../../shared/export/brat';
import { bratFrameType } from '../../../../shared/export/brat-claims';
import { refuse } from '../import-check';
import type {
  ForeignDocument,
  ForeignEntityRef,
  ForeignParse,
  ForeignSpan,
  SkippedItem,
} from './foreign-types';
import { bratClaims } from './brat-claims-read';
import { sliceOf, toCodePoints } from './offsets';

const T_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/u;
const NOTE_LINE = /^#\d+\t\S+ (\S+)\t(.*)$/u;
/** An entity link of Hamish's own export: N ref, T ref, entity id, name. */
const HAMISH_LINK = new RegExp(`^(N\\d+)\tReference (T\\d+) ${BRAT_ENTITY_DB}:(\\S+)\t(.*)$`, 'u');
/** An event line: its ref, its type and trigger ("E1<TAB>Frame-claim:T12 claimant:T1 …"). */
const E_LINE = /^(E\d+)\t[^:\s]+:(T\d+)/u;
const SKIPPED: Record<string, SkippedItem['reason']> = {
  R: 'relation',
  E: 'event',
  A: 'attribute',
  M: 'attribute',
};

/** The span of a T line's fragments, or null when text other than whitespace lies between them. */
function joined(index: CodePointIndex, fragments: [number, number][]): [number, number] | null {
  for (let i = 1; i < fragments.length; i++) {
    const gap = sliceOf(index, fragments[i - 1]?.[1] ?? 0, fragments[i]?.[0] ?? 0);
    if (/\S/u.test(gap)) return null;
  }
  return [fragments[0]?.[0] ?? 0, fragments.at(-1)?.[1] ?? 0];
}

/**
 * Parses one document: `txt` is the .txt content, `ann` the .ann content,
 * `name` the document's name for messages. Refuses (invalid-import) a
 * malformed T line or one whose text is not the .txt at its offsets.
 */
export function parseBrat(txt: string, ann: string, name: string): ForeignParse {
  const index = new CodePointIndex(txt);
  const spans: ForeignSpan[] = [];
  const skipped: SkippedItem[] = [];
  const notes: [string, string][] = [];
  const links: [string, string, ForeignEntityRef][] = [];
  /** T refs that are event triggers (of a Hamish claim: the anchor, not a span of its own). */
  const triggers = new Set<string>();
  const annLines = ann.split(/\r?\n/u);
  const { claims, taken } = bratClaims(annLines);
  annLines.forEach((line, i) => {
    if (line.trim() === '') return;
    const trigger = E_LINE.exec(line);
    if (trigger?.[2]) triggers.add(trigger[2]);
    // A claim's event, attribute and note lines are read by bratClaims.
    if (taken.has(i)) return;
    const where = `${name}.ann line ${i + 1}`;
    const t = T_LINE.exec(line);
    if (t) {
      const [, ref = '', label = '', ranges = '', text = ''] = t;
      const fragments: [number, number][] = [];
      for (const range of ranges.split(';')) {
        const [s, e] = range.split(' ').map(Number);
        const span = toCodePoints(index, s ?? -1, e ?? -1, 'codepoint');
        if (!span) refuse('span-mismatch', where, `${ref}: ${range} is outside the text`);
        fragments.push(span);
      }
      const quote = fragments.map(([s, e]) => sliceOf(index, s, e)).join(' ');
      if (quote !== text) refuse('span-mismatch', where, `${ref}: the text at ${ranges} is not "${text}"`);
      const span = joined(index, fragments);
      if (span) spans.push({ ref, start: span[0], end: span[1], label });
      else skipped.push({ document: name, ref, reason: 'discontinuous' });
      return;
    }
    const note = NOTE_LINE.exec(line);
    if (note) {
      notes.push([note[1] ?? '', unescapeNote(note[2] ?? '')]);
      return;
    }
    const link = HAMISH_LINK.exec(line);
    if (link) {
      const [, nRef = '', tRef = '', id = '', entityName = ''] = link;
      links.push([nRef, tRef, { id, name: entityName.trim() }]);
      return;
    }
    const reason = SKIPPED[line[0] ?? ''];
    if (reason || line.startsWith('N')) {
      skipped.push({ document: name, ref: line.split('\t')[0] ?? '', reason: reason ?? 'normalization' });
      return;
    }
    refuse('not-this-format', where, 'not a brat standoff line');
  });
  // The trigger of a Hamish claim (typed by its frame, "Frame-claim") repeats a member's span: it goes with
  // its event. Other tools' triggers ("Merger") are event mentions the user may map to a tag: they stay.
  for (let k = spans.length - 1; k >= 0; k--) {
    const ref = spans[k]?.ref ?? '';
    if (!triggers.has(ref) || !spans[k]?.label.startsWith(bratFrameType(''))) continue;
    spans.splice(k, 1);
    // A trigger of a claim read back is part of that claim, not an item left out.
    if (claims.length === 0) skipped.push({ document: name, ref, reason: 'event' });
  }
  for (const [ref, note] of notes) {
    const span = spans.find((s) => s.ref === ref);
    if (span) span.note = span.note === undefined ? note : `${span.note}\n${note}`;
    else skipped.push({ document: name, ref, reason: 'unlinked-note' });
  }
  for (const [nRef, tRef, entity] of links) {
    const span = spans.find((s) => s.ref === tRef);
    if (span) span.entity = entity;
    else skipped.push({ document: name, ref: nRef, reason: 'normalization' });
  }
  const document: ForeignDocument = { name, text: txt, spans, ...(claims.length > 0 ? { claims } : {}) };
  return { kind: 'documents', documents: [document], skipped, exportedName: bratType };
}
