/**
 * Stable REFI-QDA GUIDs for things Hamish names by other ids (tags, coders,
 * notes, codings, variables): a name-based UUID (version 5 layout, SHA-1 of
 * a Hamish namespace, a kind and a key), so exporting the same library twice
 * gives the same GUIDs and an import can recognise its own codes.
 */

import { createHash } from 'node:crypto';

/** The namespace every Hamish name-based GUID is derived under (a random v4 UUID, fixed forever). */
const HAMISH_NAMESPACE = '1f0c6c2e-7a52-4b8e-9d3a-5e0b8f4c2a17';

/** What a derived GUID stands for; the same key under two kinds gives two GUIDs. */
export type GuidKind = 'code' | 'user' | 'note' | 'coding' | 'variable' | 'project' | 'claim' | 'link';

/**
 * The name-based GUID of `key` under `kind` (RFC 9562 §5.5 layout: SHA-1 of
 * namespace bytes + "kind:key" in UTF-8, version 5, variant 10), lower-case.
 */
export function refiGuid(kind: GuidKind, key: string): string {
  const namespace = Buffer.from(HAMISH_NAMESPACE.replace(/-/gu, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(`${kind}:${key}`, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A REFI GUID as Hamish stores ids: braces dropped, lower-case (REFI allows "{…}" and either case). */
export function normaliseGuid(guid: string): string {
  return guid
    .trim()
    .replace(/^\{|\}$/gu, '')
    .toLowerCase();
}
