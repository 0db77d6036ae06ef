/**
 * The usage checks of each `hamish` command, run before any library is
 * opened: a command line they refuse (UsageError, exit 2) changes nothing.
 */

import { basename, resolve } from 'node:path';
import { LEVELS, MEASURES, UNIT_RULES, UNTAGGED } from '../../shared/agreement/report';
import { CONFLICT_POLICIES, EXPORT_FORMATS } from '../../shared/export/export-request';
import { DUPLICATE_CHOICES } from '../../shared/import-types';
import { FOREIGN_FORMATS } from '../services/transfer/foreign/foreign-types';
import { dayOf } from '../../shared/analysis-time';
import { ARTICLE_STATUSES } from '../../shared/model';
import { idSchema, schemeIdSchema, tagIdSchema } from '../../shared/schema/fields';
import { type ParsedArgs, UsageError, valueOf } from './args';
import { AGREEMENT_FORMATS } from './agreement-command';
import { parseMap } from './import-qdpx';
import { STATS_BY, STATS_FORMATS, STATS_SCOPES } from './stats-command';

function noPositionals(command: string, args: ParsedArgs): void {
  if (args.positionals.length > 0) {
    throw new UsageError({ kind: 'no-arguments', command, args: args.positionals.join(' ') });
  }
}

/** Throws unless every value of option `name` is one of `allowed`. */
function oneOf(args: ParsedArgs, name: string, allowed: readonly string[]): void {
  const bad = args.values.get(name)?.find((v) => !allowed.includes(v));
  if (bad !== undefined)
    throw new UsageError({ kind: 'bad-choice', name, value: bad, allowed: allowed.join(',') });
}

/** Throws unless every value of option `name` passes `valid` (its kind of id). */
function wellFormed(args: ParsedArgs, name: string, valid: (v: string) => boolean, allowed: string): void {
  const bad = args.values.get(name)?.find((v) => !valid(v));
  if (bad !== undefined) throw new UsageError({ kind: 'bad-choice', name, value: bad, allowed });
}

/** `hamish stats`: each option's values, and dates as YYYY-MM-DD. */
function checkStats(args: ParsedArgs): void {
  noPositionals('stats', args);
  oneOf(args, 'by', STATS_BY);
  oneOf(args, 'format', STATS_FORMATS);
  oneOf(args, 'scope', STATS_SCOPES);
  oneOf(args, 'status', ARTICLE_STATUSES);
  wellFormed(args, 'tag', (v) => tagIdSchema.safeParse(v).success, 'a tag id (type or type.subtype)');
  wellFormed(args, 'stack', (v) => schemeIdSchema.safeParse(v).success, 'a type id');
  wellFormed(args, 'entity', (v) => idSchema.safeParse(v).success, 'an entity id');
  for (const name of ['from', 'to']) {
    const value = valueOf(args, name);
    if (value !== undefined && dayOf(value) !== value)
      throw new UsageError({ kind: 'bad-date', name, value });
  }
  const [from, to] = [valueOf(args, 'from'), valueOf(args, 'to')];
  // ISO dates compare as strings; a reversed range would count nothing, and say so nowhere.
  if (from !== undefined && to !== undefined && from > to)
    throw new UsageError({ kind: 'reversed-dates', value: `${from} … ${to}` });
}

/** The article id `hamish adopt` takes from what it was given: an id, or articles/<id>.json (any case). */
export function adoptedId(given: string): string {
  return basename(given)
    .replace(/\.json$/u, '')
    .toLowerCase();
}

/** Checks by command name; each throws UsageError. */
export const USAGE_CHECKS: Record<string, (args: ParsedArgs) => void> = {
  import: (args) => {
    if (args.positionals.length === 0) throw new UsageError({ kind: 'needs-files' });
    const choice = valueOf(args, 'on-duplicate') ?? 'skip';
    if (!(DUPLICATE_CHOICES as readonly string[]).includes(choice)) {
      throw new UsageError({ kind: 'unknown-duplicate-choice', value: choice });
    }
  },
  list: (args) => noPositionals('list', args),
  adopt: (args) => {
    if (args.positionals.length === 0) throw new UsageError({ kind: 'needs-ids' });
    const bad = args.positionals.find((given) => !idSchema.safeParse(adoptedId(given)).success);
    if (bad !== undefined) throw new UsageError({ kind: 'bad-article-id', value: bad });
  },
  stats: checkStats,
  export: (args) => {
    noPositionals('export', args);
    const format = valueOf(args, 'format');
    if (!format) throw new UsageError({ kind: 'needs-format' });
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError({ kind: 'unknown-format', value: format });
    }
    if (!valueOf(args, 'out')) throw new UsageError({ kind: 'needs-out' });
    const badId = args.values.get('article')?.find((id) => !idSchema.safeParse(id).success);
    if (badId !== undefined) throw new UsageError({ kind: 'bad-article-id', value: badId });
  },
  agreement: (args) => {
    if (args.positionals.length < 2) throw new UsageError({ kind: 'needs-two-files' });
    // One coder's file given twice would agree with itself (and weigh double among three or more).
    const twice = args.positionals.find((file, i) =>
      args.positionals.slice(0, i).some((other) => resolve(other) === resolve(file)),
    );
    if (twice !== undefined) throw new UsageError({ kind: 'file-twice', value: twice });
    oneOf(args, 'measure', MEASURES);
    oneOf(args, 'by', LEVELS);
    oneOf(args, 'unit', UNIT_RULES);
    oneOf(args, 'untagged', UNTAGGED);
    oneOf(args, 'format', AGREEMENT_FORMATS);
    const out = valueOf(args, 'out');
    if (out !== undefined && args.positionals.some((file) => resolve(file) === resolve(out))) {
      throw new UsageError({ kind: 'out-is-input', value: out });
    }
    const badId = args.values.get('article')?.find((id) => !idSchema.safeParse(id).success);
    if (badId !== undefined) throw new UsageError({ kind: 'bad-article-id', value: badId });
  },
  'import-annotations': (args) => {
    if (args.positionals.length !== 1) throw new UsageError({ kind: 'one-file' });
    const policy = valueOf(args, 'on-conflict') ?? 'keep-both';
    if (!(CONFLICT_POLICIES as readonly string[]).includes(policy)) {
      throw new UsageError({ kind: 'unknown-policy', value: policy });
    }
    const from = valueOf(args, 'from') ?? 'hamish';
    if (from !== 'hamish' && from !== 'qdpx' && !(FOREIGN_FORMATS as readonly string[]).includes(from)) {
      throw new UsageError({ kind: 'unknown-source', value: from });
    }
    const article = valueOf(args, 'article');
    if (article !== undefined && !idSchema.safeParse(article).success) {
      throw new UsageError({ kind: 'bad-article-id', value: article });
    }
    // A coder layer is a Hamish JSON import (issue 20).
    if (args.flags.has('as-layer') && from !== 'hamish')
      throw new UsageError({ kind: 'bad-choice', name: 'from', value: from, allowed: 'hamish' });
    const badMap = args.values.get('map')?.find((m) => parseMap(m) === undefined);
    if (badMap !== undefined) throw new UsageError({ kind: 'bad-map', value: badMap });
  },
};
