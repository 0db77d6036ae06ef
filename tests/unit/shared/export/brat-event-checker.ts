/**
 * The event and attribute half of the brat checker (brat-checker.ts), written
 * from brat 1.3's configuration parser (server/src/projectconfig.py: argument
 * "Role<mark>:Type|Type", marks "" exactly one, "?" at most one, "*" any,
 * "+" one or more, "{N}" / "{N-M}"; a repeatable argument may not end with a
 * digit; "<ENTITY>" / "<EVENT>" / "<ANY>" as argument types; argument types
 * match exactly, no hierarchy) and verifier (server/src/verify_annotations.py:
 * verify_annotation_types, verify_triggers, verify_missing_arguments,
 * verify_disallowed_arguments, verify_extra_arguments, verify_attributes;
 * argument names are compared without their trailing digits, "Theme2" →
 * "Theme"). Messages follow brat's wording.
 */

/** One argument of an event type. */
export interface EventArgument {
  min: number;
  max: number;
  /** Allowed types, "<ENTITY>", "<EVENT>" or "<ANY>" kept as written. */
  types: string[];
}

/** An [attributes] entry: the types it applies to and its values. */
export interface AttributeDef {
  args: string[];
  values: string[];
}

/** Parses [events] lines into event type → role → argument; config problems go to `problems`. */
export function parseEvents(lines: string[], problems: string[]): Map<string, Map<string, EventArgument>> {
  const events = new Map<string, Map<string, EventArgument>>();
  for (const line of lines) {
    const [type = '', spec = ''] = line.trim().split('\t');
    const args = new Map<string, EventArgument>();
    for (const arg of spec
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean)) {
      const colon = arg.indexOf(':');
      const m = /^(\S+?)(\{\S+\}|\?|\*|\+|)$/u.exec(arg.slice(0, colon));
      if (colon < 0 || !m) {
        problems.push(`annotation.conf: error parsing argument '${arg}'`);
        continue;
      }
      const [, key = '', rep = ''] = m;
      const range = /^\{(\d+)(?:-(\d+))?\}$/u.exec(rep);
      const [min, max] =
        rep === ''
          ? [1, 1]
          : rep === '?'
            ? [0, 1]
            : rep === '*'
              ? [0, Infinity]
              : rep === '+'
                ? [1, Infinity]
                : [Number(range?.[1]), Number(range?.[2] ?? range?.[1])];
      if (max > 1 && /\d$/u.test(key))
        problems.push(`annotation.conf: arguments ending with a digit cannot be repeated: '${arg}'`);
      if (args.has(key)) problems.push(`annotation.conf: ${type} argument '${key}' appears multiple times`);
      const types = arg.slice(colon + 1).split('|');
      if (types.some((t) => t.trim() === ''))
        problems.push(`annotation.conf: empty type for argument '${key}'`);
      args.set(key, { min, max, types });
    }
    events.set(type, args);
  }
  return events;
}

/** Parses [attributes] lines ("Name<TAB>Arg:Type|Type, Value:a|b"). */
export function parseAttributes(lines: string[], problems: string[]): Map<string, AttributeDef> {
  const attributes = new Map<string, AttributeDef>();
  for (const line of lines) {
    const [name = '', spec = ''] = line.trim().split('\t');
    const parts = new Map(
      spec.split(',').map((p) => {
        const [k = '', v = ''] = p.trim().split(':');
        return [k, v.split('|')] as const;
      }),
    );
    const args = parts.get('Arg');
    if (!args) problems.push(`annotation.conf: attribute '${name}' lacks 'Arg:' specification`);
    attributes.set(name, { args: args ?? [], values: parts.get('Value') ?? [] });
  }
  return attributes;
}

/** What checkEvents needs from the .ann and the configuration. */
export interface EventCheckInput {
  name: string;
  /** Every T id with its type. */
  textbounds: Map<string, string>;
  /** T ids' spans as "start end;…", to find duplicate triggers. */
  spans: Map<string, string>;
  /** E lines: id → [type, trigger id, args as [role, id]]. */
  events: Map<string, { type: string; trigger: string; args: [string, string][] }>;
  /** A lines: [id, attribute, target, value]. */
  attributes: [string, string, string, string][];
  config: {
    entities: Set<string>;
    events: Map<string, Map<string, EventArgument>>;
    attributes: Map<string, AttributeDef>;
  };
}

/** Whether an annotation of `type` may fill an argument allowing `types` ("<ENTITY>", "<EVENT>", "<ANY>" expanded). */
function typeAllowed(types: string[], type: string, input: EventCheckInput): boolean {
  const { entities, events } = input.config;
  return (
    types.includes(type) ||
    types.includes('<ANY>') ||
    (entities.has(type) && types.includes('<ENTITY>')) ||
    (events.has(type) && types.includes('<EVENT>'))
  );
}

/** brat's complaints about the events and attributes of one .ann. */
export function checkEvents(input: EventCheckInput): string[] {
  const { name, textbounds, events, config } = input;
  const problems: string[] = [];
  const typeOf = (id: string): string | undefined => textbounds.get(id) ?? events.get(id)?.type;
  for (const [id, e] of events) {
    const declared = config.events.get(e.type);
    if (!declared) {
      problems.push(`${name} ${id}: ${e.type} is not a known event type`);
      continue;
    }
    if (textbounds.get(e.trigger) !== e.type)
      problems.push(`${name} ${id}: trigger ${e.trigger} is not a ${e.type} text-bound annotation`);
    const counts = new Map<string, number>();
    for (const [role, target] of e.args) {
      const bare = role.replace(/\d*$/u, '');
      counts.set(bare, (counts.get(bare) ?? 0) + 1);
      const arg = declared.get(bare);
      const targetType = typeOf(target);
      if (!arg) problems.push(`${name} ${id}: ${e.type} cannot take a ${bare} argument`);
      else if (targetType === undefined)
        problems.push(`${name} ${id}: argument ${role} points to unknown ${target}`);
      else if (!typeAllowed(arg.types, targetType, input))
        problems.push(`${name} ${id}: ${e.type} argument ${bare} cannot be of type ${targetType}`);
    }
    for (const [role, arg] of declared) {
      const n = counts.get(role) ?? 0;
      if (n < arg.min)
        problems.push(`${name} ${id}: Incomplete: at least ${arg.min} ${role} argument required for event`);
      if (n > 1 && arg.max <= 1)
        problems.push(`${name} ${id}: ${e.type} cannot take multiple ${role} arguments`);
      else if (n > arg.max)
        problems.push(`${name} ${id}: ${e.type} can take at most ${arg.max} ${role} arguments`);
    }
  }
  const triggered = new Set([...events.values()].map((e) => e.trigger));
  const seen = new Map<string, string>();
  for (const [id, type] of textbounds) {
    if (!config.events.has(type)) continue;
    if (!triggered.has(id)) problems.push(`${name} ${id}: trigger ${id} is not referenced from any event`);
    const key = `${type} ${input.spans.get(id) ?? ''}`;
    const twin = seen.get(key);
    if (twin !== undefined)
      problems.push(`${name} ${id}: triggers ${twin},${id} have identical span and type`);
    seen.set(key, id);
  }
  for (const [id, attribute, target, value] of input.attributes) {
    const def = config.attributes.get(attribute);
    const targetType = typeOf(target);
    if (!def) problems.push(`${name} ${id}: ${attribute} is not a known attribute`);
    else if (targetType === undefined) problems.push(`${name} ${id}: points to unknown ${target}`);
    else if (!typeAllowed(def.args, targetType, input))
      problems.push(`${name} ${id}: ${targetType} cannot take a ${attribute} attribute`);
    else if (!def.values.includes(value))
      problems.push(`${name} ${id}: ${value} is not a value of ${attribute}`);
  }
  return problems;
}
