/**
 * What a typed coder name would clash with (issue 20 review): a colleague's
 * coder layer already in the library (their annotations would count as
 * yours) or the gold coder of an adjudication (your work would mix into
 * gold), or one of those written alike (coder-clash.ts). Read once when
 * Preferences opens; the dialog warns as the name is typed, and saving stays
 * possible.
 */

import { useEffect, useState } from 'react';
import { api } from '../api';
import { findCoderClash, type CoderClashFound, type KnownCoders } from './coder-clash';

/** The clash check for names typed in place of `current` (the local coder now). */
export function useCoderClashes(current: string): (name: string) => CoderClashFound | null {
  const [known, setKnown] = useState<KnownCoders>({ layers: [], golds: [] });
  useEffect(() => {
    let live = true;
    void Promise.all([api.listCoders(), api.listAdjudications()]).then(([coders, sessions]) => {
      if (!live) return;
      setKnown({
        layers: coders.ok ? coders.value.coders.filter((c) => c !== current) : [],
        golds: sessions.ok ? [...new Set(sessions.value.map((s) => s.gold))] : [],
      });
    });
    return () => {
      live = false;
    };
  }, [current]);
  return (name) => findCoderClash(name, known);
}
