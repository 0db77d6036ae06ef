/**
 * `npm run schema`: writes the published JSON Schema of Hamish JSON
 * (shared/schema/generated/hamish-export-1.schema.json) from the zod schema, the one
 * source of the format. Run it after changing any schema in shared/schema/;
 * a unit test fails while the committed file differs.
 */

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportJsonSchema } from '../shared/schema/export-json-schema';

const target = fileURLToPath(
  new URL('../shared/schema/generated/hamish-export-1.schema.json', import.meta.url),
);
writeFileSync(target, `${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
