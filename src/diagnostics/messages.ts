/** The words of every diagnostic, in each language. */
import type { Lang } from '../grid/types.js';
import { frenchSpacing } from '../text/typography.js';
import type { Diagnostic, DiagnosticCode, Params, YamlCode } from './diagnostic.js';

type Catalogue = Record<DiagnosticCode, (p: Params) => string>;

const s = (p: Params, key: string): string => String(p[key] ?? '');
const items = (p: Params, key: string): readonly string[] => (p[key] as readonly string[] | undefined) ?? [];
/** The possible values, when no near miss was found to suggest. */
const possible = (p: Params, words: string): string =>
  items(p, 'allowed').length > 0 ? ` (${words} ${items(p, 'allowed').join(', ')})` : '';

/** What a template's helper expects and was given (render/template-errors.ts). */
const KINDS: Record<Lang, Record<string, string>> = {
  fr: {
    number: 'un nombre',
    text: 'un texte',
    list: 'une liste',
    'one-value': 'une valeur',
    nothing: 'rien',
    null: 'une valeur vide',
    'not-a-number': 'une valeur non numérique',
    object: 'un ensemble de clés',
    boolean: 'vrai ou faux',
  },
  en: {
    number: 'a number',
    text: 'a text',
    list: 'a list',
    'one-value': 'one value',
    nothing: 'nothing',
    null: 'an empty value',
    'not-a-number': 'a value that is not a number',
    object: 'a mapping',
    boolean: 'true or false',
  },
};

const kind = (lang: Lang, p: Params, key: string): string => KINDS[lang][s(p, key)] ?? s(p, key);
/** A Handlebars token as the reader knows it: the end of the file, or the token itself. */
const token = (lang: Lang, found: string): string => (found === 'EOF' ? (lang === 'fr' ? 'la fin du fichier' : 'the end of the file') : `« ${found} »`);

const TEMPLATE_PROBLEMS: Record<Lang, Record<string, (p: Params) => string>> = {
  fr: {
    syntax: (p) =>
      s(p, 'found') === ''
        ? 'syntaxe Handlebars incorrecte : vérifiez les {{ }} de cette ligne'
        : `syntaxe Handlebars incorrecte : ${token('fr', s(p, 'found'))} arrive alors qu’un bloc ou une balise n’est pas fermé ; fermez le bloc ({{/if}}, {{/each}}…) ou la balise (}})`,
    'unknown-helper': (p) => `helper inconnu « ${s(p, 'name')} »`,
    'missing-partial': (p) => `le partiel « ${s(p, 'name')} » n’existe pas`,
    'unknown-role': (p) => `rôle de bloc inconnu « ${s(p, 'name')} » (rôles : ${items(p, 'roles').join(', ')})`,
    'missing-main': (p) => `le modèle principal ${s(p, 'name')} manque`,
    'helper-argument': (p) => `« ${s(p, 'helper')} » attend ${kind('fr', p, 'expected')}, et reçoit ${kind('fr', p, 'received')}`,
    'partial-depth': (p) =>
      `les partiels s’incluent les uns les autres sur plus de ${s(p, 'limit')} niveaux, en arrivant à « ${s(p, 'name')} » : un partiel s’inclut-il lui-même ?`,
    runtime: (p) => (s(p, 'detail') === 'stack' ? 'le modèle s’appelle lui-même sans fin' : s(p, 'detail')),
  },
  en: {
    syntax: (p) =>
      s(p, 'found') === ''
        ? 'invalid Handlebars syntax: check the {{ }} on this line'
        : `invalid Handlebars syntax: ${token('en', s(p, 'found')).replace(/« (.*) »/, '“$1”')} comes while a block or a tag is still open; close the block ({{/if}}, {{/each}}…) or the tag (}})`,
    'unknown-helper': (p) => `unknown helper "${s(p, 'name')}"`,
    'missing-partial': (p) => `the partial "${s(p, 'name')}" does not exist`,
    'unknown-role': (p) => `unknown block role "${s(p, 'name')}" (roles: ${items(p, 'roles').join(', ')})`,
    'missing-main': (p) => `the main template ${s(p, 'name')} is missing`,
    'helper-argument': (p) => `“${s(p, 'helper')}” expects ${kind('en', p, 'expected')}, and was given ${kind('en', p, 'received')}`,
    'partial-depth': (p) =>
      `partials include each other more than ${s(p, 'limit')} levels deep, reaching “${s(p, 'name')}”: does a partial include itself?`,
    runtime: (p) => (s(p, 'detail') === 'stack' ? 'the template calls itself without end' : s(p, 'detail')),
  },
};

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

/** How to fix the type mistakes YAML makes easy: an unquoted number, a quoted one, a list without brackets. */
function typeHint(p: Params, lang: Lang): string {
  const fr = lang === 'fr';
  if (p.unquoted !== undefined) {
    return fr ? ` ; enlevez les guillemets : ${s(p, 'unquoted')}` : `; remove the quotes: ${s(p, 'unquoted')}`;
  }
  if (s(p, 'expected') === 'string' && ['integer', 'number', 'boolean'].includes(s(p, 'found'))) {
    return fr ? ` ; mettez la valeur entre guillemets : "${s(p, 'value')}"` : `; put the value in quotes: "${s(p, 'value')}"`;
  }
  if (s(p, 'expected') === 'array' && s(p, 'found') === 'string') {
    return fr ? ` ; écrivez une liste entre crochets : [${s(p, 'value')}]` : `; write a list in brackets: [${s(p, 'value')}]`;
  }
  return '';
}

/** A whole number as the language writes it: "10 000", "10,000". */
const count = (p: Params, key: string, lang: Lang): string => new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(Number(p[key] ?? 0));

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

/** Every code of the YAML parser, in words of impact's own: the parser's English never reaches the reader. */
const YAML_HINTS: Record<Lang, Record<YamlCode, string>> = {
  fr: {
    TAB_AS_INDENT: 'une tabulation sert d’indentation ; YAML n’accepte que des espaces : remplacez-la par des espaces',
    BAD_INDENT: 'indentation incorrecte : alignez les clés d’un même niveau sur la même colonne',
    BLOCK_AS_IMPLICIT_KEY: 'deux « : » sur une même ligne ; mettez la valeur entre guillemets',
    MISSING_CHAR: 'un caractère fermant manque (guillemet, ] ou })',
    ALIAS: 'alias YAML invalide ou trop nombreux',
    UNEXPECTED: 'structure inattendue ; vérifiez l’indentation, les deux-points après chaque clé et les tirets des listes',
    UNEXPECTED_TOKEN: 'caractère inattendu ; vérifiez l’indentation, les deux-points après chaque clé, les virgules et les crochets des listes',
    MULTILINE_IMPLICIT_KEY:
      'une clé doit tenir sur une seule ligne, suivie de « : » ; vérifiez l’indentation de la ligne suivante et qu’aucun guillemet n’est resté ouvert',
    ALIAS_PROPS: 'un alias (*nom) ne peut porter ni ancre (&) ni étiquette (!)',
    BAD_ALIAS: 'alias YAML invalide : *nom doit renvoyer à une ancre &nom écrite plus haut',
    BAD_DIRECTIVE: 'directive YAML (ligne commençant par %) invalide ; supprimez-la',
    BAD_DQ_ESCAPE: 'séquence d’échappement inconnue entre guillemets doubles (\\…) ; doublez la barre oblique inverse ou mettez le texte entre guillemets simples',
    BAD_PROP_ORDER: 'ancre (&) ou étiquette (!) mal placée ; écrivez-la juste avant la valeur',
    BAD_SCALAR_START: 'une valeur ne peut pas commencer par ce caractère sans guillemets (@, `, %, |, >…) ; mettez-la entre guillemets',
    BLOCK_IN_FLOW: 'une liste à tirets ou une clé sur plusieurs lignes à l’intérieur de [ ] ou { } ; écrivez les éléments entre crochets, séparés par des virgules',
    BAD_COLLECTION_TYPE: 'étiquette (!) qui ne convient pas à cette liste ou à cet ensemble de clés ; supprimez-la',
    DUPLICATE_KEY: 'une clé apparaît deux fois au même niveau ; gardez-en une seule',
    IMPOSSIBLE: 'structure YAML illisible ; vérifiez l’indentation et les commentaires (#) de cette ligne',
    KEY_OVER_1024_CHARS: 'clé de plus de 1 024 caractères : un « : » manque sans doute après la clé',
    MULTIPLE_ANCHORS: 'plusieurs ancres (&) sur une même valeur ; gardez-en une',
    MULTIPLE_DOCS: 'plusieurs documents YAML (séparés par « --- ») dans un même fichier',
    MULTIPLE_TAGS: 'plusieurs étiquettes (!) sur une même valeur ; gardez-en une',
    NON_STRING_KEY: 'une clé doit être un mot, pas une liste ni un ensemble de clés',
    RESOURCE_EXHAUSTION: 'document trop imbriqué ou trop répétitif pour être lu',
    TAG_RESOLVE_FAILED: 'étiquette YAML (!…) inconnue ou qui ne convient pas à la valeur ; supprimez-la',
  },
  en: {
    TAB_AS_INDENT: 'a tab is used for indentation; YAML only accepts spaces: replace it with spaces',
    BAD_INDENT: 'wrong indentation: keys of the same level must start in the same column',
    BLOCK_AS_IMPLICIT_KEY: 'two “:” on one line; put the value in quotes',
    MISSING_CHAR: 'a closing character is missing (quote, ] or })',
    ALIAS: 'invalid or too many YAML aliases',
    UNEXPECTED: 'unexpected structure; check the indentation, the colon after each key and the dashes of lists',
    UNEXPECTED_TOKEN: 'unexpected character; check the indentation, the colon after each key, and the commas and brackets of lists',
    MULTILINE_IMPLICIT_KEY: 'a key must fit on one line, followed by “:”; check the indentation of the next line and that no quote was left open',
    ALIAS_PROPS: 'an alias (*name) cannot carry an anchor (&) or a tag (!)',
    BAD_ALIAS: 'invalid YAML alias: *name must refer to an anchor &name written above',
    BAD_DIRECTIVE: 'invalid YAML directive (a line starting with %); remove it',
    BAD_DQ_ESCAPE: 'unknown escape sequence in double quotes (\\…); double the backslash or put the text in single quotes',
    BAD_PROP_ORDER: 'anchor (&) or tag (!) out of place; write it just before the value',
    BAD_SCALAR_START: 'a value cannot start with this character without quotes (@, `, %, |, >…); put it in quotes',
    BLOCK_IN_FLOW: 'a dashed list or a multi-line key inside [ ] or { }; write the items in brackets, separated by commas',
    BAD_COLLECTION_TYPE: 'a tag (!) that does not fit this list or mapping; remove it',
    DUPLICATE_KEY: 'a key appears twice at the same level; keep only one',
    IMPOSSIBLE: 'unreadable YAML structure; check the indentation and the comments (#) of this line',
    KEY_OVER_1024_CHARS: 'a key longer than 1,024 characters: a “:” is probably missing after the key',
    MULTIPLE_ANCHORS: 'several anchors (&) on one value; keep one',
    MULTIPLE_DOCS: 'several YAML documents (separated by “---”) in one file',
    MULTIPLE_TAGS: 'several tags (!) on one value; keep one',
    NON_STRING_KEY: 'a key must be a word, not a list or a mapping',
    RESOURCE_EXHAUSTION: 'a document too nested or too repetitive to be read',
    TAG_RESOLVE_FAILED: 'unknown YAML tag (!…), or one that does not fit the value; remove it',
  },
};

/** The parser's code of a syntax diagnostic; anything else (an old diagnostic, a bug) is said generally. */
const yamlHint = (lang: Lang, p: Params): string => {
  const hints: Readonly<Record<string, string>> = YAML_HINTS[lang];
  return hints[s(p, 'yamlCode')] ?? YAML_HINTS[lang].UNEXPECTED;
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
  'yaml-syntax': (p) => `syntaxe YAML : ${yamlHint('fr', p)}`,
  'duplicate-key': (p) => `la clé « ${s(p, 'key')} » apparaît deux fois au même niveau ; gardez-en une seule`,
  'multiple-documents': () => 'plusieurs documents YAML (séparés par « --- ») dans un même fichier ; écrivez une évaluation par fichier',
  'not-a-mapping': () => 'le fichier doit être un ensemble de clés (version, lieu, familles d’effets), pas une liste ni une valeur seule',
  'unknown-key': (p) => `clé inconnue « ${s(p, 'key')} »${possible(p, 'clés possibles :')}`,
  'missing-key': (p) => `clé obligatoire manquante : « ${s(p, 'key')} »`,
  'unknown-option': (p) =>
    `option inconnue « ${s(p, 'value')} » pour « ${s(p, 'field')} »${p.label ? ' : c’est le libellé d’une option, la réponse s’écrit avec son identifiant' : ''}${possible(p, 'options possibles :')}`,
  'wrong-type': (p) => {
    return `la valeur doit être ${typeName('fr', p, 'expected')}, pas ${typeName('fr', p, 'found')}${typeHint(p, 'fr')}`;
  },
  'too-small': (p) => `la valeur doit être supérieure ou égale à ${s(p, 'limit')}`,
  'too-large': (p) => `la valeur doit être inférieure ou égale à ${s(p, 'limit')}`,
  'empty-text': () => 'le texte est vide ; écrivez-le ou supprimez la clé',
  'duplicate-item': (p) => `« ${s(p, 'value')} » figure deux fois dans la liste`,
  'bad-date': (p) =>
    `date invalide « ${s(p, 'value')} » ; écrivez-la au format AAAA-MM-JJ${p.iso ? ` : ${s(p, 'iso')}` : ', par exemple 2024-06-30'}`,
  'bad-url': (p) =>
    `adresse web invalide « ${s(p, 'value')} » ; écrivez-la en entier${p.fixed ? ` : ${s(p, 'fixed')}` : ', par exemple https://www.exemple.fr'}`,
  'missing-image': (p) => `image introuvable « ${s(p, 'value')} » ; le chemin se lit depuis le dossier du fichier d’évaluation (${s(p, 'folder')})`,
  'placeholder-name': (p) =>
    `« ${s(p, 'value')} » est le texte qu’impact init met à la place du nom ; écrivez le nom du lieu évalué (il titre le rapport)`,
  'bad-version': (p) => `version de format non prise en charge : ${s(p, 'value')} (impact lit la version ${s(p, 'expected')})`,
  'output-is-input': (p) => `le rapport « ${s(p, 'output')} » écraserait un fichier d’entrée ; choisissez un autre --out-dir`,
  'summary-output-is-input': (p) => `le portefeuille « ${s(p, 'output')} » écraserait une évaluation ; choisissez un autre nom avec -o`,
  'output-collision': (p) => `« ${s(p, 'other')} » écrit aussi « ${s(p, 'output')} » ; construisez-les dans des dossiers distincts`,
  'output-exists': () => 'le fichier existe déjà ; impact init ne l’écrase pas : choisissez un autre nom, ou ajoutez --force pour le remplacer',
  'write-failed': (p) => `écriture de « ${s(p, 'output')} » impossible (${s(p, 'reason')})`,
  'out-of-memory': (p) =>
    `mémoire épuisée en construisant ce fichier (plus de ${s(p, 'limit')} Mo) ; allégez-le, ou relevez la limite (IMPACT_MAX_WORKER_MB)`,
  'build-crashed': (p) => `erreur interne en construisant ce fichier — c’est un bogue d’impact, merci de le signaler : ${s(p, 'detail')}`,
  'bad-colour': (p) => `couleur invalide « ${s(p, 'value')} » ; écrivez-la #rrvvbb, par exemple #17324d`,
  'empty-list': () => 'la liste est vide ; donnez au moins un élément ou supprimez la clé',
  'bad-font': (p) => `« ${s(p, 'value')} » n’est pas une police TrueType ou OpenType lisible`,
  'bad-image': (p) => `« ${s(p, 'value')} » n’est pas une image PNG ou JPEG`,
  'image-too-large': (p) =>
    `l’image « ${s(p, 'value')} » fait ${count(p, 'width', 'fr')} × ${count(p, 'height', 'fr')} pixels, pour ${count(p, 'limit', 'fr')} de côté au plus ; réduisez-la : un logo n’a pas besoin de plus de mille pixels`,
  'theme-file-too-large': (p) =>
    `fichier trop gros : ${p.size === undefined ? 'plus de ' : `${bytes(p, 'size', 'fr')} pour `}${bytes(p, 'limit', 'fr')}${p.size === undefined ? '' : ' au plus'} ; une police ou un logo en fait bien moins`,
  'template-error': (p) => `erreur de modèle : ${TEMPLATE_PROBLEMS.fr[s(p, 'problem')]?.(p) ?? s(p, 'detail')}`,
  'file-too-large': (p) =>
    `fichier trop gros : ${p.size === undefined ? 'plus de ' : `${bytes(p, 'size', 'fr')} pour `}${bytes(p, 'limit', 'fr')}${p.size === undefined ? '' : ' au plus'} ; une évaluation tient en quelques kilo-octets (limite : IMPACT_MAX_BYTES)`,
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
  'yaml-syntax': (p) => `YAML syntax: ${yamlHint('en', p)}`,
  'duplicate-key': (p) => `the key “${s(p, 'key')}” appears twice at the same level; keep only one`,
  'multiple-documents': () => 'several YAML documents (separated by “---”) in one file; write one evaluation per file',
  'not-a-mapping': () => 'the file must be a mapping of keys (version, lieu, families of effects), not a list or a single value',
  'unknown-key': (p) => `unknown key “${s(p, 'key')}”${possible(p, 'possible keys:')}`,
  'missing-key': (p) => `missing required key: “${s(p, 'key')}”`,
  'unknown-option': (p) =>
    `unknown option “${s(p, 'value')}” for “${s(p, 'field')}”${p.label ? ': this is the label of an option, the answer is written with its id' : ''}${possible(p, 'possible options:')}`,
  'wrong-type': (p) => {
    return `the value must be ${typeName('en', p, 'expected')}, not ${typeName('en', p, 'found')}${typeHint(p, 'en')}`;
  },
  'too-small': (p) => `the value must be at least ${s(p, 'limit')}`,
  'too-large': (p) => `the value must be at most ${s(p, 'limit')}`,
  'empty-text': () => 'the text is empty; write it or remove the key',
  'duplicate-item': (p) => `“${s(p, 'value')}” appears twice in the list`,
  'bad-date': (p) => `invalid date “${s(p, 'value')}”; write it as YYYY-MM-DD${p.iso ? `: ${s(p, 'iso')}` : ', for example 2024-06-30'}`,
  'bad-url': (p) => `invalid web address “${s(p, 'value')}”; write it in full${p.fixed ? `: ${s(p, 'fixed')}` : ', for example https://www.example.org'}`,
  'missing-image': (p) => `image not found “${s(p, 'value')}”; the path is read from the evaluation file’s folder (${s(p, 'folder')})`,
  'placeholder-name': (p) => `“${s(p, 'value')}” is the text impact init puts in place of the name; write the name of the site evaluated (it titles the report)`,
  'bad-version': (p) => `unsupported format version: ${s(p, 'value')} (impact reads version ${s(p, 'expected')})`,
  'output-is-input': (p) => `the report “${s(p, 'output')}” would overwrite an input file; choose another --out-dir`,
  'summary-output-is-input': (p) => `the portfolio “${s(p, 'output')}” would overwrite an evaluation; choose another name with -o`,
  'output-collision': (p) => `“${s(p, 'other')}” also writes “${s(p, 'output')}”; build them into separate folders`,
  'output-exists': () => 'the file already exists; impact init does not overwrite it: choose another name, or add --force to replace it',
  'write-failed': (p) => `cannot write “${s(p, 'output')}” (${s(p, 'reason')})`,
  'out-of-memory': (p) =>
    `ran out of memory building this file (more than ${s(p, 'limit')} MB); make it smaller, or raise the limit (IMPACT_MAX_WORKER_MB)`,
  'build-crashed': (p) => `internal error building this file — this is a bug in impact, please report it: ${s(p, 'detail')}`,
  'bad-colour': (p) => `invalid colour “${s(p, 'value')}”; write it #rrggbb, for example #17324d`,
  'empty-list': () => 'the list is empty; give at least one item or remove the key',
  'bad-font': (p) => `“${s(p, 'value')}” is not a readable TrueType or OpenType font`,
  'bad-image': (p) => `“${s(p, 'value')}” is not a PNG or JPEG image`,
  'image-too-large': (p) =>
    `the image “${s(p, 'value')}” is ${count(p, 'width', 'en')} × ${count(p, 'height', 'en')} pixels, for at most ${count(p, 'limit', 'en')} a side; make it smaller: a logo needs no more than a thousand pixels`,
  'theme-file-too-large': (p) =>
    `file too large: ${p.size === undefined ? 'over ' : `${bytes(p, 'size', 'en')} for `}${bytes(p, 'limit', 'en')}${p.size === undefined ? '' : ' at most'}; a font or a logo takes far less`,
  'template-error': (p) => `template error: ${TEMPLATE_PROBLEMS.en[s(p, 'problem')]?.(p) ?? s(p, 'detail')}`,
  'file-too-large': (p) =>
    `file too large: ${p.size === undefined ? 'more than' : `${bytes(p, 'size', 'en')} for at most`} ${bytes(p, 'limit', 'en')}; an evaluation takes a few kilobytes (limit: IMPACT_MAX_BYTES)`,
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
