/**
 * JSON.stringify in pieces, for files of megabytes (an export of 10,000
 * annotations is ~6 MB). One JSON.stringify of the whole value builds a cons
 * string that must be flattened (a 12 MB two-byte copy once it holds Arabic)
 * and then encoded into a second fresh 6 MB buffer before a byte is written:
 * fresh memory whose page faults cost more than the serialising itself on the
 * build machine (bench/README.md, "Exporting 10,000 annotations (B9)").
 * jsonPieces walks the top few levels of containers itself and stringifies
 * everything below them with JSON.stringify, joining the text into pieces of
 * about `size` characters, so a writer encodes and writes one piece at a time
 * into memory it reuses. The pieces joined are exactly JSON.stringify(value,
 * null, indent).
 */

/** Levels of arrays and objects walked here; deeper values are stringified whole (an annotation is at level 4). */
const WALKED_LEVELS = 4;

/** What JSON.stringify writes for `value` under `key`: its toJSON result, if it has one. */
function jsonValue(value: unknown, key: string): unknown {
  if (typeof value === 'object' && value !== null) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return (toJSON as (key: string) => unknown).call(value, key);
  }
  return value;
}

/** True when JSON.stringify leaves `value` out of an object (writes null for it in an array). */
const isAbsent = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** True for the arrays and plain objects walked here (boxed primitives, class instances: JSON.stringify's own). */
function isWalked(value: unknown): value is unknown[] | Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Elements stringified by one JSON.stringify call (an array's items below the walked levels). */
const BATCH = 32;

/**
 * Yields JSON.stringify(value, null, indent) in order, in pieces of about
 * `size` characters (the last may be shorter). `indent` is a number of spaces
 * as JSON.stringify takes it (0: compact). Like JSON.stringify it throws a
 * TypeError on a cycle; a value it would not serialise (undefined at the top)
 * yields nothing. One difference, for data no export holds: the key a toJSON
 * method below the walked levels is given is the index within a batch of BATCH.
 */
export function* jsonPieces(value: unknown, indent = 0, size = 1 << 14): Generator<string> {
  const gap = ' '.repeat(Math.min(10, Math.max(0, Math.floor(indent))));
  const colon = gap ? ': ' : ':';
  const parts: string[] = [];
  let length = 0;
  const stack = new Set<object>();
  const push = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  const flush = () => {
    const piece = parts.join('');
    parts.length = 0;
    length = 0;
    return piece;
  };
  /** What surrounds an array's elements stringified nested `level` arrays deep: [prefix, suffix] lengths. */
  const frames = new Map<number, [number, number]>();
  /** The elements of `items` as JSON.stringify writes them inside an array at `level` (indented, comma-joined). */
  const elements = (items: readonly unknown[], level: number): string => {
    let wrapped: unknown = items;
    let probe: unknown = [0];
    for (let i = 0; i < level; i++) {
      wrapped = [wrapped];
      probe = [probe];
    }
    let frame = frames.get(level);
    if (!frame) {
      const text = JSON.stringify(probe, null, gap);
      const at = text.indexOf('0');
      frame = [at, text.length - at - 1];
      frames.set(level, frame);
    }
    const text = JSON.stringify(wrapped, null, gap);
    return text.slice(frame[0], text.length - frame[1]);
  };
  /** Writes `item` (already through toJSON) at `level`. */
  function* walk(item: unknown, level: number): Generator<string> {
    if (typeof item === 'string' && item.length > size) {
      // A long text (an article's) in slices, never cut inside a surrogate pair (JSON.stringify escapes a lone one).
      push('"');
      for (let at = 0; at < item.length;) {
        let end = Math.min(at + size, item.length);
        if (end < item.length && isHighSurrogate(item.charCodeAt(end - 1))) end--;
        push(JSON.stringify(item.slice(at, end)).slice(1, -1));
        at = end;
        if (length >= size) yield flush();
      }
      push('"');
      return;
    }
    if (level >= WALKED_LEVELS || !isWalked(item)) {
      // Its text as an array's one element one level up is its text at this level.
      push(gap && level > 0 ? elements([item], level - 1) : JSON.stringify(item, null, gap));
      return;
    }
    if (stack.has(item)) throw new TypeError('Converting circular structure to JSON');
    stack.add(item);
    const pad = gap.repeat(level);
    const inner = gap ? `\n${pad}${gap}` : '';
    let count = 0;
    if (Array.isArray(item)) {
      push('[');
      const whole = level + 1 >= WALKED_LEVELS;
      for (let i = 0; i < item.length; i += whole ? BATCH : 1) {
        push(count++ === 0 ? inner : `,${inner}`);
        if (whole) push(elements(item.slice(i, i + BATCH), level));
        else {
          const v = jsonValue(item[i], String(i));
          if (isAbsent(v)) push('null');
          else yield* walk(v, level + 1);
        }
        if (length >= size) yield flush();
      }
    } else {
      push('{');
      for (const key of Object.keys(item)) {
        const v = jsonValue(item[key], key);
        if (isAbsent(v)) continue;
        push(`${count++ === 0 ? inner : `,${inner}`}${JSON.stringify(key)}${colon}`);
        yield* walk(v, level + 1);
        if (length >= size) yield flush();
      }
    }
    const close = Array.isArray(item) ? ']' : '}';
    push(count > 0 && gap ? `\n${pad}${close}` : close);
    stack.delete(item);
  }
  const top = jsonValue(value, '');
  if (isAbsent(top)) return;
  yield* walk(top, 0);
  if (length > 0) yield flush();
}
