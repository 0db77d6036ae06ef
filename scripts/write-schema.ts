/**
 * `npm run schema`: writes the published JSON Schemas of Hamish JSON
 * (shared/schema/generated/hamish-export-2.schema.json, and version 1 for
 * files written before claims, hamish-export-1.schema.json) from the zod
 * schemas, the one source of the format. Run it after changing any schema in
 * shared/schema/; a unit test fails while a committed file differs.
 */

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportJsonSchema } from '../shared/schema/export-json-schema';

for (const version of [1, 2] as const) {
  const target = fileURLToPath(
    new URL(`../shared/schema/generated/hamish-export-${version}.schema.json`, import.meta.url),
  );
  writeFileSync(target, `${JSON.stringify(exportJsonSchema(version), null, 2)}\n`);
  console.log(`wrote ${target}`);
}
