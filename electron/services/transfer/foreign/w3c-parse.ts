/**
 * Reads W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/:
 * an AnnotationCollection, an AnnotationPage, an array or one Annotation, as
 * Recogito and Hamish write them) and Hypothesis API exports ({ rows: [...] }
 * or an array, target[].selector[] with the same selector types). Each
 * annotation gives a target to anchor: its source, its TextQuoteSelector
 * (exact, prefix, suffix) and, as a hint, its TextPositionSelector. The label
 * is the body with purpose "tagging" (else "classifying"), or the first
 * Hypothesis tag; the note the "commenting" body (or, with no "tagging"
 * body, a "describing" one), or the Hypothesis text.
 * An annotation without a TextQuoteSelector cannot be anchored and is
 * skipped, except the "linking" annotations of Hamish's claims, read back
 * as claims whose members are the annotations their targets name.
 */

import { refuse } from '../import-check';
import { asList, asObject, parseJsonFile } from './json-input';
import {
  NO_LABEL,
  type ForeignClaim,
  type ForeignParse,
  type ForeignTarget,
  type SkippedItem,
} from './foreign-types';

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The annotations of whatever W3C or Hypothesis container `data` is. */
function annotationsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  const o = asObject(data);
  if (Array.isArray(o['rows'])) return o['rows'];
  if (o['type'] === 'AnnotationCollection') return annotationsOf(o['first']);
  if (o['type'] === 'AnnotationPage') return asList(o['items']);
  if (o['type'] === 'Annotation' || o['target'] !== undefined) return [o];
  return [];
}

/** The value of the first textual body with one of `purposes`. */
function bodyValue(bodies: unknown[], purposes: string[]): string | undefined {
  for (const purpose of purposes) {
    const body = bodies.map(asObject).find((b) => b['purpose'] === purpose && typeof b['value'] === 'string');
    if (body) return text(body['value']);
  }
  return undefined;
}

/** Parses a W3C or Hypothesis file; `name` is the file's name. */
export function parseW3c(raw: string, name: string): ForeignParse {
  const annotations = annotationsOf(parseJsonFile(raw, name));
  if (annotations.length === 0)
    refuse('not-this-format', name, 'no Web Annotation or Hypothesis annotations');
  const targets: ForeignTarget[] = [];
  const skipped: SkippedItem[] = [];
  const claims: ForeignClaim[] = [];
  annotations.forEach((item, i) => {
    const a = asObject(item);
    const ref = text(a['id']) ?? `annotation ${i + 1}`;
    const claim = claimOf(a, ref);
    if (claim) {
      claims.push(claim);
      return;
    }
    const target = asObject(asList(a['target'])[0]);
    const source = text(target['source']) ?? text(asObject(target['source'])['id']) ?? text(a['uri']) ?? '';
    const selectors = asList(target['selector']).map(asObject);
    const quote = selectors.find((s) => s['type'] === 'TextQuoteSelector');
    const position = selectors.find((s) => s['type'] === 'TextPositionSelector');
    const exact = text(quote?.['exact']);
    if (!quote || !exact) {
      skipped.push({ document: source || name, ref, reason: 'not-text' });
      return;
    }
    const bodies = asList(a['body']);
    const tags = asList(a['tags']).filter((t): t is string => typeof t === 'string');
    const label = bodyValue(bodies, ['tagging', 'classifying']) ?? tags[0] ?? NO_LABEL;
    // A "describing" body is the note only where no tag is given: Hamish's own export describes its tag
    // there (its labels, "مطلب: الأسرى"), beside a "tagging" body.
    const tagged = bodyValue(bodies, ['tagging']) !== undefined;
    const note =
      bodyValue(bodies, tagged ? ['commenting'] : ['commenting', 'describing']) ??
      (text(a['text']) || undefined);
    const creator = asObject(a['creator']);
    const author = text(creator['name']) ?? text(a['creator']) ?? text(a['user']);
    const start = Number(position?.['start']);
    const end = Number(position?.['end']);
    targets.push({
      ref,
      source,
      quote: exact,
      prefix: text(quote['prefix']) ?? '',
      suffix: text(quote['suffix']) ?? '',
      ...(Number.isInteger(start) && Number.isInteger(end) ? { start, end } : {}),
      label,
      ...(note === undefined ? {} : { note }),
      ...(author === undefined ? {} : { author }),
    });
  });
  return { kind: 'targets', targets, skipped, ...(claims.length > 0 ? { claims } : {}) };
}

/**
 * The claim a "linking" annotation of Hamish's export holds (shared/export/w3c-claims.ts):
 * frame from the "tagging" body, members from the targets' `hamish:role` and
 * `source` (the member annotation's IRI), attribute values from the
 * "classifying" bodies ("stance:for"), the note from the "commenting" one;
 * undefined for any other annotation.
 */
function claimOf(a: Record<string, unknown>, ref: string): ForeignClaim | undefined {
  if (a['motivation'] !== 'linking') return undefined;
  const members = asList(a['target'])
    .map(asObject)
    .flatMap((t) => {
      const role = text(t['hamish:role']);
      const source = text(t['source']);
      return role && source ? [{ role, ref: source }] : [];
    });
  const bodies = asList(a['body']).map(asObject);
  const frame = bodyValue(bodies, ['tagging']);
  if (!frame || members.length === 0) return undefined;
  const attributes: Record<string, string> = {};
  for (const b of bodies) {
    const [attribute, option] = (b['purpose'] === 'classifying' ? (text(b['value']) ?? '') : '').split(':');
    if (attribute && option) attributes[attribute] = option;
  }
  const note = bodyValue(bodies, ['commenting']);
  return { ref, frame, members, attributes, ...(note === undefined ? {} : { note }) };
}
