/**
 * The span rules of docs/spans.md, row by row: the test reads the tables in
 * that file (so the documentation is what is tested) and checks every row
 * against snapSpan, moveEdgeBy and proposeEntityName on the row's own text.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CodePointIndex, utf16ToCodePoint } from '../../../shared/code-points';
import { proposeEntityName } from '../../../shared/entity-name';
import { knownWordsOf } from '../../../shared/proclitics';
import { EDGE_UNITS, moveEdgeBy, type EdgeUnit } from '../../../shared/span-editing';
import { snapSpan } from '../../../shared/span-snap';

const DOC = readFileSync(fileURLToPath(new URL('../../../docs/spans.md', import.meta.url)), 'utf8');

/** The rows (cells without backticks) of the table under the heading `## <title>`. */
function table(title: string): string[][] {
  const section = DOC.split(/^## /m).find((s) => s.startsWith(title));
  if (!section) throw new Error(`docs/spans.md has no section "${title}"`);
  const lines = section.split('\n').filter((l) => l.startsWith('|'));
  return lines.slice(2).map((l) =>
    l
      .slice(1, -1)
      .split(' | ')
      .map((c) => c.trim().replace(/^`|`$/g, '')),
  );
}

/** The text without the ⟦ ⟧ marks, and the marked span in UTF-16 units. */
function marked(cell: string): { text: string; s: number; e: number } {
  const s = cell.indexOf('⟦');
  const e = cell.indexOf('⟧') - 1;
  if (s < 0 || e < s) throw new Error(`no ⟦selection⟧ in ${cell}`);
  return { text: cell.replace('⟦', '').replace('⟧', ''), s, e };
}

const yes = (cell: string | undefined): boolean => {
  if (cell !== 'yes' && cell !== 'no') throw new Error(`expected yes or no, got ${cell}`);
  return cell === 'yes';
};

describe('docs/spans.md: snapping a selection', () => {
  const rows = table('Snapping a selection');
  it('has the rows the issue asks for', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });
  it.each(rows)('%s (clitics: %s) stores %s', (cell, clitics, stored) => {
    const { text, s, e } = marked(cell);
    const index = new CodePointIndex(text);
    const span = snapSpan(index, utf16ToCodePoint(text, s), utf16ToCodePoint(text, e), {
      clitics: yes(clitics),
      knownWords: knownWordsOf(text),
    });
    expect(span && [...text].slice(span[0], span[1]).join('')).toBe(stored);
  });
});

describe('docs/spans.md: moving an edge in the span editor', () => {
  const rows = table('Moving an edge in the span editor');
  it.each(rows)('%s: %s %s by %s gives %s', (cell, edge, how, unit, after) => {
    const { text, s, e } = marked(cell);
    if (edge !== 'start' && edge !== 'end') throw new Error(`bad edge ${edge}`);
    if (how !== 'grow' && how !== 'shrink') throw new Error(`bad move ${how}`);
    if (!EDGE_UNITS.includes(unit as EdgeUnit)) throw new Error(`bad step ${unit}`);
    const moved = moveEdgeBy(text, { start: s, end: e }, edge, how, unit as EdgeUnit);
    expect(moved ? text.slice(moved.start, moved.end) : '(none)').toBe(after);
  });
});

describe('docs/spans.md: entity names proposed from text', () => {
  const rows = table('Entity names proposed from text');
  it.each(rows)('%s in "%s" proposes %s', (quote, article, name) => {
    expect(proposeEntityName(quote, knownWordsOf(article))).toBe(name);
  });
});
