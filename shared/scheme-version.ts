/**
 * A tag scheme's version: a short fingerprint of its content, the same in
 * main and in the renderer (no Node or Web crypto needed), so that a save
 * made from an editor that loaded (and previewed against) one version is
 * refused when the scheme changed since, and an undo of a save only runs on
 * the scheme that save wrote. Not a security measure: a 53-bit hash of the
 * scheme's JSON (cyrb53), as 14 hex digits.
 */

import type { Taxonomy } from './taxonomy';

/** The version of `taxonomy`: equal for equal content (key order included, as JSON.stringify writes it). */
export function schemeVersion(taxonomy: Taxonomy): string {
  const text = JSON.stringify(taxonomy);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
