/**
 * The pipe of a two-worker build (batch-pipe.ts) over a real MessageChannel:
 * batches are taken by their number whatever order they come in, a take
 * waits for its batch, and when the sending end closes (the preparing worker
 * ended) whatever still waits is rejected, never left hanging.
 */

import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { PipeIn, PipeOut } from '../../../../../electron/services/search/batch-pipe';
import { prepareDoc, type PreparedDoc } from '../../../../../electron/services/search/prepared-doc';

const doc = (id: string, text: string): PreparedDoc =>
  prepareDoc({ id, stamp: `s-${id}`, title: `خبر ${id}`, text, url: '' });

describe('the build pipe', () => {
  it('hands each batch to the take of its number, whichever comes first', async () => {
    const { port1, port2 } = new MessageChannel();
    const out = new PipeOut(port1);
    const into = new PipeIn(port2);
    const waiting = into.take(0); // asked before it came
    out.send(1, [doc('b', 'أفرجت السلطات عن الأسرى')]);
    out.send(0, [doc('a', 'قالت وزارة الصحة في غزة')]);
    expect((await waiting).map((d) => d.id)).toEqual(['a']);
    const second = await into.take(1); // came before it was asked
    expect(second.map((d) => d.id)).toEqual(['b']);
    expect(second[0]?.bodyColumn).toContain('اسري');
    out.close();
  });

  it('rejects what still waits when the sending end closes', async () => {
    const { port1, port2 } = new MessageChannel();
    const out = new PipeOut(port1);
    const into = new PipeIn(port2);
    const waiting = into.take(3);
    out.close();
    await expect(waiting).rejects.toThrow(/closed before batch 3/u);
    await expect(into.take(4)).rejects.toThrow(/closed before batch 4/u);
  });
});
