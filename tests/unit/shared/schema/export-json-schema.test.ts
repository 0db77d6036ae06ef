/**
 * The published JSON Schema of Hamish JSON is generated from the zod schema
 * and must never drift from it: the committed file must equal what
 * `exportJsonSchema()` generates (run `npm run schema` after changing a
 * schema), it must compile under ajv's strict mode, and ajv and zod must
 * agree on real exports and on values at and past each limit.
 */

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXPORT_SCHEMA_ID, exportJsonSchema } from '../../../../shared/schema/export-json-schema';
import { hamishExportSchema } from '../../../../shared/schema/hamish-export-schema';
import { exportFile } from './door-values';

const schemaPath = (version: 1 | 2) =>
  fileURLToPath(
    new URL(`../../../../shared/schema/generated/hamish-export-${version}.schema.json`, import.meta.url),
  );

describe('hamish-export-2.schema.json (and hamish-export-1, still published for files written before claims)', () => {
  it('is exactly what the zod schema generates (run `npm run schema` when this fails)', async () => {
    for (const version of [1, 2] as const) {
      const committed = JSON.parse(await readFile(schemaPath(version), 'utf8')) as unknown;
      expect(committed).toEqual(exportJsonSchema(version));
    }
    expect(exportJsonSchema()).toEqual(exportJsonSchema(2));
    expect(JSON.stringify(exportJsonSchema(2))).toContain('"claims"');
    expect(JSON.stringify(exportJsonSchema(1))).not.toContain('"claims"');
  });

  it('is a draft 2020-12 schema with its $id, formats and the limits of shared/schema/limits.ts', () => {
    const schema = exportJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(EXPORT_SCHEMA_ID);
    const text = JSON.stringify(schema);
    for (const format of ['"date-time"', '"date"', '"uuid"']) expect(text).toContain(`"format":${format}`);
    expect(text).toContain('"maxLength":10000');
    expect(text).toContain('"maxLength":5000000');
  });

  it('compiles under ajv strict mode and agrees with zod on valid and refused files', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(exportJsonSchema());
    const files = [
      exportFile(),
      exportFile({ note: 'ملاحظة' }),
      exportFile({ note: 'م'.repeat(10_001) }),
      exportFile({}, { date: '2025-13-45' }),
      exportFile({}, { date: '2025-02-29' }),
      exportFile({}, { date: '2024-02-29' }),
      exportFile({}, { date: '2025-10-02T10:00:00+03:00' }),
      exportFile({}, { title: ' ' }),
      exportFile({ createdAt: 'yesterday' }),
      exportFile({ tag: 'Not A Tag' }),
      exportFile({ extra: true }),
    ];
    const verdicts = files.map((file) => [validate(file), hamishExportSchema.safeParse(file).success]);
    expect(verdicts).toEqual([
      [true, true],
      [true, true],
      [false, false],
      [false, false],
      [false, false],
      [true, true],
      [true, true],
      [false, false],
      [false, false],
      [false, false],
      [false, false],
    ]);
  });
});
