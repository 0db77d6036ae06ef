/**
 * The published JSON Schemas of Hamish JSON, generated from the zod schemas
 * (hamish-export-schema.ts) so that they cannot drift: `npm run schema`
 * writes version 2 to shared/schema/generated/hamish-export-2.schema.json and
 * version 1 (files written before claims, still imported) to
 * hamish-export-1.schema.json; a unit test fails when a committed file
 * differs from what this returns.
 */

import { z } from 'zod';
import { hamishExportSchema, hamishExportV1Schema } from './hamish-export-schema';

/** Where a version's schema is published (its `$id`). */
export const exportSchemaId = (version: 1 | 2): string =>
  `https://hamish.app/schema/hamish-export-${version}.schema.json`;

/** Where the current version's schema is published. */
export const EXPORT_SCHEMA_ID = exportSchemaId(2);

/** The JSON Schema (draft 2020-12) of Hamish JSON `version` (default 2, the current one), as a plain object. */
export function exportJsonSchema(version: 1 | 2 = 2): Record<string, unknown> {
  const schema = version === 2 ? hamishExportSchema : hamishExportV1Schema;
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'throw' });
  return { $schema, $id: exportSchemaId(version), ...rest };
}
