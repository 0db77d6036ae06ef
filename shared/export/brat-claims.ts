/**
 * Claims in the brat standoff export (https://brat.nlplab.org/standoff.html):
 * each claim is an event, "E1<TAB>Frame-claim:T12 claimant:T1 demand:T3 …".
 * brat hangs every event on a trigger, a text-bound annotation of the event's
 * own type; Hamish's claims have none, so the trigger is written at the
 * span of the claim's anchor (claim-parts.ts: the demand of a claim, the
 * event of an event) and shared by the claims anchored there. Every member,
 * the anchor included, is an argument in its role, so the E line alone lists
 * the whole claim; a role with several members repeats as brat numbers
 * them ("claimant:T1 claimant2:T4"). Attribute values become "A" lines, the
 * note an AnnotatorNotes line on the event. annotation.conf declares one
 * event type per frame in [events], each role an argument whose cardinality
 * follows the role (required and repeatable "+", required "", repeatable "*",
 * else "?") and whose types are the accepted types with their subtypes (brat
 * matches argument types exactly); [attributes] declares each frame attribute.
 *
 * Names: tag types are lower case, so "Frame-<frame id>" (an event type) and
 * "Frame-<frame id>-Attr-<attribute id>" (an attribute) never clash with them;
 * a role id ending in a digit gets "_", since brat reads trailing digits as
 * the repetition number. A claim whose frame the scheme lacks, or with no
 * member left in the export, is not written; nor is a member whose role its
 * frame lacks.
 */

import type { ExportedAnnotation } from '../export-format';
import type { ExportedClaim } from '../schema/claim-schema';
import type { FrameDefinition, RoleDefinition } from '../schema/taxonomy-schema';
import type { Taxonomy } from '../taxonomy';
import { findFrame, framesOf } from '../claims';
import { anchorOf, resolvedMembers } from './claim-parts';

/** brat event type of a frame: "claim" → "Frame-claim". */
export const bratFrameType = (frameId: string): string => `Frame-${frameId}`;

/** brat attribute of a frame attribute: ("claim", "stance") → "Frame-claim-Attr-stance". */
export const bratAttributeName = (frameId: string, attributeId: string): string =>
  `Frame-${frameId}-Attr-${attributeId}`;

/** brat argument name of a role: its id, with "_" after a final digit (brat strips digits as a repetition number). */
export const bratRoleName = (roleId: string): string => (/\d$/u.test(roleId) ? `${roleId}_` : roleId);

/** brat's cardinality mark of a role. */
function cardinality(role: RoleDefinition): string {
  if (role.required) return role.repeatable ? '+' : '';
  return role.repeatable ? '*' : '?';
}

/** brat type names a role accepts: each accepted type of the scheme and its subtypes ("<ENTITY>" if none is left). */
function argumentTypes(role: RoleDefinition, taxonomy: Taxonomy): string {
  const types = role.accepts.flatMap((id) => {
    const type = taxonomy.types.find((t) => t.id === id);
    return type ? [type.id, ...type.subtypes.map((s) => `${type.id}-${s.id}`)] : [];
  });
  return types.length > 0 ? types.join('|') : '<ENTITY>';
}

/** The [events] lines of annotation.conf: one event type per frame of the scheme. */
export function bratEventLines(taxonomy: Taxonomy): string[] {
  return framesOf(taxonomy).map((frame) => {
    const args = frame.roles.map(
      (role) => `${bratRoleName(role.id)}${cardinality(role)}:${argumentTypes(role, taxonomy)}`,
    );
    return `${bratFrameType(frame.id)}\t${args.join(', ')}`;
  });
}

/** The [attributes] lines of annotation.conf: each frame attribute, on its frame's events, with its options. */
export function bratAttributeLines(taxonomy: Taxonomy): string[] {
  return framesOf(taxonomy).flatMap((frame) =>
    (frame.attributes ?? []).map(
      (a) =>
        `${bratAttributeName(frame.id, a.id)}\tArg:${bratFrameType(frame.id)}, Value:${a.options.map((o) => o.id).join('|')}`,
    ),
  );
}

/** What the claim lines of one .ann need from the annotation lines before them. */
export interface BratClaimContext {
  /** The article's exported annotations by id. */
  annotations: ReadonlyMap<string, ExportedAnnotation>;
  /** The T id written for each annotation id. */
  tIds: ReadonlyMap<string, string>;
  /** The next free T and note numbers. */
  nextT: number;
  nextNote: number;
  /** A span's brat fragments and text ("start end;start end", fragments joined by a space). */
  spanOf: (start: number, end: number) => { spans: string; quote: string };
  /** A note on one line (brat.ts escapeNote). */
  escapeNote: (note: string) => string;
}

/** The E line's arguments: every member in role order, a repeated role numbered 2, 3… */
function eventArguments(
  members: { role: string; annotation: ExportedAnnotation }[],
  tIds: ReadonlyMap<string, string>,
): string[] {
  const seen = new Map<string, number>();
  return members.map((m) => {
    const n = (seen.get(m.role) ?? 0) + 1;
    seen.set(m.role, n);
    return `${bratRoleName(m.role)}${n === 1 ? '' : n}:${tIds.get(m.annotation.id) ?? ''}`;
  });
}

/**
 * The lines of `claims` for one .ann, after its T lines: each claim's
 * trigger (one per anchor span and frame), its E line, its attribute (A) and
 * note (#) lines. T, E, A and # numbers continue from `context`.
 */
export function bratClaimLines(
  claims: ExportedClaim[],
  taxonomy: Taxonomy,
  context: BratClaimContext,
): string[] {
  const lines: string[] = [];
  const triggers = new Map<string, string>();
  let t = context.nextT;
  let note = context.nextNote;
  let event = 0;
  let attribute = 0;
  for (const claim of claims) {
    const frame: FrameDefinition | undefined = findFrame(taxonomy, claim.frame);
    if (!frame) continue;
    const members = resolvedMembers(claim, frame, context.annotations).filter((m) =>
      frame.roles.some((r) => r.id === m.role),
    );
    const anchor = anchorOf(members, frame)?.annotation;
    if (!anchor) continue;
    const type = bratFrameType(frame.id);
    const key = `${type} ${anchor.start} ${anchor.end}`;
    let trigger = triggers.get(key);
    if (trigger === undefined) {
      trigger = `T${t++}`;
      triggers.set(key, trigger);
      const { spans, quote } = context.spanOf(anchor.start, anchor.end);
      lines.push(`${trigger}\t${type} ${spans}\t${quote}`);
    }
    const e = `E${++event}`;
    lines.push([`${e}\t${type}:${trigger}`, ...eventArguments(members, context.tIds)].join(' '));
    for (const a of frame.attributes ?? []) {
      const value = claim.attributes?.[a.id];
      if (value !== undefined && a.options.some((o) => o.id === value))
        lines.push(`A${++attribute}\t${bratAttributeName(frame.id, a.id)} ${e} ${value}`);
    }
    if (claim.note) lines.push(`#${note++}\tAnnotatorNotes ${e}\t${context.escapeNote(claim.note)}`);
  }
  return lines;
}
