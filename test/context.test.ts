/** What a file may say beside the grid (the site, the evaluation, the committee, the conclusions): checked where it is written, typed in the model. */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../src/diagnostics/format.js';
import { check, modelOf } from '../src/pipeline/stages.js';
import { fullAddress } from '../src/validate/hints.js';

const EXAMPLE = fileURLToPath(new URL('../examples/la-halle-aux-cerises.yaml', import.meta.url));
const LOGO = fileURLToPath(new URL('./fixtures/logo.png', import.meta.url));
const NNBSP = '\u202F';

/** A folder holding `site.yaml` with `text` after its version and name, and a logo beside it. */
function site(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'impact-context-'));
  mkdirSync(join(dir, 'images'));
  copyFileSync(LOGO, join(dir, 'images', 'logo.png'));
  writeFileSync(join(dir, 'notes.txt'), 'pas une image\n');
  const file = join(dir, 'site.yaml');
  writeFileSync(file, `version: 1\nlieu:\n  nom: Le Lieu\n${text}`);
  return file;
}

async function problems(text: string): Promise<Diagnostic[]> {
  const checked = await check(site(text));
  if (checked.ok) throw new Error('the file should not be valid');
  return checked.diagnostics;
}

const brief = (d: Diagnostic) => ({ line: d.line, column: d.column, code: d.code, path: d.path, suggestion: d.suggestion });

describe('the example that says everything', () => {
  test('is valid, its image found beside it', async () => {
    const checked = await check(EXAMPLE);
    expect(checked.ok && checked.warnings).toEqual([]);
  });

  test('its model holds each fact typed, labelled in the report’s language', async () => {
    const checked = await check(EXAMPLE);
    if (!checked.ok) throw new Error('invalid example');
    const fr = modelOf(checked.loaded, 'fr');
    expect(fr.lieu).toMatchObject({ surface: 1250, date_ouverture: '2021-09-18', image: 'images/la-halle-aux-cerises.png', site_web: 'https://halle-aux-cerises.example.org' });
    expect(fr.presentation.map((d) => d.id)).toEqual(['description', 'adresse', 'structure_porteuse', 'date_ouverture', 'surface', 'activites', 'publics', 'site_web', 'contact']);
    expect(fr.presentation.find((d) => d.id === 'surface')).toEqual({ id: 'surface', champ: 'Surface', valeur: `1${NNBSP}250\u00A0m²` });
    expect(fr.presentation.find((d) => d.id === 'date_ouverture')?.valeur).toBe('18 septembre 2021');
    expect(fr.evaluation).toMatchObject({ commanditaire: expect.stringContaining('Ville de Saint-Étienne'), sources: expect.arrayContaining(['14 occupant·e·s et bénévoles']) });
    expect(fr.evaluation?.details.map((d) => d.champ)).toEqual(['Commanditaire', 'Objet de l’évaluation', 'Période de collecte', 'Sources', 'Méthode']);
    expect(fr.comite).toEqual({
      date_validation: '2025-03-28',
      date_validation_ecrite: '28 mars 2025',
      membres: [
        { nom: 'Claire Morel', role: 'présidente, adjointe à la vie associative' },
        { nom: 'Karim Haddad', role: 'Agence d’urbanisme Loire' },
        { nom: 'Lucie Fabre', role: 'représentante des occupant·e·s' },
      ],
    });
    expect(fr.conclusions).toMatch(/^La halle crée du lien/);
    expect(fr.recommandations).toHaveLength(3);

    const en = modelOf(checked.loaded, 'en');
    expect(en.presentation.find((d) => d.id === 'surface')).toEqual({ id: 'surface', champ: 'Floor area', valeur: '1,250 m²' });
    expect(en.evaluation?.details[0]?.champ).toBe('Commissioned by');
    expect(en.comite?.date_validation_ecrite).toBe('28 March 2025');
  });

  test('a file that says none of it, or writes its sections empty, has empty lists and no sections', async () => {
    for (const text of ['', 'evaluation:\ncomite:\nrecommandations: []\n']) await expectNoSections(text);
  });
});

/** A valid file whose model has no section beside the grid's. */
async function expectNoSections(text: string): Promise<void> {
  const checked = await check(site(text));
  if (!checked.ok) throw new Error('invalid');
  const model = modelOf(checked.loaded, 'fr');
  expect(model).toMatchObject({ presentation: [], recommandations: [] });
  for (const key of ['evaluation', 'comite', 'conclusions']) expect(model).not.toHaveProperty(key);
}

describe('mistakes, each where it is written, with what was meant', () => {
  test('a web address without its scheme: the full address', async () => {
    const [d] = await problems('  site_web: www.lieu.fr\n');
    expect(brief(d as Diagnostic)).toEqual({ line: 4, column: 13, code: 'bad-url', path: 'lieu.site_web', suggestion: undefined });
    expect(d?.params).toEqual({ value: 'www.lieu.fr', fixed: 'https://www.lieu.fr' });
    expect(formatDiagnostic(d as Diagnostic, 'fr')).toContain(`adresse web invalide «\u00A0www.lieu.fr\u00A0»${NNBSP}; écrivez-la en entier\u00A0: https://www.lieu.fr`);
    expect(formatDiagnostic(d as Diagnostic, 'en')).toContain('invalid web address “www.lieu.fr”; write it in full: https://www.lieu.fr');
  });

  test.each([
    ['lieu.fr/agenda', 'https://lieu.fr/agenda'],
    ['http//lieu.fr', 'http://lieu.fr'],
    ['https:/lieu.fr', 'https://lieu.fr'],
    ['le lieu', undefined],
    ['mailto:contact@lieu.fr', undefined],
  ])('the address meant by “%s”', (written, meant) => {
    expect(fullAddress(written)).toBe(meant);
  });

  test('an opening date in French order, a validation date too: the ISO date', async () => {
    const found = await problems('  date_ouverture: 18/09/2021\ncomite:\n  date_validation: 28.03.2025\n');
    expect(found.map(brief)).toEqual([
      { line: 4, column: 19, code: 'bad-partial-date', path: 'lieu.date_ouverture', suggestion: undefined },
      { line: 6, column: 20, code: 'bad-date', path: 'comite.date_validation', suggestion: undefined },
    ]);
    expect(found.map((d) => d.params?.iso)).toEqual(['2021-09-18', '2025-03-28']);
  });

  test('a near-miss key in each new place: the key meant', async () => {
    const found = await problems('  struture_porteuse: X\nevaluation:\n  comanditaire: Y\ncomite:\n  membre: []\nrecommandation: [Z]\n');
    expect(found.map((d) => [d.line, d.column, d.suggestion])).toEqual([
      [4, 3, 'structure_porteuse'],
      [6, 3, 'commanditaire'],
      [8, 3, 'membres'],
      [9, 1, 'recommandations'],
    ]);
  });

  test('a member with no name, a surface in quotes', async () => {
    const found = await problems('  surface: "1200"\ncomite:\n  membres:\n    - role: présidente\n');
    expect(found.map(brief)).toEqual([
      { line: 4, column: 12, code: 'wrong-type', path: 'lieu.surface', suggestion: undefined },
      { line: 7, column: 7, code: 'missing-key', path: 'comite.membres[0]', suggestion: undefined },
    ]);
    expect(found[0]?.params).toMatchObject({ unquoted: '1200' });
  });

  test('an image that is not there: where it was looked for, and the file nearly named so', async () => {
    const [d] = await problems('  image: images/Logo.PNG\n');
    expect(brief(d as Diagnostic)).toEqual({ line: 4, column: 10, code: 'missing-image', path: 'lieu.image', suggestion: 'images/logo.png' });
    const text = formatDiagnostic(d as Diagnostic, 'fr');
    expect(text).toMatch(/site\.yaml:4:10: erreur\u00A0: image introuvable «\u00A0images\/Logo\.PNG\u00A0»/);
    expect(text).toContain('vouliez-vous dire «\u00A0images/logo.png\u00A0»');
    expect(formatDiagnostic(d as Diagnostic, 'en')).toContain('image not found “images/Logo.PNG”; the path is read from the evaluation file’s folder');
  });

  test('an image that is not an image, a folder for an image', async () => {
    expect((await problems('  image: notes.txt\n')).map((d) => d.code)).toEqual(['bad-image']);
    expect((await problems('  image: images\n')).map((d) => [d.code, d.params?.reason])).toEqual([['file-unreadable', 'EISDIR']]);
  });

  test.each([
    ['the PNG signature alone', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['a PNG of 0 × 0 pixels', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.alloc(13), Buffer.alloc(4)])],
    ['a JPEG that ends where it starts', Buffer.from([0xff, 0xd8, 0xff, 0xd9])],
  ])('an image whose magic bytes are right but whose header holds no picture: %s', async (_, bytes) => {
    const file = site('  image: images/casse.png\n');
    writeFileSync(join(file, '..', 'images', 'casse.png'), bytes);
    const checked = await check(file);
    expect(checked.ok ? [] : checked.diagnostics.map(brief)).toEqual([{ line: 4, column: 10, code: 'bad-image', path: 'lieu.image', suggestion: undefined }]);
  });

  test('an image too large to decode, by its header; a file too large, by its size, unread', async () => {
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(20_000, 0);
    ihdr.writeUInt32BE(20_000, 4);
    ihdr[8] = 8;
    ihdr[9] = 2;
    const chunk = (type: string, body: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, body.length]), Buffer.from(type), body, Buffer.alloc(4)]);
    const huge = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', Buffer.alloc(2)), chunk('IEND', Buffer.alloc(0))]);
    const file = site('  image: images/immense.png\n');
    writeFileSync(join(file, '..', 'images', 'immense.png'), huge);
    const checked = await check(file);
    expect(checked.ok ? [] : checked.diagnostics.map((d) => [d.code, d.params])).toEqual([['image-too-large', { value: 'images/immense.png', width: 20_000, height: 20_000, limit: 10_000 }]]);
    const big = site('  image: images/lourde.png\n');
    writeFileSync(join(big, '..', 'images', 'lourde.png'), Buffer.alloc(17 * 1024 * 1024));
    const refused = await check(big);
    expect(refused.ok ? [] : refused.diagnostics.map((d) => [d.code, d.params])).toEqual([['theme-file-too-large', { limit: 16 * 1024 * 1024, size: 17 * 1024 * 1024 }]]);
  });

  test('an image found relative to the file, not to the working folder', async () => {
    const checked = await check(site('  image: images/logo.png\n'));
    expect(checked.ok).toBe(true);
  });
});
