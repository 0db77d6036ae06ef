/**
 * The published JSON Schema of Hamish JSON, generated from the zod schema
 * (hamish-export-schema.ts) so that the two cannot drift: `npm run schema`
 * writes it to shared/schema/generated/hamish-export-1.schema.json, and a unit test
 * fails when the committed file differs from what this returns.
 */

import { z } from 'zod';
import { hamishExportSchema } from './hamish-export-schema';

/** Where the schema is published (its `$id`). */
export const EXPORT_SCHEMA_ID = 'https://hamish.app/schema/hamish-export-1.schema.json';

/** The JSON Schema (draft 2020-12) of Hamish JSON version 1, as a plain object. */
export function exportJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(hamishExportSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'throw',
  });
  return { $schema, $id: EXPORT_SCHEMA_ID, ...rest };
}
