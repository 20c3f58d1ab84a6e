/** The words of every diagnostic, in each language. */
import type { Lang } from '../grid/types.js';
import { frenchSpacing } from '../text/typography.js';
import type { Diagnostic, DiagnosticCode, Params } from './diagnostic.js';

type Catalogue = Record<DiagnosticCode, (p: Params) => string>;

const s = (p: Params, key: string): string => String(p[key] ?? '');
const items = (p: Params, key: string): readonly string[] => (p[key] as readonly string[] | undefined) ?? [];
/** The possible values, when no near miss was found to suggest. */
const possible = (p: Params, words: string): string =>
  items(p, 'allowed').length > 0 ? ` (${words} ${items(p, 'allowed').join(', ')})` : '';

const TYPES: Record<Lang, Record<string, string>> = {
  fr: {
    object: 'un ensemble de clés (clé: valeur)',
    array: 'une liste',
    string: 'un texte',
    integer: 'un nombre entier',
    number: 'un nombre décimal',
    boolean: 'oui ou non',
    null: 'une valeur vide',
    nonfinite: 'une valeur non numérique (.nan ou .inf)',
  },
  en: {
    object: 'a mapping (key: value)',
    array: 'a list',
    string: 'a text',
    integer: 'a whole number',
    number: 'a decimal number',
    boolean: 'true or false',
    null: 'an empty value',
    nonfinite: 'a non-number (.nan or .inf)',
  },
};

const typeName = (lang: Lang, p: Params, key: string): string => {
  const names = s(p, key).split(',');
  return names.map((t) => TYPES[lang][t] ?? t).join(lang === 'fr' ? ' ou ' : ' or ');
};

/** How to fix the two type mistakes YAML makes easy: an unquoted number, a list without brackets. */
function typeHint(p: Params, lang: Lang): string {
  const fr = lang === 'fr';
  if (s(p, 'expected') === 'string' && ['integer', 'number', 'boolean'].includes(s(p, 'found'))) {
    return fr ? ` ; mettez la valeur entre guillemets : "${s(p, 'value')}"` : `; put the value in quotes: "${s(p, 'value')}"`;
  }
  if (s(p, 'expected') === 'array' && s(p, 'found') === 'string') {
    return fr ? ` ; écrivez une liste entre crochets : [${s(p, 'value')}]` : `; write a list in brackets: [${s(p, 'value')}]`;
  }
  return '';
}

/** A size in bytes, in the unit that reads best: "20 Mo", "64 octets". */
const bytes = (p: Params, key: string, lang: Lang): string => {
  const n = Number(p[key] ?? 0);
  const [value, unit] = n >= 1024 * 1024 ? [n / (1024 * 1024), lang === 'fr' ? 'Mo' : 'MB'] : n >= 1024 ? [n / 1024, lang === 'fr' ? 'ko' : 'kB'] : [n, lang === 'fr' ? 'octets' : 'bytes'];
  return `${new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} ${unit}`;
};

const FILE_REASONS: Record<Lang, Record<string, string>> = {
  fr: {
    ENOENT: 'fichier introuvable',
    EISDIR: 'c’est un dossier, pas un fichier',
    EACCES: 'lecture interdite (droits)',
    NOT_A_FILE: 'ce n’est pas un fichier ordinaire (tube, périphérique…)',
  },
  en: {
    ENOENT: 'file not found',
    EISDIR: 'this is a folder, not a file',
    EACCES: 'permission denied',
    NOT_A_FILE: 'not a regular file (a pipe, a device…)',
  },
};

const YAML_HINTS: Record<Lang, Record<string, string>> = {
  fr: {
    TAB_AS_INDENT: 'une tabulation sert d’indentation ; YAML n’accepte que des espaces',
    BAD_INDENT: 'indentation incorrecte : alignez les clés d’un même niveau sur la même colonne',
    BLOCK_AS_IMPLICIT_KEY: 'deux « : » sur une même ligne ; mettez la valeur entre guillemets',
    MISSING_CHAR: 'un caractère fermant manque (guillemet, ] ou })',
    ALIAS: 'alias YAML invalide ou trop nombreux',
    UNEXPECTED: 'structure inattendue ; vérifiez l’indentation, les deux-points après chaque clé et les tirets des listes',
  },
  en: {
    TAB_AS_INDENT: 'a tab is used for indentation; YAML only accepts spaces',
    BAD_INDENT: 'wrong indentation: keys of the same level must start in the same column',
    BLOCK_AS_IMPLICIT_KEY: 'two “:” on one line; put the value in quotes',
    MISSING_CHAR: 'a closing character is missing (quote, ] or })',
    ALIAS: 'invalid or too many YAML aliases',
    UNEXPECTED: 'unexpected structure; check the indentation, the colon after each key and the dashes of lists',
  },
};

/** Where an imported cell is: its column and header in a table, its key in a place file. */
const cellAt = (p: Params, lang: Lang): string => {
  if (s(p, 'column') === '') return s(p, 'header') === '' ? '' : lang === 'fr' ? ` (« ${s(p, 'header')} »)` : ` (“${s(p, 'header')}”)`;
  return lang === 'fr' ? ` (colonne ${s(p, 'column')} « ${s(p, 'header')} »)` : ` (column ${s(p, 'column')} “${s(p, 'header')}”)`;
};

/** Why a table cannot be read, when impact can say it in words. */
const TABLE_REASONS: Record<Lang, (p: Params) => Record<string, string>> = {
  fr: (p) => ({
    'quote-not-closed': 'un guillemet ouvert n’est jamais refermé',
    'bad-closing-quote': `ligne ${s(p, 'line')}, un guillemet fermant est suivi d’autre chose que le séparateur`,
  }),
  en: (p) => ({
    'quote-not-closed': 'a quote is opened and never closed',
    'bad-closing-quote': `line ${s(p, 'line')}, a closing quote is followed by something other than the separator`,
  }),
};
const tableReason = (p: Params, lang: Lang): string => TABLE_REASONS[lang](p)[s(p, 'detail')] ?? s(p, 'detail');

const fr: Catalogue = {
  'file-unreadable': (p) => FILE_REASONS.fr[s(p, 'reason')] ?? `lecture impossible (${s(p, 'reason')})`,
  'no-evaluation': () => 'aucune évaluation (*.yaml, *.yml) dans ce dossier ni ses sous-dossiers ; vérifiez le chemin',
  'not-utf8': () => 'le fichier n’est pas encodé en UTF-8 ; enregistrez-le en UTF-8 depuis votre éditeur',
  'empty-file': () => 'le fichier est vide ; il doit au moins contenir « version » et « lieu »',
  'yaml-syntax': (p) => `syntaxe YAML : ${YAML_HINTS.fr[s(p, 'yamlCode')] ?? s(p, 'detail')}`,
  'duplicate-key': (p) => `la clé « ${s(p, 'key')} » apparaît deux fois au même niveau ; gardez-en une seule`,
  'multiple-documents': () => 'plusieurs documents YAML (séparés par « --- ») dans un même fichier ; écrivez une évaluation par fichier',
  'not-a-mapping': () => 'le fichier doit être un ensemble de clés (version, lieu, familles d’effets), pas une liste ni une valeur seule',
  'unknown-key': (p) => `clé inconnue « ${s(p, 'key')} »${possible(p, 'clés possibles :')}`,
  'missing-key': (p) => `clé obligatoire manquante : « ${s(p, 'key')} »`,
  'unknown-option': (p) => `option inconnue « ${s(p, 'value')} » pour « ${s(p, 'field')} »${possible(p, 'options possibles :')}`,
  'wrong-type': (p) => {
    return `la valeur doit être ${typeName('fr', p, 'expected')}, pas ${typeName('fr', p, 'found')}${typeHint(p, 'fr')}`;
  },
  'too-small': (p) => `la valeur doit être supérieure ou égale à ${s(p, 'limit')}`,
  'too-large': (p) => `la valeur doit être inférieure ou égale à ${s(p, 'limit')}`,
  'empty-text': () => 'le texte est vide ; écrivez-le ou supprimez la clé',
  'duplicate-item': (p) => `« ${s(p, 'value')} » figure deux fois dans la liste`,
  'bad-date': (p) => `date invalide « ${s(p, 'value')} » ; écrivez-la au format AAAA-MM-JJ, par exemple 2024-06-30`,
  'bad-version': (p) => `version de format non prise en charge : ${s(p, 'value')} (impact lit la version ${s(p, 'expected')})`,
  'output-is-input': (p) => `le rapport « ${s(p, 'output')} » écraserait un fichier d’entrée ; choisissez un autre --out-dir`,
  'summary-output-is-input': (p) => `le portefeuille « ${s(p, 'output')} » écraserait une évaluation ; choisissez un autre nom avec -o`,
  'output-collision': (p) => `« ${s(p, 'other')} » écrit aussi « ${s(p, 'output')} » ; construisez-les dans des dossiers distincts`,
  'output-exists': () => 'le fichier existe déjà ; impact init ne l’écrase pas : choisissez un autre nom, ou ajoutez --force pour le remplacer',
  'write-failed': (p) => `écriture de « ${s(p, 'output')} » impossible (${s(p, 'reason')})`,
  'bad-colour': (p) => `couleur invalide « ${s(p, 'value')} » ; écrivez-la #rrvvbb, par exemple #17324d`,
  'empty-list': () => 'la liste est vide ; donnez au moins un élément ou supprimez la clé',
  'bad-font': (p) => `« ${s(p, 'value')} » n’est pas une police TrueType ou OpenType lisible`,
  'bad-image': (p) => `« ${s(p, 'value')} » n’est pas une image PNG ou JPEG`,
  'template-error': (p) => `erreur de modèle : ${s(p, 'detail')}`,
  'file-too-large': (p) =>
    `fichier trop gros : ${bytes(p, 'size', 'fr')} pour ${bytes(p, 'limit', 'fr')} au plus ; une évaluation tient en quelques kilo-octets (limite : IMPACT_MAX_BYTES)`,
  'too-deep': (p) => `imbrication trop profonde (plus de ${s(p, 'limit')} niveaux) ; une évaluation en a 5 (limite : IMPACT_MAX_DEPTH)`,
  'too-many-aliases': (p) => `plus de ${s(p, 'limit')} alias YAML (*nom) : refusé, pour ne pas épuiser la mémoire (limite : IMPACT_MAX_ALIASES)`,
  'unanswered-criterion': (p) => `critère non renseigné : « ${s(p, 'criterion')} » (${s(p, 'label')})`,
  'unanswered-field': (p) => `champ non renseigné : « ${s(p, 'field')} » dans « ${s(p, 'criterion')} »`,
  'inapplicable-field': (p) =>
    `« ${s(p, 'field')} » ne s’applique que si « ${s(p, 'on')} » vaut ${items(p, 'allowed').join(' ou ')}, et il vaut ici « ${s(p, 'value')} » : retirez ce champ ou revoyez « ${s(p, 'on')} » (le rapport l’imprime tel quel)`,
  'bare-text': (p) =>
    `« ${s(p, 'value')} » ne dit pas ce qui a été observé : décrivez-le en quelques mots (un fait, un exemple) ; tel quel, il est imprimé mais ne compte pas`,
  'free-item-like-option': (p) =>
    `« ${s(p, 'value')} » n’est pas une option de « ${s(p, 'field')} » : il sera imprimé comme un texte libre${possible(p, 'options :')}`,
  'described-only': (p) =>
    `la famille « ${s(p, 'family')} » n’est décrite qu’en mots : aucune intensité n’est calculée ; cochez les choix qui s’appliquent, ou donnez l’intensité retenue par le comité (intensite: { valeur: 1 à 4, justification: "…" })`,
  'missing-glyph': (p) =>
    `la police du PDF n’a pas de caractère pour ${s(p, 'characters')} (${items(p, 'codes').join(', ')}) : il apparaîtra comme un carré ; le Markdown et le JSON le gardent`,
  'import-unknown-column': (p) => `la colonne ${s(p, 'column')} « ${s(p, 'header')} » ne correspond à aucun champ de la grille : elle n’est pas importée ; nommez-la par son chemin (effets_individuels.lien_social.publics) ou par le libellé du critère puis du champ (impact init --format csv les écrit tous)`,
  'import-ambiguous-column': (p) => `la colonne ${s(p, 'column')} « ${s(p, 'header')} » peut désigner ${items(p, 'candidates').join(', ')} : elle n’est pas importée ; faites précéder le libellé du champ de celui de son critère, ou écrivez le chemin`,
  'import-duplicate-column': (p) => `la colonne ${s(p, 'column')} « ${s(p, 'header')} » remplit « ${s(p, 'path')} », comme la colonne ${s(p, 'other')} : elle n’est pas importée ; gardez-en une seule`,
  'import-unknown-choice': (p) => `« ${s(p, 'value')} »${cellAt(p, 'fr')} n’est aucune option de « ${s(p, 'field')} » : ce choix n’est pas importé${possible(p, 'options possibles :')}`,
  'import-not-a-count': (p) => `« ${s(p, 'value')} »${cellAt(p, 'fr')} n’est pas un nombre entier positif ou nul : il n’est pas importé ; écrivez le nombre seul, par exemple 12`,
  'import-not-a-date': (p) => `« ${s(p, 'value')} »${cellAt(p, 'fr')} n’est pas une date : elle n’est pas importée ; écrivez-la 2024-06-30 ou 30/06/2024`,
  'import-several-choices': (p) => `« ${s(p, 'value')} »${cellAt(p, 'fr')} donne plusieurs choix, et « ${s(p, 'field')} » n’en prend qu’un : rien n’est importé ; gardez le choix qui convient`,
  'import-not-a-tick': (p) => `« ${s(p, 'value')} »${cellAt(p, 'fr')} ne dit ni oui ni non pour l’option « ${s(p, 'option')} » : elle n’est pas importée ; écrivez oui, 1 ou x pour la cocher, laissez vide sinon`,
  'import-no-name': () => 'cette ligne n’a pas de nom de lieu : elle n’est pas importée ; écrivez le nom du lieu dans la colonne « Nom du lieu »',
  'import-no-name-column': () => 'aucune colonne ne donne le nom du lieu : rien n’est importé ; ajoutez une colonne « Nom du lieu » (ou lieu.nom)',
  'import-same-name': (p) => `« ${s(p, 'other')} » écrit déjà « ${s(p, 'output')} » : ce lieu n’est pas importé ; donnez-leur des noms distincts, ou importez-les dans des dossiers distincts`,
  'import-output-exists': (p) => `« ${s(p, 'output')} » existe déjà : impact import ne l’écrase pas ; choisissez un autre --out-dir, ou ajoutez --force pour le remplacer`,
  'import-copied-text': (p) => `le texte de « ${s(p, 'field')} » reprend celui de « ${s(p, 'from')} » (un défaut connu des fichiers de la plateforme) : il n’est pas importé une seconde fois ; écrivez la réponse propre à ce critère dans le fichier importé`,
  'import-unreadable-table': (p) => `le tableau ne peut pas être lu (${tableReason(p, 'fr')}) : rien n’est importé ; enregistrez-le de nouveau en CSV UTF-8 ou en XLSX`,
  'import-unknown-format': () => 'impact import lit les exports de formulaires (.csv, .tsv, .txt, .xlsx) et les fiches de la plateforme Commune Mesure (.json) : ce fichier n’est pas importé',
  'import-not-a-place': () => 'ce JSON n’est pas une fiche de lieu de la plateforme Commune Mesure (storage/app/places/*.json : name, address, blocs) : rien n’est importé',
  'import-empty-table': () => 'le tableau n’a pas de ligne de réponses sous ses en-têtes : rien n’est importé',
  'import-repeated-text': (p) => `le texte de « ${s(p, 'field')} » est, mot pour mot, celui du lieu « ${s(p, 'other')} » (${s(p, 'source')}) : il est importé, mais vérifiez que ce lieu l’a bien écrit pour lui-même`,
};

const en: Catalogue = {
  'file-unreadable': (p) => FILE_REASONS.en[s(p, 'reason')] ?? `cannot read the file (${s(p, 'reason')})`,
  'no-evaluation': () => 'no evaluation (*.yaml, *.yml) in this folder or its sub-folders; check the path',
  'not-utf8': () => 'the file is not UTF-8 encoded; save it as UTF-8 in your editor',
  'empty-file': () => 'the file is empty; it needs at least “version” and “lieu”',
  'yaml-syntax': (p) => `YAML syntax: ${YAML_HINTS.en[s(p, 'yamlCode')] ?? s(p, 'detail')}`,
  'duplicate-key': (p) => `the key “${s(p, 'key')}” appears twice at the same level; keep only one`,
  'multiple-documents': () => 'several YAML documents (separated by “---”) in one file; write one evaluation per file',
  'not-a-mapping': () => 'the file must be a mapping of keys (version, lieu, families of effects), not a list or a single value',
  'unknown-key': (p) => `unknown key “${s(p, 'key')}”${possible(p, 'possible keys:')}`,
  'missing-key': (p) => `missing required key: “${s(p, 'key')}”`,
  'unknown-option': (p) => `unknown option “${s(p, 'value')}” for “${s(p, 'field')}”${possible(p, 'possible options:')}`,
  'wrong-type': (p) => {
    return `the value must be ${typeName('en', p, 'expected')}, not ${typeName('en', p, 'found')}${typeHint(p, 'en')}`;
  },
  'too-small': (p) => `the value must be at least ${s(p, 'limit')}`,
  'too-large': (p) => `the value must be at most ${s(p, 'limit')}`,
  'empty-text': () => 'the text is empty; write it or remove the key',
  'duplicate-item': (p) => `“${s(p, 'value')}” appears twice in the list`,
  'bad-date': (p) => `invalid date “${s(p, 'value')}”; write it as YYYY-MM-DD, for example 2024-06-30`,
  'bad-version': (p) => `unsupported format version: ${s(p, 'value')} (impact reads version ${s(p, 'expected')})`,
  'output-is-input': (p) => `the report “${s(p, 'output')}” would overwrite an input file; choose another --out-dir`,
  'summary-output-is-input': (p) => `the portfolio “${s(p, 'output')}” would overwrite an evaluation; choose another name with -o`,
  'output-collision': (p) => `“${s(p, 'other')}” also writes “${s(p, 'output')}”; build them into separate folders`,
  'output-exists': () => 'the file already exists; impact init does not overwrite it: choose another name, or add --force to replace it',
  'write-failed': (p) => `cannot write “${s(p, 'output')}” (${s(p, 'reason')})`,
  'bad-colour': (p) => `invalid colour “${s(p, 'value')}”; write it #rrggbb, for example #17324d`,
  'empty-list': () => 'the list is empty; give at least one item or remove the key',
  'bad-font': (p) => `“${s(p, 'value')}” is not a readable TrueType or OpenType font`,
  'bad-image': (p) => `“${s(p, 'value')}” is not a PNG or JPEG image`,
  'template-error': (p) => `template error: ${s(p, 'detail')}`,
  'file-too-large': (p) =>
    `file too large: ${bytes(p, 'size', 'en')} for at most ${bytes(p, 'limit', 'en')}; an evaluation takes a few kilobytes (limit: IMPACT_MAX_BYTES)`,
  'too-deep': (p) => `nested too deep (more than ${s(p, 'limit')} levels); an evaluation has 5 (limit: IMPACT_MAX_DEPTH)`,
  'too-many-aliases': (p) => `more than ${s(p, 'limit')} YAML aliases (*name): refused, so as not to exhaust memory (limit: IMPACT_MAX_ALIASES)`,
  'unanswered-criterion': (p) => `criterion not answered: “${s(p, 'criterion')}”`,
  'unanswered-field': (p) => `field not answered: “${s(p, 'field')}” in “${s(p, 'criterion')}”`,
  'inapplicable-field': (p) =>
    `“${s(p, 'field')}” applies only when “${s(p, 'on')}” is ${items(p, 'allowed').join(' or ')}, and here it is “${s(p, 'value')}”: remove the field or check “${s(p, 'on')}” (the report prints it as written)`,
  'bare-text': (p) =>
    `“${s(p, 'value')}” does not say what was observed: describe it in a few words (a fact, an example); as it is, it is printed but does not count`,
  'free-item-like-option': (p) =>
    `“${s(p, 'value')}” is not an option of “${s(p, 'field')}”: it will be printed as free text${possible(p, 'options:')}`,
  'described-only': (p) =>
    `the family “${s(p, 'family')}” is described in words only: no intensity is computed; tick the choices that apply, or give the committee's intensity (intensite: { valeur: 1 to 4, justification: "…" })`,
  'missing-glyph': (p) =>
    `the PDF's font has no character for ${s(p, 'characters')} (${items(p, 'codes').join(', ')}): it will print as a box; the Markdown and JSON keep it`,
  'import-unknown-column': (p) => `column ${s(p, 'column')} “${s(p, 'header')}” matches no field of the grid: it is not imported; name it by its path (effets_individuels.lien_social.publics) or by its criterion's label followed by the field's (impact init --format csv writes them all)`,
  'import-ambiguous-column': (p) => `column ${s(p, 'column')} “${s(p, 'header')}” may stand for ${items(p, 'candidates').join(', ')}: it is not imported; put the criterion's label before the field's, or write the path`,
  'import-duplicate-column': (p) => `column ${s(p, 'column')} “${s(p, 'header')}” fills “${s(p, 'path')}”, as column ${s(p, 'other')} does: it is not imported; keep only one`,
  'import-unknown-choice': (p) => `“${s(p, 'value')}”${cellAt(p, 'en')} is no option of “${s(p, 'field')}”: this choice is not imported${possible(p, 'possible options:')}`,
  'import-not-a-count': (p) => `“${s(p, 'value')}”${cellAt(p, 'en')} is not a whole number of zero or more: it is not imported; write the number alone, for example 12`,
  'import-not-a-date': (p) => `“${s(p, 'value')}”${cellAt(p, 'en')} is not a date: it is not imported; write it 2024-06-30 or 30/06/2024`,
  'import-several-choices': (p) => `“${s(p, 'value')}”${cellAt(p, 'en')} gives several choices, and “${s(p, 'field')}” takes one: nothing is imported; keep the one that applies`,
  'import-not-a-tick': (p) => `“${s(p, 'value')}”${cellAt(p, 'en')} says neither yes nor no for the option “${s(p, 'option')}”: it is not imported; write yes, 1 or x to tick it, leave it empty otherwise`,
  'import-no-name': () => "this row has no name of the site: it is not imported; write the site's name in the “Name of the site” column",
  'import-no-name-column': () => 'no column gives the name of the site: nothing is imported; add a “Name of the site” (or lieu.nom) column',
  'import-same-name': (p) => `“${s(p, 'other')}” already writes “${s(p, 'output')}”: this site is not imported; give them distinct names, or import them into separate folders`,
  'import-output-exists': (p) => `“${s(p, 'output')}” already exists: impact import does not overwrite it; choose another --out-dir, or add --force to replace it`,
  'import-copied-text': (p) => `the text of “${s(p, 'field')}” repeats that of “${s(p, 'from')}” (a known defect of the platform's files): it is not imported a second time; write this criterion's own answer in the imported file`,
  'import-unreadable-table': (p) => `the table cannot be read (${tableReason(p, 'en')}): nothing is imported; save it again as UTF-8 CSV or as XLSX`,
  'import-unknown-format': () => "impact import reads form exports (.csv, .tsv, .txt, .xlsx) and the Commune Mesure platform's place files (.json): this file is not imported",
  'import-not-a-place': () => 'this JSON is not a place file of the Commune Mesure platform (storage/app/places/*.json: name, address, blocs): nothing is imported',
  'import-empty-table': () => 'the table has no row of answers under its headers: nothing is imported',
  'import-repeated-text': (p) => `the text of “${s(p, 'field')}” is word for word that of the site “${s(p, 'other')}” (${s(p, 'source')}): it is imported, but check that this site wrote it for itself`,
};

const CATALOGUES: Record<Lang, Catalogue> = { fr, en };

export function message(diagnostic: Diagnostic, lang: Lang): string {
  const text = CATALOGUES[lang][diagnostic.code](diagnostic.params);
  return lang === 'fr' ? frenchSpacing(text) : text;
}

export function suggestionText(suggestion: string, lang: Lang): string {
  return lang === 'fr' ? frenchSpacing(`vouliez-vous dire « ${suggestion} » ?`) : `did you mean “${suggestion}”?`;
}
