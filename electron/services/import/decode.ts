/**
 * Decoding imported files: UTF-8 (with or without BOM), UTF-16 LE/BE (with a
 * BOM, or detected from the pattern of high bytes), legacy windows-1256
 * Arabic (invalid UTF-8 whose visible text reads as mostly Arabic in 1256),
 * or a charset an HTML page declares in its head. Anything else, or text containing NUL, is not text.
 */

import { arabicShare } from '../../../shared/arabic-text';

/** A WHATWG encoding name: 'utf-8', 'utf-16le', 'utf-16be', 'windows-1256', or one an HTML page declared. */
export type TextEncodingName = string;

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Share of letters that must be Arabic for invalid UTF-8 to be taken as windows-1256. */
const ARABIC_1256_SHARE = 0.3;
const SAMPLE_BYTES = 4096;

function decodeStrict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM: one byte of each pair is mostly 0x00 (Latin) or 0x06 (Arabic). */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    const even = bytes[i] ?? 1;
    const odd = bytes[i + 1] ?? 1;
    if (even === 0x00 || even === 0x06) evenHigh++;
    if (odd === 0x00 || odd === 0x06) oddHigh++;
  }
  const pairs = n / 2;
  if (oddHigh / pairs > 0.6 && evenHigh / pairs < 0.2) return 'utf-16le';
  if (evenHigh / pairs > 0.6 && oddHigh / pairs < 0.2) return 'utf-16be';
  return null;
}

/** The text a reader sees: scripts, styles and tags taken out (a saved page's code is Latin whatever its language). */
function withoutMarkup(text: string): string {
  return text.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/giu, ' ').replace(/<[^>]*>/gu, ' ');
}

/** Most U+FFFD per character that a nearly valid UTF-8 file may get (one stray byte in a saved page). */
const MAX_REPLACEMENT_SHARE = 0.001;

/** UTF-8 with a few invalid bytes replaced by U+FFFD, as a browser reads it; null when more than a stray few. */
function lenientUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  const replaced = text.match(/\uFFFD/gu)?.length ?? 0;
  return replaced <= Math.max(1, text.length * MAX_REPLACEMENT_SHARE) ? text : null;
}

/** Controls other than tab, line feed, form feed and carriage return mean binary data. */
// eslint-disable-next-line no-control-regex
const BINARY_CONTROLS = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/u;

function textOrNull(text: string | null, encoding: TextEncodingName): DecodedText | null {
  if (text === null || BINARY_CONTROLS.test(text.slice(0, 100_000))) return null;
  return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, encoding };
}

/**
 * Bytes of an HTML document searched for its charset: its head, which inline
 * scripts and styles can push far past the 1 KB a browser prescans (the
 * browser then finds the declaration while parsing and reloads the page in it).
 */
const HEAD_BYTES = 65_536;

/** The charset an HTML document declares in its head (first 64 KB, before <body>), if Node can decode it. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  const head = start.split(/<body[\s>]/iu)[0] ?? start;
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head);
  const label = match?.[1]?.toLowerCase();
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes `bytes` as text, detecting the encoding; null when they are not
 * text. `declared` is a charset the document names (HTML), used only when the
 * bytes are not valid UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, declared: string | null = null): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return textOrNull(decodeStrict(bytes.subarray(3), 'utf-8'), 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return textOrNull(decodeStrict(bytes.subarray(2), 'utf-16le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return textOrNull(decodeStrict(bytes.subarray(2), 'utf-16be'), 'utf-16be');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return textOrNull(decodeStrict(bytes, utf16), utf16);
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return textOrNull(utf8, 'utf-8');
  if (declared && declared !== 'utf-8') {
    const text = decodeStrict(bytes, declared);
    if (text !== null) return textOrNull(text, declared);
  }
  const legacy = decodeStrict(bytes, 'windows-1256');
  if (legacy !== null && arabicShare(withoutMarkup(legacy)) >= ARABIC_1256_SHARE)
    return textOrNull(legacy, 'windows-1256');
  return textOrNull(lenientUtf8(bytes), 'utf-8');
}
