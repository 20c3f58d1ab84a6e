import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMON_FIELDS, FAMILIES, PUBLICS, SITE_FIELDS, fieldsOf } from '../src/grid/grid.js';
import { buildSchema } from '../src/grid/schema.js';
import { LANGS, type Text } from '../src/grid/types.js';
import { SCHEMA_FILE, TEMPLATES_DIR } from '../src/runtime/paths.js';

const criteria = FAMILIES.flatMap((f) => f.criteria);

test('the committed schema is the one the grid gives (run `npm run schema` after changing the grid)', () => {
  expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(buildSchema());
});

test('the schema describes every property and option in French, for editors', () => {
  const missing: string[] = [];
  const walk = (schema: Record<string, unknown>, where: string): void => {
    for (const [key, property] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      if (!property.title || !property.description) missing.push(`${where}.${key}`);
      walk(property, `${where}.${key}`);
    }
    const list = (schema.enum ? schema : (schema.items as Record<string, unknown> | undefined)) ?? {};
    const ids = (list.enum ?? []) as string[];
    const labels = (list.enumDescriptions ?? []) as string[];
    ids.forEach((id, i) => {
      if (!labels[i]) missing.push(`${where}=${id}`);
    });
  };
  const schema = buildSchema();
  walk(schema, '');
  expect(missing).toEqual([]);
  expect(schema.$id).toBeTruthy();
  expect(JSON.stringify(schema)).not.toContain('"additionalProperties":true');
  expect(JSON.stringify(schema).match(/"type":(\["object","null"\]|"object")/g)?.length).toBe(
    JSON.stringify(schema).match(/"additionalProperties":false/g)?.length,
  );
});

test('the grid of grille.md: 4 families, 16 criteria, in report order', () => {
  expect(FAMILIES.map((f) => f.id)).toEqual(['effets_individuels', 'effets_collectifs', 'effets_territoriaux', 'effets_projet_urbain']);
  expect(criteria).toHaveLength(16);
  expect(new Set(criteria.map((c) => c.id)).size).toBe(16);
  expect(PUBLICS.map((p) => p.id)).toContain('publics_en_difficulte');
});

test('every criterion, field and option has a French and an English label', () => {
  const texts: Text[] = [
    ...FAMILIES.map((f) => f.label),
    ...criteria.flatMap((c) => [c.label, c.question, ...fieldsOf(c).flatMap((f) => [f.label, ...(f.options ?? []).map((o) => o.label)])]),
    ...SITE_FIELDS.map((f) => f.label),
    ...COMMON_FIELDS.map((f) => f.label),
  ];
  for (const text of texts) for (const lang of LANGS) expect(text[lang].trim()).not.toBe('');
});

test('every criterion has a template in every language', () => {
  for (const lang of LANGS) {
    const files = readdirSync(join(TEMPLATES_DIR, lang, 'criteres')).map((f) => f.replace(/\.hbs$/, ''));
    expect(files.sort()).toEqual(criteria.map((c) => c.id).sort());
  }
});

test('the French prose uses the typographic apostrophe', () => {
  const french = [
    ...criteria.flatMap((c) => [c.label.fr, c.question.fr, ...fieldsOf(c).flatMap((f) => [f.label.fr, ...(f.options ?? []).map((o) => o.label.fr)])]),
    ...readdirSync(join(TEMPLATES_DIR, 'fr'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.hbs'))
      .map((f) => readFileSync(join(TEMPLATES_DIR, 'fr', f), 'utf8')),
  ];
  for (const text of french) expect(text).not.toMatch(/'/);
});

test('option ids are unique within a field', () => {
  for (const field of criteria.flatMap((c) => c.fields)) {
    const ids = (field.options ?? []).map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  }
});
