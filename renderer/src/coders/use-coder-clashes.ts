/**
 * What a typed coder name would clash with (issue 20 review): a colleague's
 * coder layer already in the library (their annotations would count as
 * yours) or the gold coder of an adjudication (your work would mix into
 * gold). Read once when Preferences opens; the dialog warns as the name is
 * typed, and saving stays possible.
 */

import { useEffect, useState } from 'react';
import { api } from '../api';

/** Why a name clashes, or null. */
export type CoderClash = 'layer' | 'gold' | null;

/** The clash check for names typed in place of `current` (the local coder now). */
export function useCoderClashes(current: string): (name: string) => CoderClash {
  const [known, setKnown] = useState<{ layers: Set<string>; golds: Set<string> }>({
    layers: new Set(),
    golds: new Set(),
  });
  useEffect(() => {
    let live = true;
    void Promise.all([api.listCoders(), api.listAdjudications()]).then(([coders, sessions]) => {
      if (!live) return;
      setKnown({
        layers: new Set(coders.ok ? coders.value.coders.filter((c) => c !== current) : []),
        golds: new Set(sessions.ok ? sessions.value.map((s) => s.gold) : []),
      });
    });
    return () => {
      live = false;
    };
  }, [current]);
  return (name) => (known.golds.has(name) ? 'gold' : known.layers.has(name) ? 'layer' : null);
}
