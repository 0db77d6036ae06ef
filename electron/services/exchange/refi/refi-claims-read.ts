/**
 * Reading back the claims a REFI-QDA project written by Hamish holds
 * (refi-claims.ts writes them): each Note whose Description starts with
 * "hamish-claim: <id>" is a claim, its frame, members ("member: <role>
 * <selection GUID>") and attributes in the following lines, its note the
 * Note's text, its coder the Note's creating user. Members are then mapped
 * to the annotations the import made of their selections; a member whose
 * selection was left out (its code skipped, its text not found) or lies in
 * another source is dropped, and a claim with no member left is dropped.
 * A Note that does not parse is an ordinary note (left out, as before).
 */

import type { ExportedClaim } from '../../../../shared/schema/claim-schema';
import { idSchema, schemeIdSchema, timestampSchema } from '../../../../shared/schema/fields';
import { MAX_CLAIM_MEMBERS, MAX_CODER_NAME_LENGTH, MAX_NOTE_LENGTH } from '../../../../shared/schema/limits';
import { CLAIM_MARK } from './refi-claims';
import { normaliseGuid } from './refi-ids';

/** A claim as the project holds it, members by selection GUID (normalised). */
export interface RefiClaim {
  id: string;
  frame: string;
  members: { role: string; selection: string }[];
  attributes: Record<string, string>;
  note: string;
  user?: string;
  createdAt?: string;
  updatedAt?: string;
}

const valid = (schema: { safeParse(v: unknown): { success: boolean } }, value: string): boolean =>
  schema.safeParse(value).success;

/**
 * The claim a Note holds, or undefined when its Description is not a Hamish
 * claim (or any of its lines is malformed). `note` is the Note's text.
 */
export function parseClaimNote(
  description: string,
  note: string,
  extra: Pick<RefiClaim, 'user' | 'createdAt' | 'updatedAt'> = {},
): RefiClaim | undefined {
  const [head = '', ...lines] = description.trim().split(/\r?\n/u);
  if (!head.startsWith(CLAIM_MARK)) return undefined;
  const id = head.slice(CLAIM_MARK.length).trim().toLowerCase();
  let frame = '';
  const members: RefiClaim['members'] = [];
  const attributes: Record<string, string> = {};
  for (const line of lines) {
    const [key = '', ...rest] = line.trim().split(/\s+/u);
    if (key === 'frame:' && rest.length === 1) frame = rest[0] ?? '';
    else if (key === 'member:' && rest.length === 2)
      members.push({ role: rest[0] ?? '', selection: normaliseGuid(rest[1] ?? '') });
    else if (key === 'attribute:' && rest.length === 2) attributes[rest[0] ?? ''] = rest[1] ?? '';
    else return undefined;
  }
  const ids = [frame, ...members.map((m) => m.role), ...Object.entries(attributes).flat()];
  if (
    !valid(idSchema, id) ||
    !ids.every((x) => valid(schemeIdSchema, x)) ||
    members.length > MAX_CLAIM_MEMBERS
  )
    return undefined;
  const times = {
    ...(extra.createdAt && valid(timestampSchema, extra.createdAt) ? { createdAt: extra.createdAt } : {}),
    ...(extra.updatedAt && valid(timestampSchema, extra.updatedAt) ? { updatedAt: extra.updatedAt } : {}),
  };
  const user = extra.user?.slice(0, MAX_CODER_NAME_LENGTH);
  return {
    id,
    frame,
    members,
    attributes,
    note: note.slice(0, MAX_NOTE_LENGTH),
    ...(user ? { user } : {}),
    ...times,
  };
}

/**
 * The claims of `claims` whose members' selections became annotations
 * (`annotationOf`: selection GUID → annotation id; `articleOf`: annotation
 * id → article id), by article id, as a Hamish JSON version 2 file holds
 * them. `now` stamps a claim whose Note gave no time.
 */
export function claimsByArticle(
  claims: readonly RefiClaim[],
  annotationOf: ReadonlyMap<string, string>,
  articleOf: ReadonlyMap<string, string>,
  now: string,
): Map<string, ExportedClaim[]> {
  const out = new Map<string, ExportedClaim[]>();
  for (const claim of claims) {
    const mapped = claim.members.flatMap((m) => {
      const annotationId = annotationOf.get(m.selection);
      return annotationId === undefined ? [] : [{ role: m.role, annotationId }];
    });
    const article = articleOf.get(mapped[0]?.annotationId ?? '');
    if (article === undefined) continue;
    const members = mapped.filter((m) => articleOf.get(m.annotationId) === article);
    const createdAt = claim.createdAt ?? now;
    out.set(article, [
      ...(out.get(article) ?? []),
      {
        id: claim.id,
        frame: claim.frame,
        members,
        ...(Object.keys(claim.attributes).length > 0 ? { attributes: claim.attributes } : {}),
        ...(claim.note ? { note: claim.note } : {}),
        ...(claim.user ? { author: claim.user } : {}),
        createdAt,
        updatedAt: claim.updatedAt ?? createdAt,
      },
    ]);
  }
  return out;
}
