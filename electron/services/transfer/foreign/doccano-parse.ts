/**
 * Reads doccano's JSONL export (https://doccano.github.io/doccano/): one JSON
 * object a line with "text" and its spans, either "label" (or "labels") as
 * [start, end, "LABEL"] triples (sequence labelling) or "entities" as
 * { start_offset, end_offset, label } objects (relation extraction; the
 * relations are reported as skipped). doccano's backend is Python and slices
 * a str, so offsets are code points. Each line becomes a document.
 */

import { CodePointIndex } from '../../../../shared/code-points';
import { refuse } from '../import-check';
import type { ForeignDocument, ForeignParse, ForeignSpan, SkippedItem } from './foreign-types';
import { toCodePoints } from './offsets';

type Json = Record<string, unknown>;

/** The raw [start, end, label] spans of one doccano line, whichever shape it uses. */
function rawSpans(line: Json, where: string): [unknown, unknown, unknown][] {
  const triples = line['label'] ?? line['labels'];
  if (Array.isArray(triples)) {
    return triples.map((t: unknown) => {
      if (!Array.isArray(t)) refuse('not-this-format', where, 'a label is not [start, end, "LABEL"]');
      return [t[0], t[1], t[2]];
    });
  }
  const entities = line['entities'];
  if (Array.isArray(entities)) {
    return entities.map((e: unknown) => {
      const o = (typeof e === 'object' && e !== null ? e : {}) as Json;
      return [o['start_offset'], o['end_offset'], o['label']];
    });
  }
  return [];
}

/** Parses a doccano JSONL file; `name` is the file's name. Refuses a line that is not JSON or has bad spans. */
export function parseDoccano(raw: string, name: string): ForeignParse {
  const documents: ForeignDocument[] = [];
  const skipped: SkippedItem[] = [];
  const lines = raw.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  // A pretty-printed single object (as in doccano's own examples) is one document.
  const records = lines.every((l) => l.trim() === '' || l.trim().startsWith('{'))
    ? lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim() !== '')
    : [[raw, 0] as const];
  for (const [text, i] of records) {
    const where = `${name} line ${i + 1}`;
    let line: Json;
    try {
      line = JSON.parse(text) as Json;
    } catch {
      refuse('not-this-format', where, 'not a JSON object (doccano exports JSONL: one object a line)');
    }
    const body = line['text'] ?? line['data'];
    if (typeof body !== 'string') refuse('not-this-format', where, 'no "text" string');
    const index = new CodePointIndex(body);
    const spans: ForeignSpan[] = rawSpans(line, where).map(([s, e, label], k) => {
      const span = toCodePoints(index, Number(s), Number(e), 'codepoint');
      if (!span || typeof label !== 'string') {
        refuse(
          'span-mismatch',
          where,
          `span ${k + 1} [${String(s)}, ${String(e)}] is outside the text or unlabelled`,
        );
      }
      return { ref: `${k + 1}`, start: span[0], end: span[1], label };
    });
    const document = `line ${i + 1}`;
    const relations = line['relations'];
    if (Array.isArray(relations)) {
      relations.forEach((_, k) => skipped.push({ document, ref: `relation ${k + 1}`, reason: 'relation' }));
    }
    documents.push({ name: document, text: body, spans });
  }
  return { kind: 'documents', documents, skipped };
}
