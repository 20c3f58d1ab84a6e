/** What every diagnostic says in French, made from its parameters. */
import { bytes, count, items, named, namedEach, possible, s, type Message, type Params } from '../params.js';
import { MAX_SCORE, MIN_INTENSITY } from '../../grid/rubric.js';
import { yamlHints } from './yaml.js';

/** What a template's helper expects and was given (render/template-errors.ts). */
const KINDS: Record<string, string> = {
  number: 'un nombre',
  text: 'un texte',
  list: 'une liste',
  'one-value': 'une valeur',
  'object-and-key': 'un ensemble de clés et une clé',
  nothing: 'rien',
  null: 'une valeur vide',
  'not-a-number': 'une valeur non numérique',
  object: 'un ensemble de clés',
  boolean: 'vrai ou faux',
};
const kind = (p: Params, key: string): string => named(KINDS, p, key);

/** A Handlebars token as the reader knows it: the end of the file, or the token itself. */
const token = (found: string): string => (found === 'EOF' ? 'la fin du fichier' : `« ${found} »`);

const TEMPLATE_PROBLEMS: Record<string, Message> = {
  syntax: (p) =>
    s(p, 'found') === ''
      ? 'syntaxe Handlebars incorrecte : vérifiez les {{ }} de cette ligne'
      : `syntaxe Handlebars incorrecte : ${token(s(p, 'found'))} arrive alors qu’un bloc ou une balise n’est pas fermé ; fermez le bloc ({{/if}}, {{/each}}…) ou la balise (}})`,
  'unknown-helper': (p) => `helper inconnu « ${s(p, 'name')} »`,
  'missing-partial': (p) => `le partiel « ${s(p, 'name')} » n’existe pas`,
  'unknown-role': (p) => `rôle de bloc inconnu « ${s(p, 'name')} » (rôles : ${items(p, 'roles').join(', ')})`,
  'unknown-name': (p) => `« ${s(p, 'helper')} » ne connaît pas « ${s(p, 'name')} » (noms : ${items(p, 'names').join(', ')})`,
  'missing-main': (p) => `le modèle principal ${s(p, 'name')} manque`,
  'helper-argument': (p) => `« ${s(p, 'helper')} » attend ${kind(p, 'expected')}, et reçoit ${kind(p, 'received')}`,
  'partial-depth': (p) =>
    `les partiels s’incluent les uns les autres sur plus de ${s(p, 'limit')} niveaux, en arrivant à « ${s(p, 'name')} » : un partiel s’inclut-il lui-même ?`,
  'words-file': (p) => WORDS_FILE[s(p, 'detail')]?.(p) ?? s(p, 'detail'),
  runtime: (p) => (s(p, 'detail') === 'stack' ? 'le modèle s’appelle lui-même sans fin' : s(p, 'detail')),
};

/** What is wrong with a words file of a templates folder (pdf.json). */
const WORDS_FILE: Record<string, Message> = {
  syntax: () => 'ce fichier de mots n’est pas du JSON valide à cet endroit : vérifiez les guillemets doubles, les virgules entre les paires et les accolades ({ "sujet": "…" })',
  unreadable: (p) => FILE_REASONS[s(p, 'found')] ?? `lecture impossible (${s(p, 'found')})`,
  'too-large': (p) => `fichier de mots trop gros : ${size(p, 'size')} pour ${size(p, 'limit')} au plus`,
  'not-an-object': (p) => `un fichier de mots est un ensemble de clés entre accolades ({ "sujet": "…" }), pas ${kind(p, 'found')}`,
  'not-a-text': (p) => `« ${s(p, 'key')} » doit être un texte entre guillemets doubles, pas ${kind(p, 'found')}`,
  'unknown-key': (p) => `clé inconnue « ${s(p, 'key')} » (clés possibles : ${items(p, 'keys').join(', ')})`,
};

const TYPES: Record<string, string> = {
  object: 'un ensemble de clés (clé: valeur)',
  array: 'une liste',
  string: 'un texte',
  integer: 'un nombre entier',
  number: 'un nombre décimal',
  boolean: 'oui ou non',
  null: 'une valeur vide',
  nonfinite: 'une valeur non numérique (.nan ou .inf)',
};
const typeName = (p: Params, key: string): string => namedEach(TYPES, p, key, 'ou');

/** How to fix the type mistakes YAML makes easy: an unquoted number, a quoted one, a list without brackets. */
function typeHint(p: Params): string {
  if (p.unquoted !== undefined) return ` ; enlevez les guillemets : ${s(p, 'unquoted')}`;
  if (s(p, 'expected') === 'string' && ['integer', 'number', 'boolean'].includes(s(p, 'found'))) return ` ; mettez la valeur entre guillemets : "${s(p, 'value')}"`;
  if (s(p, 'expected') === 'array' && s(p, 'found') === 'string') return ` ; écrivez une liste entre crochets : [${s(p, 'value')}]`;
  return '';
}

const size = (p: Params, key: string): string => bytes(p, key, { mega: 'Mo', kilo: 'ko', bytes: 'octets' }, 'fr');

/** Why impact cannot read a PDF it is asked to extract from. */
const PDF_REASONS: Record<string, string> = {
  syntax: 'structure du PDF illisible : le fichier est tronqué ou abîmé',
  'compressed-xref': 'ce PDF a été réenregistré avec des tables de références compressées (PDF 1.5), qu’impact ne lit pas ; reprenez le rapport tel qu’impact build l’a écrit',
  filter: 'l’évaluation jointe est encodée autrement qu’impact ne l’écrit (Flate) ou abîmée',
  'too-large': 'l’évaluation jointe pèse plus qu’une évaluation ne le peut (IMPACT_MAX_BYTES, voir docs/limits.md)',
};

const FILE_REASONS: Record<string, string> = {
  ENOENT: 'fichier introuvable',
  EISDIR: 'c’est un dossier, pas un fichier',
  EACCES: 'lecture interdite (droits)',
  NOT_A_FILE: 'ce n’est pas un fichier ordinaire (tube, périphérique…)',
};

/** The parser's code of a syntax diagnostic; anything else (an old diagnostic, a bug) is said generally. */
const yamlHint = (p: Params): string => (yamlHints as Readonly<Record<string, string>>)[s(p, 'yamlCode')] ?? yamlHints.UNEXPECTED;

/** Where an imported cell is: its column and header in a table, its key in a place file. */
const cellAt = (p: Params): string => {
  if (s(p, 'column') === '') return s(p, 'header') === '' ? '' : ` (« ${s(p, 'header')} »)`;
  return ` (colonne ${s(p, 'column')} « ${s(p, 'header')} »)`;
};

/** Why a table cannot be read, when impact can say it in words. */
const tableReason = (p: Params): string =>
  ({
    'quote-not-closed': 'un guillemet ouvert n’est jamais refermé',
    'bad-closing-quote': `ligne ${s(p, 'line')}, un guillemet fermant est suivi d’autre chose que le séparateur`,
  })[s(p, 'detail')] ?? s(p, 'detail');

const messages = {
  'file-unreadable': (p) => FILE_REASONS[s(p, 'reason')] ?? `lecture impossible (${s(p, 'reason')})`,
  'no-evaluation': () => 'aucune évaluation (*.yaml, *.yml) dans ce dossier ni ses sous-dossiers ; vérifiez le chemin',
  'not-utf8': () => 'le fichier n’est pas encodé en UTF-8 ; enregistrez-le en UTF-8 depuis votre éditeur',
  'empty-file': () => 'le fichier est vide ; il doit au moins contenir « version » et « lieu »',
  'yaml-syntax': (p) => `syntaxe YAML : ${yamlHint(p)}`,
  'duplicate-key': (p) => `la clé « ${s(p, 'key')} » apparaît deux fois au même niveau ; gardez-en une seule`,
  'multiple-documents': () => 'plusieurs documents YAML (séparés par « --- ») dans un même fichier ; écrivez une évaluation par fichier',
  'not-a-mapping': () => 'le fichier doit être un ensemble de clés (version, lieu, familles d’effets), pas une liste ni une valeur seule',
  'unknown-key': (p) => `clé inconnue « ${s(p, 'key')} »${possible(p, 'clés possibles :')}`,
  'missing-key': (p) => `clé obligatoire manquante : « ${s(p, 'key')} »`,
  'unknown-option': (p) =>
    `option inconnue « ${s(p, 'value')} » pour « ${s(p, 'field')} »${p.label ? ' : c’est le libellé d’une option, la réponse s’écrit avec son identifiant' : ''}${possible(p, 'options possibles :')}`,
  'wrong-type': (p) => {
    return `la valeur doit être ${typeName(p, 'expected')}, pas ${typeName(p, 'found')}${typeHint(p)}`;
  },
  'too-small': (p) => `la valeur doit être supérieure ou égale à ${s(p, 'limit')}`,
  'too-large': (p) => `la valeur doit être inférieure ou égale à ${s(p, 'limit')}`,
  'empty-text': () => 'le texte est vide ; écrivez-le ou supprimez la clé',
  'duplicate-item': (p) => `« ${s(p, 'value')} » figure deux fois dans la liste`,
  'bad-date': (p) =>
    `date invalide « ${s(p, 'value')} » ; écrivez-la au format AAAA-MM-JJ${p.iso ? ` : ${s(p, 'iso')}` : ', par exemple 2024-06-30'}`,
  'bad-partial-date': (p) =>
    `date invalide « ${s(p, 'value')} » ; écrivez une année (2019), un mois (2019-03) ou un jour (2019-03-04)${p.iso ? ` : ${s(p, 'iso')}` : ''}`,
  'bad-url': (p) =>
    `adresse web invalide « ${s(p, 'value')} » ; écrivez-la en entier${p.fixed ? ` : ${s(p, 'fixed')}` : ', par exemple https://www.exemple.fr'}`,
  'missing-image': (p) => `image introuvable « ${s(p, 'value')} » ; le chemin se lit depuis le dossier du fichier d’évaluation (${s(p, 'folder')})`,
  'placeholder-name': (p) =>
    `« ${s(p, 'value')} » est le texte qu’impact init met à la place du nom ; écrivez le nom du lieu évalué (il titre le rapport)`,
  'bad-version': (p) => `version de format non prise en charge : ${s(p, 'value')} (impact lit la version ${s(p, 'expected')})`,
  'output-is-input': (p) => `le rapport « ${s(p, 'output')} » écraserait un fichier d’entrée ; choisissez un autre --out-dir`,
  'compare-different-sites': (p) =>
    `« ${s(p, 'before')} » et « ${s(p, 'after')} » ne désignent pas le même lieu (${s(p, 'why') === 'identifiant' ? 'leurs lieu.identifiant diffèrent' : 'ni même lieu.identifiant, ni même nom et commune'}) ; comparez deux évaluations du même lieu, donnez-leur le même lieu.identifiant, ou ajoutez --force`,
  'compare-output-is-input': (p) => `la comparaison « ${s(p, 'output')} » écraserait une évaluation ; choisissez un autre --out-dir`,
  'summary-output-is-input': (p) => `le portefeuille « ${s(p, 'output')} » écraserait une évaluation ; choisissez un autre nom avec -o`,
  'output-collision': (p) => `« ${s(p, 'other')} » écrit aussi « ${s(p, 'output')} » ; construisez-les dans des dossiers distincts`,
  'output-exists': () => 'le fichier existe déjà ; impact init ne l’écrase pas : choisissez un autre nom, ou ajoutez --force pour le remplacer',
  'not-a-pdf': () => 'ce fichier n’est pas un PDF ; donnez le rapport PDF qu’impact build a écrit',
  'unreadable-pdf': (p) => `${PDF_REASONS[s(p, 'reason')] ?? 'structure du PDF illisible'}${p.offset === undefined ? '' : ` (octet ${s(p, 'offset')})`}`,
  'no-embedded-source': () => 'ce PDF ne porte pas d’évaluation ; seul un rapport construit avec impact build --embed-source en porte une',
  'extract-output-is-input': (p) => `« ${s(p, 'output')} » est le PDF lui-même : impact extract ne l’écrase pas ; choisissez un autre nom avec -o`,
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
    `fichier trop gros : ${p.size === undefined ? 'plus de ' : `${size(p, 'size')} pour `}${size(p, 'limit')}${p.size === undefined ? '' : ' au plus'} ; une police ou un logo en fait bien moins`,
  'template-error': (p) => `erreur de modèle : ${TEMPLATE_PROBLEMS[s(p, 'problem')]?.(p) ?? s(p, 'detail')}`,
  'file-too-large': (p) =>
    `fichier trop gros : ${p.size === undefined ? 'plus de ' : `${size(p, 'size')} pour `}${size(p, 'limit')}${p.size === undefined ? '' : ' au plus'} ; une évaluation tient en quelques kilo-octets (limite : IMPACT_MAX_BYTES)`,
  'too-deep': (p) => `imbrication trop profonde (plus de ${s(p, 'limit')} niveaux) ; une évaluation en a 5 (limite : IMPACT_MAX_DEPTH)`,
  'too-many-aliases': (p) => `plus de ${s(p, 'limit')} alias YAML (*nom) : refusé, pour ne pas épuiser la mémoire (limite : IMPACT_MAX_ALIASES)`,
  'too-much-text': (p) =>
    `trop de texte : l’évaluation passe ici ${count(p, 'limit', 'fr')} caractères de texte en tout ; une évaluation en compte quelques milliers (limite : IMPACT_MAX_TEXT)`,
  'too-many-texts': (p) => `trop de textes : l’évaluation passe ici ${count(p, 'limit', 'fr')} textes (les éléments des listes comptés) ; une évaluation en compte quelques dizaines (limite : IMPACT_MAX_TEXTS)`,
  'too-many-values': (p) => `trop de valeurs : l’évaluation passe ici ${count(p, 'limit', 'fr')} clés et valeurs ; une évaluation en compte quelques centaines (limite : ${s(p, 'per')} × IMPACT_MAX_TEXTS + ${count(p, 'base', 'fr')})`,
  'unanswered-criterion': (p) => `critère non renseigné : « ${s(p, 'criterion')} » (${s(p, 'label')})`,
  'unanswered-field': (p) => `champ non renseigné : « ${s(p, 'field')} » dans « ${s(p, 'criterion')} »`,
  'inapplicable-field': (p) =>
    `« ${s(p, 'field')} » ne s’applique que si « ${s(p, 'on')} » vaut ${items(p, 'allowed').join(' ou ')}, et il vaut ici « ${s(p, 'value')} » : retirez ce champ ou revoyez « ${s(p, 'on')} » (le rapport l’imprime tel quel)`,
  'inapplicable-after-zero': (p) =>
    `« ${s(p, 'field')} » ne s’applique que si « ${s(p, 'on')} » vaut au moins 1, et il vaut ici 0 : retirez ce champ ou revoyez « ${s(p, 'on')} » (le rapport l’imprime tel quel)`,
  'bare-text': (p) =>
    `« ${s(p, 'value')} » ne dit pas ce qui a été observé : décrivez-le en quelques mots (un fait, un exemple) ; tel quel, il est imprimé mais ne compte pas`,
  'free-item-like-option': (p) =>
    `« ${s(p, 'value')} » n’est pas une option de « ${s(p, 'field')} » : il sera imprimé comme un texte libre${possible(p, 'options :')}`,
  'described-only': (p) =>
    `la famille « ${s(p, 'family')} » n’est décrite qu’en mots : aucune intensité n’est calculée ; cochez les choix qui s’appliquent, ou donnez l’intensité retenue par le comité (intensite: { valeur: ${MIN_INTENSITY} à ${MAX_SCORE}, justification: "…" })`,
  'missing-glyph': (p) =>
    `la police du PDF n’a pas de caractère pour ${s(p, 'characters')} (${items(p, 'codes').join(', ')}) : il apparaîtra comme un carré ; le Markdown et le JSON le gardent`,
  'import-unknown-column': (p) => `la colonne ${s(p, 'column')} « ${s(p, 'header')} » ne correspond à aucun champ de la grille : elle n’est pas importée ; nommez-la par son chemin (effets_individuels.lien_social.publics) ou par le libellé du critère puis du champ (impact init --format csv les écrit tous)`,
  'import-ambiguous-column': (p) => `la colonne ${s(p, 'column')} « ${s(p, 'header')} » peut désigner ${items(p, 'candidates').join(', ')} : elle n’est pas importée ; faites précéder le libellé du champ de celui de son critère, ou écrivez le chemin`,
  'import-duplicate-column': (p) => `la colonne ${s(p, 'column')} « ${s(p, 'header')} » remplit « ${s(p, 'path')} », comme la colonne ${s(p, 'other')} : elle n’est pas importée ; gardez-en une seule`,
  'import-unknown-choice': (p) => `« ${s(p, 'value')} »${cellAt(p)} n’est aucune option de « ${s(p, 'field')} » : ce choix n’est pas importé${possible(p, 'options possibles :')}`,
  'import-not-a-count': (p) => `« ${s(p, 'value')} »${cellAt(p)} n’est pas un nombre entier positif ou nul : il n’est pas importé ; écrivez le nombre seul, par exemple 12`,
  'import-member-without-name': (p) => `« ${s(p, 'value')} »${cellAt(p)} n’a pas de nom : ce membre n’est pas importé ; écrivez chaque membre « Nom (rôle) », séparés par « ; » ou un retour à la ligne`,
  'import-not-a-partial-date': (p) => `« ${s(p, 'value')} »${cellAt(p)} n’est pas une date : elle n’est pas importée ; écrivez une année (2019), un mois (2019-03 ou 03/2019) ou un jour (2019-03-04 ou 04/03/2019)`,
  'import-not-a-date': (p) => `« ${s(p, 'value')} »${cellAt(p)} n’est pas une date : elle n’est pas importée ; écrivez-la 2024-06-30 ou 30/06/2024`,
  'import-several-choices': (p) => `« ${s(p, 'value')} »${cellAt(p)} donne plusieurs choix, et « ${s(p, 'field')} » n’en prend qu’un : rien n’est importé ; gardez le choix qui convient`,
  'import-not-a-tick': (p) => `« ${s(p, 'value')} »${cellAt(p)} ne dit ni oui ni non pour l’option « ${s(p, 'option')} » : elle n’est pas importée ; écrivez oui, 1 ou x pour la cocher, laissez vide sinon`,
  'import-no-name': () => 'cette ligne n’a pas de nom de lieu : elle n’est pas importée ; écrivez le nom du lieu dans la colonne « Nom du lieu »',
  'import-no-name-column': () => 'aucune colonne ne donne le nom du lieu : rien n’est importé ; ajoutez une colonne « Nom du lieu » (ou lieu.nom)',
  'import-same-name': (p) => `« ${s(p, 'other')} » écrit déjà « ${s(p, 'output')} » : ce lieu n’est pas importé ; donnez-leur des noms distincts, ou importez-les dans des dossiers distincts`,
  'import-output-exists': (p) => `« ${s(p, 'output')} » existe déjà : impact import ne l’écrase pas ; choisissez un autre --out-dir, ou ajoutez --force pour le remplacer`,
  'import-copied-text': (p) => `le texte de « ${s(p, 'field')} » reprend celui de « ${s(p, 'from')} » (un défaut connu des fichiers de la plateforme) : il n’est pas importé une seconde fois ; écrivez la réponse propre à ce critère dans le fichier importé`,
  'import-unreadable-table': (p) => `le tableau ne peut pas être lu (${tableReason(p)}) : rien n’est importé ; enregistrez-le de nouveau en CSV UTF-8 ou en XLSX`,
  'import-unknown-format': () => 'impact import lit les exports de formulaires (.csv, .tsv, .txt, .xlsx) et les fiches de la plateforme Commune Mesure (.json) : ce fichier n’est pas importé',
  'import-not-a-place': () => 'ce JSON n’est pas une fiche de lieu de la plateforme Commune Mesure (storage/app/places/*.json : name, address, blocs) : rien n’est importé',
  'import-empty-table': () => 'le tableau n’a pas de ligne de réponses sous ses en-têtes : rien n’est importé',
  'import-repeated-text': (p) => `le texte de « ${s(p, 'field')} » est, mot pour mot, celui du lieu « ${s(p, 'other')} » (${s(p, 'source')}) : il est importé, mais vérifiez que ce lieu l’a bien écrit pour lui-même`,
} satisfies Readonly<Record<string, Message>>;

export const diagnostics = {
  messages,
  severity: { error: 'erreur', warning: 'avertissement' },
  /** "2 erreurs, 1 avertissement": the line after the diagnostics. */
  severities: { error: { one: 'erreur', other: 'erreurs' }, warning: { one: 'avertissement', other: 'avertissements' } },
  /** Standard input, as compilers name it. */
  stdin: '<entrée standard>',
  didYouMean: (suggestion: string) => `vouliez-vous dire « ${suggestion} » ?`,
};
