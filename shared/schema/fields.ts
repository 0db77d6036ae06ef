/**
 * The zod schemas of single values that several concepts share (ids, tag
 * ids, offsets, dates, language tags, hashes), each held to the limits of
 * limits.ts. The concept schemas beside this file are built from these only,
 * so that IPC, files and imports accept exactly the same values.
 */

import { z } from 'zod';
import { MAX_TEXT_LENGTH } from './limits';
import { SCHEME_ID } from './patterns';

/**
 * Ids are RFC 4122 UUIDs: they become file names, so nothing else may pass.
 * They are lower-cased on entry (every door parses with this schema): an
 * upper-case copy of an id is the same id, so on a case-insensitive disk it
 * can never name another article's file as if it were a new one.
 */
export const idSchema = z.uuid().overwrite((id) => id.toLowerCase());

export { SCHEME_ID } from './patterns';

/** A type or subtype id of the tag scheme ("demand", "prisoners"). */
export const schemeIdSchema = z.string().regex(SCHEME_ID);

/** A tag id: a type id, or "typeId.subtypeId". */
export const tagIdSchema = z.string().regex(/^[a-z0-9_-]{1,40}(\.[a-z0-9_-]{1,40})?$/u);

/** A count of things: a non-negative safe integer. */
export const countSchema = z.number().int().min(0);

/** An offset into canonical text, in code points (a text has at most MAX_TEXT_LENGTH). */
export const offsetSchema = z.number().int().min(0).max(MAX_TEXT_LENGTH);

/** zod's own ISO 8601 patterns, which the two schemas below check with (and index.json's fast path). */
export const TIMESTAMP_PATTERN: RegExp = z.core.regexes.datetime({ offset: true });
export const ISO_DATE_PATTERN: RegExp = z.core.regexes.date;

/** An ISO 8601 date-time with a time zone ("2026-11-25T12:00:00.000Z"), as the app writes them. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** An ISO 8601 calendar date ("2025-10-02"); impossible days such as "2025-02-30" are refused. */
export const isoDateSchema = z.iso.date();

/**
 * A publication date: ISO 8601, a date ("2025-10-02") or a date-time with
 * time zone, or "" when unknown. Impossible dates ("2025-13-45") are refused.
 */
export const publicationDateSchema = z.union([z.literal(''), isoDateSchema, timestampSchema]);

/** The pattern of a BCP 47 language tag as the app accepts them ("ar", "en-GB"). */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/u;

/** A BCP 47 language tag ("ar", "en-GB"). */
export const languageTagSchema = z.string().regex(LANGUAGE_TAG);

/** A SHA-256 digest in lower-case hex. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/u);

/** A colour as "#rrggbb". */
export const colorSchema = z
  .string()
  .regex(/^#[0-9A-Fa-f]{6}$/u)
  .meta({ id: 'color' });

/** A string of at most `max` UTF-16 units. */
export const textUpTo = (max: number): z.ZodString => z.string().max(max);
