// Precompiles the JSON Schema validators into dist/ (Ajv standalone code), so that impact
// starts without loading Ajv or generating code. Run by `npm run build`, after tsc.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createAjv } from '../dist/validate/ajv.js';
import { precompiledFile } from '../dist/validate/validate.js';
import { SCHEMA_FILE, THEME_SCHEMA_FILE } from '../dist/paths.js';

for (const schemaFile of [SCHEMA_FILE, THEME_SCHEMA_FILE]) {
  const ajv = createAjv({ source: true });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  const target = precompiledFile(schemaFile);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, standaloneCode.default(ajv, validate));
}
