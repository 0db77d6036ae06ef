/** Test-only encoders: windows-1256 bytes from text (inverse of the WHATWG table) and UTF-16 with or without BOM. */

let table: Map<string, number> | null = null;

/** Encodes `text` as windows-1256; throws on a character the code page lacks. */
export function encodeWindows1256(text: string): Buffer {
  if (!table) {
    const decoder = new TextDecoder('windows-1256');
    table = new Map();
    for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const byte = table.get(ch);
    if (byte === undefined)
      throw new Error(`windows-1256 has no ${ch} (U+${ch.codePointAt(0)?.toString(16)})`);
    bytes.push(byte);
  }
  return Buffer.from(bytes);
}

/** UTF-16 (LE or BE) bytes of `text`, with a BOM unless `bom` is false. */
export function encodeUtf16(text: string, endian: 'le' | 'be', bom = true): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
}
