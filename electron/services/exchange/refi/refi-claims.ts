/**
 * Claims in a REFI-QDA project. REFI has no n-ary relation, only a `Link`
 * between two objects (originGUID → targetGUID, a name, a direction, a
 * colour, NoteRefs; Project.xsd LinkType), so each claim becomes:
 * - one `Note` holding the claim: its note text as PlainTextContent, its
 *   coder as creating user, its times, and in its Description the lines
 *   Hamish reads back ("hamish-claim: <id>", "frame: <id>", one
 *   "member: <role> <annotation id>" per member in role order, one
 *   "attribute: <id> <option>" per attribute value);
 * - one `Link` per member but the anchor (claim-parts.ts: the demand of a
 *   claim, the event of an event), from the anchor's PlainTextSelection to
 *   the member's, OneWay, named "<frame label>: <anchor role> → <role>"
 *   (Arabic labels, English when none), in the frame's colour, with a NoteRef
 *   to the claim's Note; a claim of one member links its selection to itself.
 * A QDA program shows the links between the coded selections; Hamish reads
 * the claim back from the Note (readRefiClaims). GUIDs are name-based, so an
 * export twice gives the same file.
 */

import { findFrame } from '../../../../shared/claims';
import type { ExportedArticle } from '../../../../shared/export-format';
import {
  anchorOf,
  annotationsById,
  articleClaims,
  labelIn,
  resolvedMembers,
} from '../../../../shared/export/claim-parts';
import { dropControls } from '../../../../shared/export/safe-text';
import type { ExportedClaim } from '../../../../shared/schema/claim-schema';
import type { Taxonomy } from '../../../../shared/taxonomy';
import { refiGuid } from './refi-ids';
import type { XmlNode } from './refi-xml';

/** The first Description line of a claim's Note; what readRefiClaims looks for. */
export const CLAIM_MARK = 'hamish-claim:';

/** The Description of a claim's Note: the lines readRefiClaims reads back. */
export function claimDescription(
  claim: ExportedClaim,
  members: { role: string; annotationId: string }[],
): string {
  return [
    `${CLAIM_MARK} ${claim.id}`,
    `frame: ${claim.frame}`,
    ...members.map((m) => `member: ${m.role} ${m.annotationId}`),
    ...Object.entries(claim.attributes ?? {}).map(([id, option]) => `attribute: ${id} ${option}`),
  ].join('\n');
}

/** The Notes and Links of every claim of `articles`; `user` gives a coder's User GUID (and records the coder). */
export function claimNodes(
  articles: ExportedArticle[],
  taxonomy: Taxonomy,
  user: (coder: string | undefined) => string,
): { notes: XmlNode[]; links: XmlNode[] } {
  const notes: XmlNode[] = [];
  const links: XmlNode[] = [];
  for (const article of articles) {
    const byId = annotationsById(article);
    for (const claim of articleClaims(article)) {
      const frame = findFrame(taxonomy, claim.frame);
      const members = resolvedMembers(claim, frame, byId);
      const anchor = anchorOf(members, frame);
      if (!anchor) continue;
      const frameLabel = frame ? labelIn(frame.label, 'ar', frame.id) : claim.frame;
      const roleLabel = (id: string) => {
        const role = frame?.roles.find((r) => r.id === id);
        return role ? labelIn(role.label, 'ar', id) : id;
      };
      const note = refiGuid('claim', claim.id);
      const coder = user(claim.author);
      notes.push({
        '@_guid': note,
        '@_name': `${frameLabel}: ${anchor.annotation.quote.replace(/\s+/gu, ' ')}`,
        '@_creatingUser': coder,
        '@_creationDateTime': claim.createdAt,
        '@_modifyingUser': coder,
        '@_modifiedDateTime': claim.updatedAt,
        Description: {
          '#text': claimDescription(
            claim,
            members.map((m) => ({ role: m.role, annotationId: m.annotation.id })),
          ),
        },
        PlainTextContent: { '#text': dropControls(claim.note ?? '') },
      });
      const others = members.filter((m) => m !== anchor);
      for (const [i, target] of (others.length > 0 ? others : [anchor]).entries()) {
        const name =
          others.length > 0
            ? `${roleLabel(anchor.role)} → ${roleLabel(target.role)}`
            : roleLabel(anchor.role);
        links.push({
          '@_guid': refiGuid('link', `${claim.id}:${i}`),
          '@_name': `${frameLabel}: ${name}`,
          '@_direction': 'OneWay',
          ...(frame ? { '@_color': frame.color } : {}),
          '@_originGUID': anchor.annotation.id,
          '@_targetGUID': target.annotation.id,
          NoteRef: [{ '@_targetGUID': note }],
        });
      }
    }
  }
  return { notes, links };
}
