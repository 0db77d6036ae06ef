/**
 * Reading back the claims Hamish's brat export writes (shared/export/brat-claims.ts):
 * an event line "E1<TAB>Frame-claim:T12 claimant:T1 demand:T3 claimant2:T4"
 * is a claim of frame "claim" whose members are its arguments (the trigger
 * is not one: it repeats the anchor's span, which is also an argument); a
 * role's repetition number and the "_" written after a role id ending in a
 * digit are taken off; "A1<TAB>Frame-claim-Attr-stance E1 for" is an
 * attribute value, and "#2<TAB>AnnotatorNotes E1<TAB>…" its note. Events of
 * other tools (a type not "Frame-…") are not claims: they stay skipped.
 */

import { unescapeNote } from '../../../../shared/export/brat';
import { bratFrameType } from '../../../../shared/export/brat-claims';
import type { ForeignClaim } from './foreign-types';

const FRAME = bratFrameType('');
const EVENT = /^(E\d+)\t(\S+):(T\d+)((?: \S+:T\d+)*)$/u;
const ATTRIBUTE = /^A\d+\t(\S+) (E\d+) (\S+)$/u;
const NOTE = /^#\d+\tAnnotatorNotes (E\d+)\t(.*)$/u;

/** A role id as the argument names it: "claimant2" → "claimant", "role1_" → "role1". */
const roleOf = (argument: string): string => {
  const bare = argument.replace(/\d+$/u, '');
  return bare.endsWith('_') ? bare.slice(0, -1) : bare;
};

/**
 * The Hamish claims among `lines` (a .ann's lines), members by T ref; also
 * the set of lines taken (their indexes), so the parser reports only the
 * others as skipped.
 */
export function bratClaims(lines: readonly string[]): { claims: ForeignClaim[]; taken: Set<number> } {
  const claims = new Map<string, ForeignClaim>();
  const taken = new Set<number>();
  lines.forEach((line, i) => {
    const e = EVENT.exec(line);
    if (!e || !e[2]?.startsWith(FRAME)) return;
    const members = (e[4] ?? '')
      .trim()
      .split(' ')
      .filter(Boolean)
      .map((arg) => {
        const [name = '', ref = ''] = arg.split(':');
        return { role: roleOf(name), ref };
      });
    claims.set(e[1] ?? '', { ref: e[1] ?? '', frame: e[2].slice(FRAME.length), members, attributes: {} });
    taken.add(i);
  });
  lines.forEach((line, i) => {
    const a = ATTRIBUTE.exec(line);
    const n = NOTE.exec(line);
    const claim = claims.get(a?.[2] ?? n?.[1] ?? '');
    if (!claim) return;
    if (a) claim.attributes[(a[1] ?? '').replace(/^.*-Attr-/u, '')] = a[3] ?? '';
    else if (n) claim.note = unescapeNote(n[2] ?? '');
    taken.add(i);
  });
  return { claims: [...claims.values()], taken };
}
