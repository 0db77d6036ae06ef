/**
 * Run-time validation of a Hamish JSON file being imported: a zod mirror of
 * shared/schema/hamish-export-1.schema.json (tests check both accept what the
 * exporter writes). Structure only; the import service checks hashes,
 * offsets and quotes against the text.
 */

import { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_VERSION, type HamishExport } from '../export-format';
import { idSchema } from '../ipc-validation';

const dateTime = z.iso.datetime({ offset: true });
const count = z.number().int().min(0);
const label = z.strictObject({ ar: z.string(), en: z.string() });
const color = z.string().regex(/^#[0-9A-Fa-f]{6}$/u);
const typeId = z.string().regex(/^[a-z0-9_-]{1,40}$/u);

const taxonomy = z.strictObject({
  version: z.literal(1),
  types: z.array(
    z.strictObject({
      id: typeId,
      label,
      color,
      key: z.string().max(1),
      clitics: z.boolean().optional(),
      subtypes: z.array(z.strictObject({ id: typeId, label, color, key: z.string().max(1) })),
    }),
  ),
});

const entity = z.strictObject({
  id: idSchema,
  name: label,
  kind: z.enum(['person', 'organisation', 'state', 'armed-group', 'other']),
  aliases: z.array(z.string()),
  createdAt: dateTime,
  updatedAt: dateTime,
});

const annotation = z.strictObject({
  id: idSchema,
  start: count,
  end: z.number().int().min(1),
  quote: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  tag: z.string(),
  type: z.string().optional(),
  subtype: z.string().optional(),
  note: z.string().optional(),
  entityId: idSchema.optional(),
  author: z.string().optional(),
  createdAt: dateTime,
  updatedAt: dateTime,
});

const article = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  source: z.string(),
  date: z.string(),
  language: z.string(),
  textSha256: z.string().regex(/^[0-9a-f]{64}$/u),
  length: count,
  offsetUnit: z.literal('codepoint'),
  text: z.string().optional(),
  blocks: z
    .array(z.strictObject({ kind: z.enum(['heading', 'paragraph', 'quote']), start: count, end: count }))
    .optional(),
  annotations: z.array(annotation),
});

/** The whole file; `format` and `version` are checked first, separately, for clearer messages. */
export const hamishExportSchema: z.ZodType<HamishExport> = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: dateTime,
  generator: z.string(),
  taxonomy,
  entities: z.array(entity).optional(),
  articles: z.array(article),
});
