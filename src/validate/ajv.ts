/** The one Ajv configuration: used at run time, and at build time to precompile the validators. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function createAjv(options: { source?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true, strict: true, code: { source: options.source ?? false } });
  addFormats.default(ajv, ['date']);
  // Read by editors (yaml-language-server), not by validation.
  ajv.addVocabulary(['enumDescriptions', 'markdownEnumDescriptions']);
  return ajv;
}
