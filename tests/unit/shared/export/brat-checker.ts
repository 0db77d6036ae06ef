/**
 * A checker for brat standoff exports, written from brat's documented
 * configuration and standoff formats (brat.nlplab.org/configuration.html,
 * standoff.html) and the rules its own verifier applies
 * (nlplab/brat server/src/verify_annotations.py and projectconfig.py):
 * - configuration lines: terms split at "|", "<…>" only as a reserved macro
 *   (brat asserts "undefined macro" otherwise), [labels] lines one per type;
 * - every T-line's type is a declared entity type; its offsets lie in the
 *   .txt, in code points (brat slices a Python str); no fragment holds a line
 *   break; its text is the fragments joined by a space;
 * - notes (#) and normalizations (N) point to an existing T id, on one line;
 * - overlap: every pair of overlapping spans (first start before the other's
 *   last end, both ways) must be allowed by an "<OVERLAP>" rule of
 *   [relations] as equal, contain or cross (or "<ANY>"), "<ENTITY>"
 *   standing for any entity type; without a rule no overlap is allowed.
 * - events (E), their triggers and arguments, and attributes (A), as
 *   brat-event-checker.ts checks them; overlap rules leave event triggers
 *   out (brat's verify_entity_overlap takes physical entities only);
 * Returns the problems as brat would word them; none means brat accepts it.
 */

import {
  checkEvents,
  parseAttributes,
  parseEvents,
  type AttributeDef,
  type EventArgument,
  type EventCheckInput,
} from './brat-event-checker';

const RESERVED = [
  'ANY',
  'ENTITY',
  'RELATION',
  'EVENT',
  'NONE',
  'EMPTY',
  'REL-TYPE',
  'URL',
  'URLBASE',
  'UNICODE',
  'GLYPH-POS',
  'DEFAULT',
  'NORM',
  'OVERLAP',
  'OVL-TYPE',
  'INHERIT',
].map((n) => `<${n}>`);

interface OverlapRule {
  arg1: string[];
  arg2: string[];
  kinds: Set<string>;
}

/** The sections of a brat configuration file: name → non-empty, non-comment lines. */
function sections(conf: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = '';
  for (const line of conf.split('\n')) {
    if (line.trim() === '' || /^\s*#/u.test(line)) continue;
    const head = /^\[(.+)\]\s*$/u.exec(line);
    if (head) {
      current = head[1] ?? '';
      out.set(current, []);
    } else out.get(current)?.push(line);
  }
  return out;
}

/** brat's macro check: every "<…>" on a configuration line must be a reserved string. */
function macroProblems(line: string, where: string): string[] {
  return [...line.matchAll(/(<.*?>)/gu)]
    .map((m) => m[1] ?? '')
    .filter((m) => !RESERVED.includes(m))
    .map((m) => `${where}: undefined macro ${m} in "${line}"`);
}

/** What checkBratConfig finds in a configuration. */
export interface BratConfig {
  entities: Set<string>;
  rules: OverlapRule[];
  events: Map<string, Map<string, EventArgument>>;
  attributes: Map<string, AttributeDef>;
}

/** Checks annotation.conf and visual.conf; returns the declared types, overlap rules, events, attributes and problems. */
export function checkBratConfig(
  annotationConf: string,
  visualConf: string,
): BratConfig & { problems: string[] } {
  const problems: string[] = [];
  const conf = sections(annotationConf);
  const entities = new Set<string>();
  for (const line of conf.get('entities') ?? []) {
    problems.push(...macroProblems(line, 'annotation.conf'));
    const m = /^(\s*)(\S+)(?:\s+(.*))?$/u.exec(line);
    const terms = (m?.[2] ?? '').split('|').map((t) => t.trim());
    if (terms[0]) entities.add(terms[0]);
  }
  const rules: OverlapRule[] = [];
  for (const line of conf.get('relations') ?? []) {
    problems.push(...macroProblems(line, 'annotation.conf'));
    const m = /^\s*(\S+)\s+(.*)$/u.exec(line);
    if (m?.[1] !== '<OVERLAP>') continue;
    const args = new Map(
      (m[2] ?? '').split(',').map((a) => {
        const [k, v] = a.trim().split(':');
        return [k ?? '', (v ?? '').split('|')] as const;
      }),
    );
    const kinds = args.get('<OVL-TYPE>');
    if (!kinds) problems.push('annotation.conf: <OVERLAP> without <OVL-TYPE> is ignored by brat');
    rules.push({ arg1: args.get('Arg1') ?? [], arg2: args.get('Arg2') ?? [], kinds: new Set(kinds ?? []) });
  }
  for (const line of [...(conf.get('events') ?? []), ...(conf.get('attributes') ?? [])])
    problems.push(...macroProblems(line, 'annotation.conf'));
  const events = parseEvents(conf.get('events') ?? [], problems);
  const attributes = parseAttributes(conf.get('attributes') ?? [], problems);
  const visual = sections(visualConf);
  for (const line of visual.get('labels') ?? []) {
    problems.push(...macroProblems(line, 'visual.conf'));
    const m = /^(\s*)([^\t]+)(?:\t(.*))?$/u.exec(line);
    const terms = (m?.[2] ?? '')
      .split('|')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    const type = terms[0] ?? '';
    if (!entities.has(type) && !events.has(type))
      problems.push(`visual.conf: label for undeclared type "${type}"`);
    // "type | English | Arabic": a "|" inside a label would add a term.
    if (terms.length > 3) problems.push(`visual.conf: "${line}" splits into ${terms.length} terms`);
  }
  return { entities, rules, events, attributes, problems };
}

/** The overlap kinds a rule allows between types t1 and t2, "<ENTITY>" matching any declared entity. */
function allowed(rules: OverlapRule[], entities: Set<string>, t1: string, t2: string): Set<string> {
  const matches = (list: string[], t: string) =>
    list.includes(t) || list.includes('<ANY>') || (entities.has(t) && list.includes('<ENTITY>'));
  const kinds = new Set<string>();
  for (const r of rules) if (matches(r.arg1, t1) && matches(r.arg2, t2)) r.kinds.forEach((k) => kinds.add(k));
  return kinds;
}

interface TextBound {
  id: string;
  type: string;
  fragments: [number, number][];
}

/** Checks one .ann against its .txt and the configuration; returns brat's complaints. */
export function checkBratAnn(txt: string, ann: string, config: BratConfig, name = 'ann'): string[] {
  const problems: string[] = [];
  const points = Array.from(txt);
  const spans: TextBound[] = [];
  const lines = ann.split('\n').filter((l) => l !== '');
  const ids = new Set(lines.map((l) => l.split('\t')[0] ?? ''));
  const found: Omit<EventCheckInput, 'config' | 'name'> = {
    textbounds: new Map(),
    spans: new Map(),
    events: new Map(),
    attributes: [],
  };
  for (const line of lines) {
    const [id = '', middle = '', text, ...rest] = line.split('\t');
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/u.exec(middle);
      if (!m || text === undefined || rest.length > 0) {
        problems.push(`${name}: malformed T-line "${line}"`);
        continue;
      }
      const type = m[1] ?? '';
      if (!config.entities.has(type) && !config.events.has(type))
        problems.push(`${name} ${id}: ${type} is not a known textbound type`);
      found.textbounds.set(id, type);
      found.spans.set(id, m[2] ?? '');
      const fragments = (m[2] ?? '').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      for (const [s, e] of fragments) {
        if (!(s < e && e <= points.length))
          problems.push(`${name} ${id}: offsets ${s} ${e} outside the text`);
        else if (points.slice(s, e).includes('\n'))
          problems.push(`${name} ${id}: fragment crosses a line break`);
      }
      const quote = fragments.map(([s, e]) => points.slice(s, e).join('')).join(' ');
      if (quote !== text) problems.push(`${name} ${id}: text "${text}" is not "${quote}" at its offsets`);
      // Overlap rules do not concern triggers (brat's verify_entity_overlap takes entities only).
      if (!config.events.has(type)) spans.push({ id, type, fragments });
    } else if (id.startsWith('E')) {
      const [head = '', ...args] = middle.split(' ');
      const [type = '', trigger = ''] = head.split(':');
      const split = args.map((a) => a.split(':'));
      const pairs = split.map(([role = '', target = '']) => [role, target] as [string, string]);
      if (text !== undefined || split.some((p) => p.length !== 2))
        problems.push(`${name}: malformed E-line "${line}"`);
      found.events.set(id, { type, trigger, args: pairs });
    } else if (id.startsWith('A')) {
      const [attribute = '', target = '', value = ''] = middle.split(' ');
      if (text !== undefined) problems.push(`${name}: malformed A-line "${line}"`);
      found.attributes.push([id, attribute, target, value]);
    } else if (id.startsWith('#') || id.startsWith('N')) {
      const target = middle.split(' ')[1] ?? '';
      const kinds = id.startsWith('N') ? ['T'] : ['T', 'E', 'R', 'A'];
      if (!ids.has(target) || !kinds.includes(target.charAt(0)))
        problems.push(`${name} ${id}: points to unknown ${target}`);
      if (text === undefined || rest.length > 0) problems.push(`${name} ${id}: malformed line "${line}"`);
    } else problems.push(`${name}: unexpected line "${line}"`);
  }
  const first = (t: TextBound) => t.fragments[0]?.[0] ?? 0;
  const last = (t: TextBound) => t.fragments.at(-1)?.[1] ?? 0;
  for (const a of spans) {
    for (const b of spans) {
      if (a === b || !(first(b) < last(a) && last(b) > first(a))) continue;
      const same = first(a) === first(b) && last(a) === last(b);
      const aInB = first(b) <= first(a) && last(a) <= last(b);
      const bInA = first(a) <= first(b) && last(b) <= last(a);
      const kinds = new Set([
        ...allowed(config.rules, config.entities, a.type, b.type),
        ...allowed(config.rules, config.entities, b.type, a.type),
      ]);
      const ok = (kind: string) => kinds.has(kind) || kinds.has('<ANY>');
      if (same ? !ok('equal') : aInB || bInA ? !ok('contain') : !ok('cross')) {
        const kind = same ? 'identical span' : aInB || bInA ? 'containment' : 'crossing span';
        problems.push(`${name} ${a.id}: ${kind} with ${b.id} not allowed`);
      }
    }
  }
  problems.push(...checkEvents({ ...found, name, config }));
  return problems;
}
