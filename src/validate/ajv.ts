/**
 * The one Ajv configuration: at build time to precompile the validators, at run time only when
 * running from the sources. Required when called, so that the bundle neither holds nor parses Ajv.
 */
import { createRequire } from 'node:module';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type addFormats from 'ajv-formats';

const load = createRequire(import.meta.url);

/** What a schema says to people (editors, hover, completion), and validation never reads. */
const FOR_PEOPLE = new Set(['title', 'description', 'enumDescriptions', 'markdownEnumDescriptions', 'markdownDescription', 'errorMessage', 'defaultSnippets']);

/**
 * The schema without its words for people: the precompiled validator holds (verbose) every
 * sub-schema it reports, and would carry twice the text to every start-up.
 */
export function forValidation(schema: unknown, inProperties = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => forValidation(item));
  if (schema === null || typeof schema !== 'object') return schema;
  // Under `properties`, the keys are the evaluation's own, whatever they are called.
  const kept = Object.entries(schema).filter(([key]) => inProperties || !FOR_PEOPLE.has(key));
  return Object.fromEntries(kept.map(([key, value]) => [key, forValidation(value, !inProperties && key === 'properties')]));
}

export function createAjv(options: { source?: boolean } = {}): Ajv2020 {
  const { Ajv2020: Ajv } = load('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const formats = load('ajv-formats') as typeof addFormats;
  const ajv = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true, strict: true, code: { source: options.source ?? false } });
  formats.default(ajv, ['date']);
  // Read by editors (yaml-language-server), not by validation: annotations, as `title` is. impact
  // says its own words (src/diagnostics/messages.ts), so `errorMessage` needs no ajv-errors.
  ajv.addVocabulary(['enumDescriptions', 'markdownEnumDescriptions', 'markdownDescription', 'errorMessage', 'defaultSnippets']);
  return ajv;
}
