/**
 * What an editor gives evaluators, checked against yaml-language-server itself (the server inside
 * VS Code's YAML extension, and the one Neovim, Helix, Emacs or Zed run): hover help in French,
 * completion of option ids, errors as they type. The server is spawned over stdio and spoken to
 * in LSP like an editor would (test/support/lsp.ts); every request has a time limit.
 */
import { parse } from 'yaml';
import { PUBLICS as GRID_PUBLICS } from '../src/grid/grid.js';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  documentationText,
  hoverText,
  LspClient,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type LspDiagnostic,
  type Position,
  type PublishDiagnosticsParams,
} from './support/lsp.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const SCHEMA_URL = pathToFileURL(join(ROOT, 'schemas', 'evaluation.schema.json')).href;
const EXAMPLE = join(ROOT, 'examples', 'la-petite-manchester.yaml');
const TIMEOUT = 15_000;
const ERROR = 1;

/**
 * The settings an editor would send. No schema store nor Kubernetes catalogue: the tests never
 * touch the network. The one association is the documented `yaml.schemas` set-up, a relative
 * path resolved against the workspace root (the temporary folder).
 */
const SETTINGS = {
  yaml: {
    validate: true,
    hover: true,
    completion: true,
    schemas: { './evaluation.schema.json': '**/evaluations/*.yaml' },
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
  },
};

let lsp: LspClient;
let workspace: string;
/** Set once the server is initialised and configured: until then, opening a document fails at once. */
let ready = false;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'impact-editor-'));
  // The schema next to the evaluations, as `impact schema --out` writes it for editors.
  const schema = spawnSync(process.execPath, [join(ROOT, 'bin', 'impact.js'), 'schema', '--out', 'evaluation.schema.json'], {
    cwd: workspace,
    encoding: 'utf8',
  });
  expect(schema.status).toBe(0);

  lsp = new LspClient({
    command: process.execPath,
    args: [SERVER, '--stdio'],
    cwd: workspace,
    timeoutMs: TIMEOUT,
    configuration: (section) => (section === 'yaml' ? SETTINGS.yaml : null),
  });
  const init = await lsp.request<{ serverInfo?: { name: string; version: string } }>('initialize', {
    processId: process.pid,
    locale: 'fr',
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'evaluations' }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: {
        synchronization: { didSave: false, dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        publishDiagnostics: { relatedInformation: true },
      },
    },
  });
  expect(init.serverInfo?.name).toBe('yaml-language-server');
  lsp.notify('initialized', {});
  lsp.notify('workspace/didChangeConfiguration', { settings: SETTINGS });
  // The server answers codeLens only once it has pulled its configuration: a barrier, so that no
  // document is opened before the settings (validation, schemas) apply.
  await lsp.request('textDocument/codeLens', { textDocument: { uri: pathToFileURL(join(workspace, 'none.yaml')).href } });
  ready = true;
}, 2 * TIMEOUT);

afterAll(async () => {
  await lsp?.close();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
}, TIMEOUT);

/** The position of `needle`'s first occurrence in `text` (0-based line and character). */
function positionOf(text: string, needle: string, shift = 0): Position {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`«${needle}» is not in the document`);
  const before = text.slice(0, offset + shift).split('\n');
  return { line: before.length - 1, character: (before.at(-1) ?? '').length };
}

interface Opened {
  uri: string;
  text: string;
  /** The first diagnostics published for the document since it was opened. */
  diagnostics: Promise<PublishDiagnosticsParams>;
}

let version = 0;

/** Writes the file (the server resolves relative modelines against its real path) and opens it. */
function open(file: string, text: string, write = true): Opened {
  if (!ready) throw new Error('yaml-language-server did not start: see the error of the first hook');
  if (write) writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const since = lsp.published.length;
  lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text } });
  return { uri, text, diagnostics: lsp.waitForDiagnostics(uri, () => true, { since }) };
}

const hover = async (doc: Opened, needle: string): Promise<string> =>
  hoverText(await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri: doc.uri }, position: positionOf(doc.text, needle, 1) }));

async function complete(doc: Opened, at: Position): Promise<CompletionItem[]> {
  const result = await lsp.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
    textDocument: { uri: doc.uri },
    position: at,
    context: { triggerKind: 1 },
  });
  return Array.isArray(result) ? result : (result?.items ?? []);
}

const modeline = (schema: string) => `# yaml-language-server: $schema=${schema}\n`;
const summary = (d: LspDiagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`;

describe('hover', () => {
  const TEXT = `${modeline(SCHEMA_URL)}version: 1
lieu:
  nom: Le Lieu
effets_individuels:
  lien_social:
    publics: [benevoles, publics_en_difficulte]
    frequence: hebdomadaire
    exemple: "un repas partagé"
`;
  let doc: Opened;
  beforeAll(async () => {
    doc = open(join(workspace, 'hover.yaml'), TEXT);
    await doc.diagnostics;
  }, TIMEOUT);

  test('on a family key: its French title and description', async () => {
    const text = await hover(doc, 'effets_individuels');
    expect(text).toContain('#### Effets individuels');
    expect(text).toContain('Critères de la famille «\u00A0Effets individuels\u00A0»\u00A0: `lien_social`, `sante`');
  });

  test('on a criterion key: its French label and the question of the grid', async () => {
    const text = await hover(doc, 'lien_social');
    expect(text).toContain('#### Lien social');
    expect(text).toContain('**Entre quels publics des interactions sociales ont-elles été observées\u202F?**');
    expect(text).toContain('Ses clés\u00A0: `publics`, `occasions`, `frequence`, `exemple`, `autres`.');
  });

  test('on a field key: its French label, what it is, what it takes, and its options with their labels', async () => {
    const publics = await hover(doc, 'publics:');
    expect(publics).toContain(
      '#### Publics en interaction\n\nPublics en interaction, en réponse à «\u00A0Entre quels publics des interactions sociales ont-elles été observées\u202F?\u00A0». Toutes les options observées',
    );
    expect(publics).toContain('- `publics_en_difficulte` — publics en difficulté');
    expect(await hover(doc, 'frequence:')).toContain('Une seule option\u00A0: son identifiant');
  });

  test('on a field every criterion has: what it is, not only what it takes', async () => {
    expect(await hover(doc, 'exemple:')).toContain('#### Réponse rédigée\n\nLa réponse rédigée des évaluateur·rice·s\u00A0: ce qui a été observé, en quelques mots (un fait, un exemple)\u202F; souvent la seule réponse');
    expect(await hover(doc, 'nom:')).toContain('Le nom du lieu évalué, obligatoire\u00A0: il titre le rapport.');
  });

  // With options as `oneOf` of `{ const, title }`, yaml-language-server 1.x titled this hover with
  // the chosen option ("#### chaque semaine"); the schema's `enum` + descriptions avoid that.
  test('on a single-choice key with a value: the field’s label', async () => {
    expect(await hover(doc, 'frequence:')).toContain('#### Fréquence des rencontres');
  });

  test('on an option id: its French label', async () => {
    expect(await hover(doc, 'publics_en_difficulte')).toContain('publics en difficulté');
    expect(await hover(doc, 'hebdomadaire')).toContain('chaque semaine');
  });
});

describe('completion', () => {
  const TEXT = `${modeline(SCHEMA_URL)}version: 1
lieu: { nom: Le Lieu }
effets_individuels:
  lien_social:
    publics: [benevoles, ]
    frequence: 
  sante:
    effets:
      - 
`;
  const PUBLICS = GRID_PUBLICS.map((o) => o.id);
  let doc: Opened;
  beforeAll(async () => {
    doc = open(join(workspace, 'completion.yaml'), TEXT);
    await doc.diagnostics;
  }, TIMEOUT);

  const labels = (items: CompletionItem[]) => items.map((i) => i.label);

  test('inside a [list] of options: every option id, inserted as written in the file', async () => {
    const items = await complete(doc, positionOf(TEXT, 'benevoles, ]', 'benevoles, '.length));
    expect(labels(items)).toEqual(expect.arrayContaining(PUBLICS));
    const item = items.find((i) => i.label === 'publics_en_difficulte');
    expect(item?.textEdit?.newText ?? item?.insertText).toBe('publics_en_difficulte');
  });

  test('after a single-choice key and on a "- " list item: the ids of that field', async () => {
    const frequence = await complete(doc, positionOf(TEXT, 'frequence: ', 'frequence: '.length));
    expect(labels(frequence)).toEqual(['quotidienne', 'hebdomadaire', 'mensuelle', 'ponctuelle']);
    const effets = await complete(doc, positionOf(TEXT, '      - ', '      - '.length));
    expect(labels(effets)).toEqual(expect.arrayContaining(['relations_aux_autres', 'confiance_en_soi', 'bien_etre']));
  });

  test('under a criterion: its field keys, with what each takes', async () => {
    const items = await complete(doc, positionOf(TEXT, '    frequence', 4));
    const exemple = items.find((i) => i.label === 'exemple');
    expect(documentationText(exemple ?? { label: '' })).toContain('La réponse rédigée des évaluateur·rice·s');
  });

  test('a criterion’s key completes to the whole criterion: every field, the cursor in each answer', async () => {
    const text = `${modeline(SCHEMA_URL)}version: 1\nlieu: { nom: Le Lieu }\neffets_individuels:\n  sante:\n    effets: []\n  \n`;
    const snippetDoc = open(join(workspace, 'snippet.yaml'), text);
    await snippetDoc.diagnostics;
    const items = await complete(snippetDoc, { line: text.split('\n').length - 2, character: 2 });
    const item = items.find((i) => i.label === 'lien_social\u00A0: toutes ses clés');
    expect(item?.insertTextFormat).toBe(2); // a snippet
    const inserted = item?.textEdit?.newText ?? item?.insertText ?? '';
    // Relative to the line it is typed on: the editor indents the lines after the first as that one.
    expect(inserted).toBe(
      'lien_social:\n  publics: [$1]\n  occasions: [$2]\n  frequence: ${3|quotidienne,hebdomadaire,mensuelle,ponctuelle|}\n  exemple: "$4"\n  autres: [$5]',
    );
    // Inserted with every tab stop left at its first value, the criterion is valid YAML, all its keys there.
    const filled = inserted.replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1').replace(/\$\d+/g, '').replace(/\n/g, '\n  ');
    const data = parse(text.replace(/\n  \n$/, `\n  ${filled}\n`)) as { effets_individuels: Record<string, unknown> };
    expect(data.effets_individuels.lien_social).toEqual({ publics: [], occasions: [], frequence: 'quotidienne', exemple: '', autres: [] });
  });

  test('inside a criterion written empty, the same snippet fills in its fields', async () => {
    const text = `${modeline(SCHEMA_URL)}version: 1\nlieu: { nom: Le Lieu }\neffets_individuels:\n  sante:\n    \n`;
    const snippetDoc = open(join(workspace, 'snippet-inside.yaml'), text);
    await snippetDoc.diagnostics;
    const items = await complete(snippetDoc, { line: text.split('\n').length - 2, character: 4 });
    const item = items.find((i) => i.label === 'sante\u00A0: toutes ses clés');
    expect(item?.textEdit?.newText ?? item?.insertText).toBe('effets: [$1]\nexemple: "$2"\nautres: [$3]');
  });

  // yaml-language-server 1.x ignores the `title` of a `{ const, title }` branch in completion; it
  // shows an `enum`'s `markdownEnumDescriptions`, which is why the schema gives them.
  test('each option id comes with its French label', async () => {
    const items = await complete(doc, positionOf(TEXT, 'benevoles, ]', 'benevoles, '.length));
    const item = items.find((i) => i.label === 'publics_en_difficulte');
    expect(`${item?.detail ?? ''} ${documentationText(item ?? { label: '' })}`).toContain('publics en difficulté');
  });
});

describe('errors as you type', () => {
  const TEXT = `${modeline(SCHEMA_URL)}version: 1
lieu: { nom: Le Lieu }
effets_individuels:
  lien_social:
    publics: [benevoles, publics_en_dificulte]
    publik: voisins
`;

  test('a typo in an option id and an unknown key are errors on their line, and only those', async () => {
    const doc = open(join(workspace, 'typos.yaml'), TEXT);
    const { diagnostics } = await doc.diagnostics;
    expect(diagnostics.map(summary)).toHaveLength(2);

    const option = diagnostics.find((d) => d.range.start.line === 5);
    const typo = positionOf(TEXT, 'publics_en_dificulte');
    expect(option?.range).toEqual({ start: typo, end: { line: typo.line, character: typo.character + 'publics_en_dificulte'.length } });
    expect(option?.severity).toBe(ERROR);
    // The schema's own French, which names the ids (and says a label will not do), as impact validate does.
    expect(option?.message).toBe(
      '«\u00A0publics\u00A0» prend l’identifiant d’une option (pas son libellé)\u00A0: personnes_travaillant_sur_le_site, acteurs_du_quartier, publics_en_difficulte, occupants_du_site, benevoles, voisins, visiteurs et habitants.',
    );

    const key = diagnostics.find((d) => d.range.start.line === 6);
    expect(key?.range.start).toEqual(positionOf(TEXT, 'publik'));
    expect(key?.severity).toBe(ERROR);
    expect(key?.message).toBe('«\u00A0lien_social\u00A0» est un ensemble de clés parmi publics, occasions, frequence, exemple et autres\u202F; aucune autre.');
  });

  test('a wrong type and a date in French order get the schema’s French, which says what the field takes', async () => {
    const text = `${modeline(SCHEMA_URL)}version: "1"
lieu: { nom: Le Lieu, date_evaluation: 15/03/2023 }
effets_individuels:
  insertion_professionnelle:
    beneficiaires: "12"
`;
    const { diagnostics } = await open(join(workspace, 'types.yaml'), text).diagnostics;
    const at = (needle: string) => diagnostics.find((d) => d.range.start.line === positionOf(text, needle).line && d.range.start.character === positionOf(text, needle).character);
    expect(at('"1"')?.message).toBe('«\u00A0version\u00A0» vaut toujours 1, sans guillemets.');
    expect(at('15/03/2023')?.message).toBe('«\u00A0date_evaluation\u00A0» prend une date au format AAAA-MM-JJ, par exemple 2024-06-30 (pas 30/06/2024).');
    expect(at('"12"')?.message).toBe('«\u00A0beneficiaires\u00A0» prend un nombre entier de 0 à 10\u202F000\u202F000, sans guillemets.');
    expect(diagnostics.map(summary)).toHaveLength(3);
  });

  test('an edit brings the error, the next one clears it', async () => {
    const clean = TEXT.replace('publics_en_dificulte', 'publics_en_difficulte').replace('    publik: voisins\n', '');
    const file = join(workspace, 'typing.yaml');
    const doc = open(file, clean);
    expect((await doc.diagnostics).diagnostics.map(summary)).toEqual([]);

    // Typing "x" at the end of "benevoles", as an editor sends it: an incremental change.
    const at = positionOf(clean, 'benevoles', 'benevoles'.length);
    let since = lsp.published.length;
    lsp.notify('textDocument/didChange', {
      textDocument: { uri: doc.uri, version: ++version },
      contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
    });
    const broken = await lsp.waitForDiagnostics(doc.uri, (p) => p.diagnostics.length > 0, { since });
    expect(broken.diagnostics.map((d) => d.range.start)).toEqual([positionOf(clean, 'benevoles')]);

    since = lsp.published.length;
    lsp.notify('textDocument/didChange', {
      textDocument: { uri: doc.uri, version: ++version },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }],
    });
    await lsp.waitForDiagnostics(doc.uri, (p) => p.diagnostics.length === 0, { since });
  });

  test('a modeline to a schema that does not exist is reported, so silence means the schema was read', async () => {
    const doc = open(join(workspace, 'lost.yaml'), `${modeline('./nowhere/evaluation.schema.json')}version: 1\n`);
    const { diagnostics } = await doc.diagnostics;
    expect(diagnostics).toHaveLength(1);
    // At the top of the document (its first node), with the path resolved against the file's folder.
    expect(diagnostics[0]?.range.start.line).toBeLessThanOrEqual(1);
    expect(diagnostics[0]?.message).toContain('Impossible de charger le schéma');
    expect(diagnostics[0]?.message).toContain(join(workspace, 'nowhere', 'evaluation.schema.json'));
  });
});

describe('what the file says beside the grid', () => {
  const TEXT = `${modeline(SCHEMA_URL)}version: 1
lieu:
  nom: Le Lieu
  site_web: www.lieu.fr
evaluation:
  commanditaire: la Ville
comite:
  
`;
  let doc: Opened;
  beforeAll(async () => {
    doc = open(join(workspace, 'context.yaml'), TEXT);
    await doc.diagnostics;
  }, TIMEOUT);

  test('hover says what each key is, in French', async () => {
    expect(await hover(doc, 'commanditaire')).toContain('Qui a demandé l’évaluation');
    expect(await hover(doc, 'site_web')).toContain('Une adresse web complète, commençant par https://');
  });

  test('a web address without its scheme is an error that says what the key takes', async () => {
    const { diagnostics } = await doc.diagnostics;
    expect(diagnostics.map(summary)).toEqual([`5:13 «\u00A0site_web\u00A0» prend une adresse web complète, par exemple https://www.exemple.fr.`]);
  });

  test('inside the committee, a snippet writes its date and a member with a name and a role', async () => {
    const items = await complete(doc, { line: TEXT.split('\n').length - 2, character: 2 });
    const item = items.find((i) => i.label === 'comite\u00A0: toutes ses clés');
    expect(item?.textEdit?.newText ?? item?.insertText).toBe('date_validation: ${1:AAAA-MM-JJ}\nmembres:\n  - nom: $2\n    role: $3');
  });
});

describe('a file written by impact init', () => {
  let doc: Opened;
  beforeAll(async () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'impact.js'), 'init', join('sites', 'site.yaml')], { cwd: workspace, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const file = join(workspace, 'sites', 'site.yaml');
    doc = open(file, readFileSync(file, 'utf8'), false);
  }, TIMEOUT);

  test('its modeline finds the schema installed with impact: no diagnostics, and hover knows the keys', async () => {
    expect(doc.text).toMatch(/^# yaml-language-server: \$schema=\S+evaluation\.schema\.json\n/);
    expect((await doc.diagnostics).diagnostics.map(summary)).toEqual([]);
    expect(await hover(doc, 'lien_social:')).toContain('Entre quels publics des interactions sociales ont-elles été observées\u202F?');
  });

  test('inside its empty lists, completion offers the option ids', async () => {
    const items = await complete(doc, positionOf(doc.text, '    publics: []', '    publics: ['.length));
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['publics_en_difficulte', 'benevoles']));
  });

  // With `oneOf` items, yaml-language-server 1.x also offered "- (élément de tableau) <label>"
  // items here, which insert a block item "- " between the brackets: broken YAML.
  test('inside its empty lists, completion offers nothing but option ids', async () => {
    const items = await complete(doc, positionOf(doc.text, '    publics: []', '    publics: ['.length));
    expect(items.filter((i) => (i.textEdit?.newText ?? i.insertText ?? '').startsWith('-')).map((i) => i.label)).toEqual([]);
  });
});

describe('schema association', () => {
  test('the example, opened where it lives, resolves its relative modeline and has no diagnostics', async () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/evaluation.schema.json');
    const doc = open(EXAMPLE, text, false);
    expect((await doc.diagnostics).diagnostics.map(summary)).toEqual([]);
    // The schema did apply: hover knows the keys.
    expect(await hover(doc, 'insertion_professionnelle')).toContain('#### Insertion professionnelle');
  });

  test('without a modeline, the yaml.schemas setting maps the schema to **/evaluations/*.yaml', async () => {
    mkdirSync(join(workspace, 'evaluations'), { recursive: true });
    const text = 'version: 1\nlieu: { nom: Le Lieu }\neffets_individuels:\n  lien_social: { publics: [benevole] }\n';
    const doc = open(join(workspace, 'evaluations', 'site.yaml'), text);
    const { diagnostics } = await doc.diagnostics;
    expect(diagnostics.map((d) => d.range.start)).toEqual([positionOf(text, 'benevole]')]);
    expect(await hover(doc, 'lien_social')).toContain('#### Lien social');
  });
});
