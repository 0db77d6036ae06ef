/**
 * Reads Label Studio's JSON export (https://labelstud.io/guide/export):
 * an array of tasks, each with its data (the text) and its annotations,
 * whose results of type "labels" are text spans { start, end, text, labels };
 * or one task alone, as a target storage writes each task to its own file.
 * JSON-MIN and CSV exports (items without "data") are refused by name.
 * Offsets are code points in Label Studio since 2022 and UTF-16 units
 * before; each span is read in the unit in which its own "text" matches
 * (offsets.ts), and refused when neither does. Cancelled annotations and
 * predictions are left out; results of other types are reported as skipped.
 */

import { CodePointIndex } from '../../../../shared/code-points';
import { refuse } from '../import-check';
import type { ForeignDocument, ForeignParse, ForeignSpan, SkippedItem } from './foreign-types';
import { asObject, parseJsonFile, type Json } from './json-input';
import { spanMatching } from './offsets';

/** The task's text: data[to_name] when it is a string, else data.text, else its only string field. */
function taskText(data: Json, toName: string | undefined): string | undefined {
  const named = toName === undefined ? undefined : data[toName];
  if (typeof named === 'string') return named;
  if (typeof data['text'] === 'string') return data['text'];
  const strings = Object.values(data).filter((v): v is string => typeof v === 'string');
  return strings.length === 1 ? strings[0] : undefined;
}

/** Who made an annotation: completed_by's email, or its number. */
function authorOf(annotation: Json): string | undefined {
  const by = annotation['completed_by'];
  if (typeof by === 'number') return `label-studio user ${by}`;
  const email = asObject(by)['email'];
  return typeof email === 'string' ? email : undefined;
}

const isTask = (value: unknown): boolean => typeof asObject(value)['data'] === 'object';

/** The tasks of a parsed file: the array, or the one task a storage file holds; refuses anything else. */
function tasksOf(parsed: unknown, name: string): unknown[] {
  const tasks = Array.isArray(parsed) ? parsed : isTask(parsed) ? [parsed] : undefined;
  if (!tasks) return refuse('not-this-format', name, 'a Label Studio export is an array of tasks');
  if (tasks.length > 0 && !tasks.some(isTask)) {
    refuse(
      'not-this-format',
      name,
      'no item is a Label Studio task (with "data"); JSON-MIN and CSV exports are not read: export the project as JSON',
    );
  }
  return tasks;
}

/** Parses a Label Studio JSON export (or one task's file); `name` is the file's name. */
export function parseLabelStudio(raw: string, name: string): ForeignParse {
  const tasks = tasksOf(parseJsonFile(raw, name), name);
  const documents: ForeignDocument[] = [];
  const skipped: SkippedItem[] = [];
  tasks.forEach((item: unknown, i) => {
    const task = asObject(item);
    const id = task['id'];
    const document = `task ${typeof id === 'number' || typeof id === 'string' ? id : i + 1}`;
    const spans: ForeignSpan[] = [];
    let text: string | undefined;
    for (const annotation of (task['annotations'] ?? task['completions'] ?? []) as unknown[]) {
      const a = asObject(annotation);
      if (a['was_cancelled'] === true) continue;
      const author = authorOf(a);
      for (const result of (a['result'] ?? []) as unknown[]) {
        const r = asObject(result);
        const ref = typeof r['id'] === 'string' ? r['id'] : `result ${spans.length + 1}`;
        const value = asObject(r['value']);
        if (r['type'] !== 'labels') {
          skipped.push({ document, ref, reason: r['type'] === 'relation' ? 'relation' : 'not-text' });
          continue;
        }
        text ??= taskText(
          asObject(task['data']),
          typeof r['to_name'] === 'string' ? r['to_name'] : undefined,
        );
        if (text === undefined) refuse('not-this-format', `${name} › ${document}`, 'the task has no text');
        const index = new CodePointIndex(text);
        const quote = typeof value['text'] === 'string' ? value['text'] : undefined;
        const start = Number(value['start']);
        const end = Number(value['end']);
        const span = quote === undefined ? null : spanMatching(index, start, end, quote);
        if (!span) {
          refuse(
            'span-mismatch',
            `${name} › ${document} › ${ref}`,
            `the text at ${start}..${end} is not its "text"`,
          );
        }
        for (const label of (value['labels'] ?? []) as unknown[]) {
          if (typeof label !== 'string') continue;
          spans.push({ ref, start: span[0], end: span[1], label, ...(author ? { author } : {}) });
        }
      }
    }
    if (text !== undefined) documents.push({ name: document, text, spans });
  });
  return { kind: 'documents', documents, skipped };
}
