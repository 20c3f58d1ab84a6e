/** Stage 2: the loaded document checked against schemas/evaluation.schema.json. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { byPosition, error, formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import { locate, sourceText, type DataPath } from '../load/locate.js';
import type { Loaded } from '../load/load.js';
import { PACKAGE_ROOT, SCHEMA_FILE } from '../runtime/paths.js';
import { normalise, suggest } from '../text/suggest.js';
import { NOT_BLANK, WEB_ADDRESS } from '../grid/schema.js';
import { processCache } from '../runtime/caches.js';
import { createAjv, forValidation } from './ajv.js';
import { fullAddress, idOfLabel, optionsAt, quotedNumber } from './hints.js';
import { isoDate, isoMonth, PARTIAL_DATE } from '../text/dates.js';

const compiled = processCache<string, ValidateFunction>('schema validators', 'snapshot');

/** `evaluation.schema.json` → `dist/precompiled/evaluation.cjs`, written by `npm run build`. */
export function precompiledFile(schemaFile: string): string {
  return join(PACKAGE_ROOT, 'dist', 'precompiled', `${basename(schemaFile, '.schema.json')}.cjs`);
}

/**
 * The schema's validator: precompiled at build time (no Ajv to load, no code to generate at
 * start-up), or compiled now when running from the sources.
 */
function validator(schemaFile: string): ValidateFunction {
  let check = compiled.get(schemaFile);
  if (!check) {
    const precompiled = precompiledFile(schemaFile);
    check = existsSync(precompiled)
      ? (createRequire(import.meta.url)(precompiled) as ValidateFunction)
      : createAjv().compile(forValidation(JSON.parse(readFileSync(schemaFile, 'utf8'))) as object);
    compiled.set(schemaFile, check);
  }
  return check;
}

type Schema = Record<string, unknown>;

/** The data path of a JSON pointer, with list indexes as numbers. */
function dataPath(pointer: string, data: unknown): DataPath {
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(node) ? Number(segment) : segment;
    path.push(key);
    node = (node as Record<string | number, unknown> | undefined)?.[key];
  }
  return path;
}

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isFinite(value) ? (Number.isInteger(value) ? 'integer' : 'number') : 'nonfinite';
  return typeof value;
}

/** The option ids of a schema that lists them as an `enum`. */
function optionIds(schema: unknown): string[] | undefined {
  const ids = (schema as Schema | undefined)?.enum;
  return Array.isArray(ids) ? ids.map(String) : undefined;
}

function lastKey(path: DataPath): string {
  return String([...path].reverse().find((k) => typeof k === 'string') ?? '');
}

function diagnose(loaded: Loaded, e: ErrorObject): Diagnostic | undefined {
  const path = dataPath(e.instancePath, loaded.data);
  const at = (p: DataPath, part: 'key' | 'value' = 'value') => ({ position: locate(loaded, p, part), path: formatPath(p) });
  const make = (where: ReturnType<typeof at>, ...rest: [Diagnostic['code'], Diagnostic['params']?, string?]) => {
    const [code, params, suggestion] = rest;
    return error(loaded.file, where.position, code, params, { path: where.path, suggestion });
  };
  const options = optionIds(e.parentSchema);

  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(((e.parentSchema as Schema).properties ?? {}) as Schema);
      const suggestion = suggest(key, allowed);
      return make(at([...path, key], 'key'), 'unknown-key', { key, allowed: suggestion ? [] : allowed }, suggestion);
    }
    case 'required':
      return make(at(path), 'missing-key', { key: (e.params as { missingProperty: string }).missingProperty });
    case 'type':
    case 'enum': {
      // A list or a mapping where one option is expected is a type mistake, not an unknown option.
      if (e.keyword === 'enum' || (options && ['string', 'integer', 'number'].includes(typeOf(e.data)))) {
        const allowed = options ?? [];
        const value = String(e.data);
        const typo = suggest(value, allowed);
        // `Bénévoles` is the id written with a capital and an accent, more than the label.
        const asId = typo !== undefined && normalise(typo) === normalise(value);
        const byLabel = asId ? undefined : idOfLabel(value, optionsAt(path), typo === undefined);
        const suggestion = byLabel ?? typo;
        return make(at(path), 'unknown-option', { value, field: lastKey(path), allowed: suggestion ? [] : allowed, ...(byLabel ? { label: 1 } : {}) }, suggestion);
      }
      const expected = [options ? 'string' : (e.params as { type: string | string[] }).type].flat().join(',');
      const written = sourceText(loaded, path);
      const unquoted = ['integer', 'number'].includes(expected) ? quotedNumber(e.data) : undefined;
      return make(at(path), 'wrong-type', { expected, found: typeOf(e.data), ...(written ? { value: written } : {}), ...(unquoted ? { unquoted } : {}) });
    }
    case 'const':
      // `version: "1"` is the right version written as a text: say so, not "version 1 is unsupported".
      if (typeOf(e.data) !== typeOf(e.schema)) {
        const unquoted = quotedNumber(e.data);
        return make(at(path), 'wrong-type', { expected: typeOf(e.schema), found: typeOf(e.data), value: String(e.data), ...(unquoted ? { unquoted } : {}) });
      }
      return make(at(path), 'bad-version', { value: String(e.data), expected: String(e.schema) });
    case 'minimum':
    case 'maximum':
      // A year written as a number, out of the years' range: a date, not a number, is meant.
      if ((e.parentSchema as { pattern?: unknown } | undefined)?.pattern === PARTIAL_DATE) return make(at(path), 'bad-partial-date', { value: String(e.data) });
      return make(at(path), e.keyword === 'minimum' ? 'too-small' : 'too-large', { limit: (e.params as { limit: number }).limit });
    case 'minLength':
      return make(at(path), 'empty-text');
    case 'uniqueItems': {
      const { i, j } = e.params as { i: number; j: number };
      const index = Math.max(i, j);
      return make(at([...path, index]), 'duplicate-item', { value: String((e.data as unknown[])[index]) });
    }
    case 'format': {
      const iso = isoDate(String(e.data));
      // A partial date's day checked by the format of its `then` (src/grid/schema.ts).
      const code = e.schemaPath.endsWith('/then/format') ? 'bad-partial-date' : 'bad-date';
      return make(at(path), code, { value: String(e.data), ...(iso ? { iso } : {}) });
    }
    case 'if':
      // Said by the `then` it led to.
      return undefined;
    case 'pattern': {
      if (e.schema === NOT_BLANK) return make(at(path), 'empty-text');
      if (e.schema === PARTIAL_DATE) {
        const iso = isoDate(String(e.data)) ?? isoMonth(String(e.data));
        return make(at(path), 'bad-partial-date', { value: String(e.data), ...(iso ? { iso } : {}) });
      }
      if (e.schema !== WEB_ADDRESS) return make(at(path), 'bad-colour', { value: String(e.data) });
      const fixed = fullAddress(String(e.data));
      return make(at(path), 'bad-url', { value: String(e.data), ...(fixed ? { fixed } : {}) });
    }
    case 'minItems':
      return make(at(path), 'empty-list');
    default:
      throw new Error(`impact: no diagnostic for the schema keyword "${e.keyword}" at ${e.instancePath}`);
  }
}

/** Every way `loaded` breaks the schema (the evaluation's unless another is given), by position. */
export function validate(loaded: Loaded, schemaFile: string = SCHEMA_FILE): Diagnostic[] {
  const check = validator(schemaFile);
  if (check(loaded.data)) return [];
  const errors = check.errors ?? [];
  const mistyped = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return errors
    .filter((e) => e.keyword === 'type' || !mistyped.has(e.instancePath))
    .map((e) => diagnose(loaded, e))
    .filter((d): d is Diagnostic => d !== undefined)
    .sort(byPosition);
}
