/** `npm run schemas`: write the style pack's JSON Schema (for pack authors and
 * editors) and Chrome's managed-storage schema, both generated from the
 * valibot schemas the extension validates with, so the three never drift.
 * tests/unit/schemas.test.ts fails when the committed files are out of date. */
import { writeFileSync } from 'node:fs';
import { chromeManagedSchema, stylePackJsonSchema } from '../src/settings/json-schemas';

const write = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
write('schemas/style-pack.schema.json', stylePackJsonSchema());
write('public/managed_schema.json', chromeManagedSchema());
console.log('wrote schemas/style-pack.schema.json and public/managed_schema.json');
