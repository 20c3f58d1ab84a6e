/** What `impact init` writes in French: the instructions around the grid, whose own words are the grid's. */
import type { Applicability, FieldKind, Lang } from '../../grid/types.js';
import { MAX_SCORE, MIN_INTENSITY } from '../../grid/rubric.js';

interface SkeletonWords {
  /** The file's opening comment; `commands` aligns the commands to run on it beside what each does. */
  readonly header: (commands: (validates: string, builds: string) => readonly string[], stem: string) => readonly string[];
  /** The colon after a field's notes, in a YAML comment. */
  readonly colon: string;
  readonly kind: Readonly<Record<FieldKind, string>>;
  readonly open: string;
  readonly applies: (rule: Applicability) => string;
  readonly required: string;
  readonly negative: string;
  readonly allNegative: string;
  readonly date: string;
  readonly version: string;
  readonly site: string;
  readonly replaceName: (placeholder: string) => string;
  readonly language: string;
  readonly languages: Readonly<Record<Lang, string>>;
  readonly keywords: string;
  readonly intensity: string;
  readonly intensityValue: string;
  readonly intensityReason: string;
  readonly optionalFamily: string;
  /** What the file says beside the grid (src/skeleton/sections.ts). */
  readonly context: {
    readonly description: string;
    readonly evaluation: string;
    readonly committee: string;
    /** `label`: the grid's label of the members' list. */
    readonly members: (label: string) => string;
    readonly conclusions: string;
    readonly conclusionsNote: string;
  };
}

export const skeleton: SkeletonWords = {
  context: {
    description: 'Ce qu’est le lieu, pour la première page du rapport (facultatif) ; l’image est un chemin relatif à ce fichier :',
    evaluation: 'Facultatif : qui a demandé l’évaluation, pourquoi, quand, auprès de qui et comment les réponses ont été recueillies.',
    committee: 'Facultatif : quand le comité d’évaluation a validé le rapport, et qui le compose.',
    members: (label) => `${label} (une liste ; chaque membre sur deux lignes, « - nom: Claire Morel » puis « role: présidente ») :`,
    conclusions: 'Conclusions et recommandations',
    conclusionsNote: 'Facultatif : ce que l’évaluation conclut, et ce qu’elle recommande, une recommandation par texte.',
  },
  colon: ' :',
  header: (commands, stem) => [
    'Évaluation des effets sociaux et urbains d’un tiers-lieu',
    '(grille de l’atelier Approche.s ! reprise par Commune Mesure)',
    '',
    'Ce fichier, créé par « impact init », contient toute la grille : chaque famille d’effets,',
    'chaque critère avec sa question, chaque champ avec ses réponses possibles en commentaire.',
    'Rien n’est encore renseigné : tant qu’un critère reste vide, le rapport le dit « non renseigné ».',
    '',
    'Pour le remplir :',
    '  1. Remplacez « Nom du lieu » par le nom du lieu évalué, puis complétez les autres informations.',
    '  2. Listes : écrivez entre les crochets les identifiants choisis (à gauche du tiret « — »),',
    '     séparés par des virgules :      publics: [benevoles, voisins]',
    '  3. Lignes en commentaire, comme « # frequence: quotidienne » : retirez le « # » et l’espace',
    '     qui le suit (Ctrl+/ dans la plupart des éditeurs), puis écrivez votre réponse :',
    '                                     frequence: hebdomadaire',
    '  4. Textes libres : entre guillemets, surtout s’ils contiennent « : » ou « # » :',
    '                                     exemple: "atelier de réparation de vélos"',
    '  5. « autres » accueille les observations qu’aucune option ne décrit :',
    '                                     autres: ["une observation", "une autre"]',
    '',
    'Laissez vide ce qui n’a pas été observé. Les options marquées « observation négative » sont',
    'rapportées telles quelles et ne font jamais monter le score. Les clés et les identifiants font',
    'partie du format : ne les traduisez pas, ne les modifiez pas. Indentez avec des espaces, jamais',
    'avec des tabulations.',
    '',
    'Ensuite :',
    ...commands('vérifie le fichier : erreurs, puis ce qui reste à renseigner', `écrit le rapport (${stem}.pdf et ${stem}.md)`),
    '',
    'Un éditeur qui lit la première ligne (VS Code avec l’extension YAML, par exemple) propose les',
    'identifiants et signale les erreurs pendant la saisie.',
  ],
  kind: {
    single: 'un seul choix',
    multi: 'plusieurs choix possibles',
    count: 'un nombre entier',
    texts: 'une liste de textes libres',
    text: 'un texte libre',
    date: 'une date au format AAAA-MM-JJ',
    'partial-date': 'une année (AAAA), un mois (AAAA-MM) ou un jour (AAAA-MM-JJ)',
    url: 'une adresse web complète, https://…',
    file: 'le chemin d’une image PNG ou JPEG, relatif à ce fichier',
  },
  open: 'ou vos propres textes',
  applies: (rule) =>
    'nonZero' in rule ? `sauf si ${rule.field} vaut 0` : `seulement si ${rule.field} vaut ${rule.options.join(' ou ')}`,
  required: 'obligatoire',
  negative: 'observation négative',
  allNegative: 'toutes des observations négatives',
  date: 'AAAA-MM-JJ',
  version: 'Version du format : toujours 1, ne la changez pas.',
  site: 'Le lieu évalué',
  replaceName: (placeholder) => `remplacez « ${placeholder} » par le nom du lieu évalué`,
  language: 'Langue du rapport (un seul choix ; l’option --lang de « impact build » l’emporte) :',
  languages: { fr: 'français', en: 'anglais' },
  keywords: 'Mots-clés de la famille, imprimés sous son intensité (une liste de textes libres) :',
  intensity:
    'Intensité retenue par le comité d’évaluation (facultatif) : elle prime sur le score calculé, et le rapport montre les deux.',
  intensityValue: `de ${MIN_INTENSITY} (+) à ${MAX_SCORE} (${'+'.repeat(MAX_SCORE)})`,
  intensityReason: 'obligatoire : pourquoi le comité retient cette intensité',
  optionalFamily:
    'Famille facultative : le rapport ne l’imprime que si elle figure dans ce fichier ; supprimez-la si le lieu ne participe à aucun projet urbain.',
};
