/**
 * The crash tests' seeds: the children of one parent stream draw streams that
 * share no stretch of output, so two children never write the same "random"
 * edit or article (the CI failure of a writer listing an article twice).
 */

import { describe, expect, it } from 'vitest';
import { childSeed, readAcks, seededRandom } from './kill-child';

describe('crash-test seeds', () => {
  it('gives 200 children of each of 3 parents streams with no shared run of 4 outputs in 1,000 draws', () => {
    const shared: string[] = [];
    for (let parentSeed = 1; parentSeed <= 3; parentSeed++) {
      const parent = seededRandom(parentSeed);
      const owner = new Map<string, number>();
      for (let child = 0; child < 200; child++) {
        const random = seededRandom(childSeed(parent));
        const window = [random(), random(), random()];
        for (let draw = 3; draw < 1000; draw++) {
          window.push(random());
          const key = window.join(',');
          window.shift();
          const before = owner.get(key);
          if (before !== undefined && before !== child)
            shared.push(`parent ${parentSeed}: ${before}, ${child}`);
          owner.set(key, child);
        }
      }
    }
    expect(shared).toEqual([]);
  });

  it('reads acknowledged operations in order and the one left in flight', () => {
    const lines = ['ready', 'begin {"n":1}', 'ack {"n":1}', 'begin {"n":2}', 'ack {"n":2}', 'begin {"n":3}'];
    expect(readAcks<{ n: number }>(lines)).toEqual({ acks: [{ n: 1 }, { n: 2 }], inFlight: { n: 3 } });
    expect(readAcks<{ n: number }>(lines.slice(0, 5)).inFlight).toBeNull();
  });
});
