/**
 * The one Ajv configuration: at build time to precompile the validators, at run time only when
 * running from the sources. Required when called, so that the bundle neither holds nor parses Ajv.
 */
import { createRequire } from 'node:module';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type addFormats from 'ajv-formats';

const load = createRequire(import.meta.url);

export function createAjv(options: { source?: boolean } = {}): Ajv2020 {
  const { Ajv2020: Ajv } = load('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const formats = load('ajv-formats') as typeof addFormats;
  const ajv = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true, strict: true, code: { source: options.source ?? false } });
  formats.default(ajv, ['date']);
  // Read by editors (yaml-language-server), not by validation.
  ajv.addVocabulary(['enumDescriptions', 'markdownEnumDescriptions']);
  return ajv;
}
