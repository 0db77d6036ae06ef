/**
 * The writer process of the crash test: opens the real Library on the folder
 * given as argv[2] and edits annotations of article argv[3] forever (create,
 * change tag, delete), one at a time, and now and then lists a batch of three
 * new articles as a folder import does (ArticleBatch: one index.journal
 * append, issue 17). Before each edit it prints
 * "begin <json>", and after the edit has resolved (durably written, the same
 * moment the UI would show "saved") "ack <json>". Writes to a pipe are
 * synchronous on Linux, so an ack line is out before the next edit starts.
 */

import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import { Library } from '../../../electron/services/library/library';
import { canonicalize } from '../../../shared/canonical-text';
import { findTwin } from '../../../shared/twins';
import { seededRandom } from './kill-child';

const [dir, articleId, seedArg] = process.argv.slice(2);
if (!dir || !articleId) throw new Error('usage: writer <libraryDir> <articleId> <seed>');

/** The parent passes a seed so a failing run can be replayed. */
const random = seededRandom(Number(seedArg ?? 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const TAGS = ['actor', 'event', 'demand.other', 'demand.prisoners', 'demand.settlements'] as const;

const say = (line: string) => writeSync(1, `${line}\n`);

// A short journal, so that kills also land in folds (the journal written into the annotations file).
const library = await Library.open(dir, { indexDebounceMs: 3, journalLimit: 6 });
const { meta } = await library.getArticle(articleId);
say('ready');

const WORDS = ['الأسرى', 'المفاوضات', 'غزة', 'الوسطاء', 'القاهرة', 'الهدنة', 'المساعدات', 'نابلس'];

/** Lists three new articles in one batch (distinct texts); the ack names their ids once listed. */
async function listBatch(): Promise<void> {
  const batch = library.beginBatch();
  const op = { op: 'list' };
  say(`begin ${JSON.stringify(op)}`);
  for (let i = 0; i < 3; i++) {
    // Distinct by construction: the library refuses a text it already has, and a kill may land
    // after a batch was listed but before its ack (the next run must not meet it as a duplicate).
    const text = `${Array.from({ length: 40 }, () => pick(WORDS)).join(' ')}\nمرجع ${randomUUID()}`;
    await batch.add({
      title: `خبر ${Math.floor(random() * 1e9)}`,
      canonical: canonicalize(text),
      language: 'ar',
    });
  }
  const { added } = await batch.commit();
  say(`ack ${JSON.stringify({ ...op, ids: added.map((m) => m.id) })}`);
}

for (;;) {
  const current = await library.listAnnotations(articleId);
  const r = random();
  if (r > 0.9) await listBatch();
  else if (current.length < 4 || r < 0.45) {
    const start = Math.floor(random() * (meta.length - 40));
    const op = { op: 'create', start, end: start + 1 + Math.floor(random() * 30), tag: pick(TAGS) };
    // The library refuses a twin (same span and tag, issue 14): draw again instead of asking for one.
    if (findTwin(current, op)) continue;
    say(`begin ${JSON.stringify(op)}`);
    const made = await library.createAnnotation({ articleId, start: op.start, end: op.end, tag: op.tag });
    say(`ack ${JSON.stringify({ ...op, id: made.id })}`);
  } else if (r < 0.75) {
    const target = pick(current);
    const op = { op: 'update', id: target.id, tag: pick(TAGS.filter((t) => t !== target.tag)) };
    if (findTwin(current, { ...target, tag: op.tag })) continue;
    say(`begin ${JSON.stringify(op)}`);
    await library.updateAnnotation(articleId, target.id, { tag: op.tag });
    say(`ack ${JSON.stringify(op)}`);
  } else {
    const op = { op: 'delete', id: pick(current).id };
    say(`begin ${JSON.stringify(op)}`);
    await library.deleteAnnotation(articleId, op.id);
    say(`ack ${JSON.stringify(op)}`);
  }
}
