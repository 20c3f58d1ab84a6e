/** What `--help` says of every command, argument and option, in each language. */
import type { Lang } from '../grid/types.js';

const EVALUATIONS = {
  fr: 'évaluations YAML, ou dossiers où les chercher (*.yaml, *.yml) ; « - » lit l’entrée standard',
  en: 'YAML evaluations, or folders to search for them (*.yaml, *.yml); “-” reads standard input',
};

export const DESCRIPTIONS = {
  fr: {
    /** The names of values in the usage lines: `--out-dir <dossier>`, `<fichiers...>`. */
    values: { files: 'fichiers', file: 'fichier', folder: 'dossier', lang: 'langue', name: 'nom', formats: 'formats', command: 'commande', separator: 'séparateur', format: 'format' },
    program: 'Compile l’évaluation des effets sociaux et urbains d’un tiers-lieu (YAML) en rapport.',
    exitCodes:
      'Codes de sortie : 0 réussite ; 1 fichier invalide ou écriture impossible ; 2 mauvaise utilisation ; 70 bogue d’impact ; 130 interrompu (Ctrl-C).',
    evaluations: EVALUATIONS.fr,
    lang: 'langue du rapport et des messages',
    langDefault: 'celle du fichier, sinon fr',
    formats: (formats: string) => `formats séparés par des virgules : ${formats}`,
    templates: 'modèles qui remplacent ceux d’impact, fichier par fichier (voir docs/templates.md)',
    theme: 'thème du PDF : couleurs, polices, logo (voir docs/templates.md)',
    reporter: 'sortie pour les humains (text) ou les machines (json)',
    quiet: 'n’affiche que les erreurs',
    build: {
      description: 'valide chaque évaluation et écrit son rapport (site.yaml → site.pdf et site.md)',
      outDir: 'écrit les rapports dans ce dossier (en gardant les sous-dossiers) plutôt qu’à côté des évaluations',
      jobs: 'évaluations traitées en parallèle',
      jobsDefault: 'le nombre de cœurs',
      check: 'n’écrit rien : échoue en listant les rapports absents ou périmés',
      shard: 'ne traite que la i-ème de n parts du lot (CI en parallèle)',
      watch: 'reconstruit à chaque enregistrement de l’évaluation, des modèles, du thème ou de ses polices et logo',
    },
    validate: {
      description: 'vérifie des évaluations sans rien écrire et liste ce qui n’est pas renseigné (code 0 si valides, 1 sinon)',
      strict: 'les critères et champs non renseignés deviennent des erreurs',
    },
    score: {
      description: 'affiche les scores de chaque critère et famille, avec leurs raisons',
      file: 'évaluation YAML (« - » : l’entrée standard)',
      json: 'écrit les scores en JSON, chaque famille et critère avec son statut (un 0 : not-assessed, described ou no-positive-effect)',
    },
    schema: {
      description: 'écrit le schéma JSON des évaluations, pour les éditeurs',
      out: 'écrit le schéma dans ce fichier plutôt que sur la sortie standard',
    },
    init: {
      description: 'écrit une évaluation à remplir : toute la grille, ses questions et ses options en commentaires',
      file: (yaml: string, csv: string) => `évaluation YAML à créer (par défaut : ${yaml}), ou formulaire CSV avec --format csv (${csv})`,
      force: 'remplace le fichier s’il existe déjà',
      lang: 'langue des commentaires et des messages',
      format: 'yaml : l’évaluation à remplir ; csv : la ligne d’en-têtes que lit impact import, options comprises',
    },
    import: {
      description:
        'écrit une évaluation YAML par lieu depuis les fiches de la plateforme Commune Mesure (.json) ou un export de formulaire (.csv, .xlsx)',
      files: 'fiches de lieu (.json), exports de formulaire ou tableurs (.csv, .tsv, .txt, .xlsx)',
      outDir: 'écrit les évaluations dans ce dossier plutôt qu’à côté de chaque fichier importé',
      force: 'remplace les évaluations qui existent déjà',
      lang: 'langue des messages et du commentaire en tête des fichiers',
    },
    summary: {
      description: 'un portefeuille qui compare les lieux : intensités, carte des critères, totaux, ce qui manque (portefeuille.pdf et .md)',
      output: 'nom des fichiers écrits, sans extension : chaque format ajoute la sienne',
      lang: 'langue du portefeuille et des messages',
      csvSeparator: 'séparateur des champs du CSV (par défaut : « ; » avec --lang fr, « , » avec --lang en)',
    },
  },
  en: {
    values: { files: 'files', file: 'file', folder: 'folder', lang: 'lang', name: 'name', formats: 'formats', command: 'command', separator: 'separator', format: 'format' },
    program: 'Compiles the evaluation of the social and urban effects of a third place (YAML) into a report.',
    exitCodes: 'Exit codes: 0 success; 1 invalid file or cannot write; 2 wrong usage; 70 bug in impact; 130 interrupted (Ctrl-C).',
    evaluations: EVALUATIONS.en,
    lang: 'language of the report and of the messages',
    langDefault: 'the file’s, else fr',
    formats: (formats: string) => `comma-separated formats: ${formats}`,
    templates: 'templates that replace impact’s, file by file (see docs/templates.md)',
    theme: 'the PDF’s theme: colours, fonts, logo (see docs/templates.md)',
    reporter: 'output for people (text) or for machines (json)',
    quiet: 'show errors only',
    build: {
      description: 'checks each evaluation and writes its report (site.yaml → site.pdf and site.md)',
      outDir: 'write the reports in this folder (keeping the sub-folders) instead of next to the evaluations',
      jobs: 'evaluations processed in parallel',
      jobsDefault: 'the number of cores',
      check: 'write nothing: fail, listing the reports that are missing or out of date',
      shard: 'process only the i-th of n parts of the batch (parallel CI)',
      watch: 'rebuild on every save of the evaluation, the templates, the theme or its fonts and logo',
    },
    validate: {
      description: 'checks evaluations without writing anything and lists what is not answered (exit 0 if valid, 1 otherwise)',
      strict: 'criteria and fields not answered become errors',
    },
    score: {
      description: 'prints the score of every criterion and family, with their reasons',
      file: 'YAML evaluation (“-”: standard input)',
      json: 'write the scores as JSON, each family and criterion with its status (a 0: not-assessed, described or no-positive-effect)',
    },
    schema: {
      description: 'writes the JSON Schema of evaluations, for editors',
      out: 'write the schema to this file instead of standard output',
    },
    init: {
      description: 'writes an evaluation to fill in: the whole grid, its questions and options as comments',
      file: (yaml: string, csv: string) => `YAML evaluation to create (default: ${yaml}), or CSV form with --format csv (${csv})`,
      force: 'replace the file if it already exists',
      lang: 'language of the comments and messages',
      format: 'yaml: the evaluation to fill in; csv: the header row that impact import reads, options included',
    },
    import: {
      description: 'writes one YAML evaluation per site from the Commune Mesure platform’s place files (.json) or a form export (.csv, .xlsx)',
      files: 'place files (.json), form exports or spreadsheets (.csv, .tsv, .txt, .xlsx)',
      outDir: 'write the evaluations in this folder instead of next to each imported file',
      force: 'replace the evaluations that already exist',
      lang: 'language of the messages and of the comment at the top of the files',
    },
    summary: {
      description: 'a portfolio comparing the sites: intensities, heat map of the criteria, totals, what is missing (portefeuille.pdf and .md)',
      output: 'name of the files written, without extension: each format adds its own',
      lang: 'language of the portfolio and of the messages',
      csvSeparator: 'separator between the CSV’s fields (default: “;” with --lang fr, “,” with --lang en)',
    },
  },
} as const satisfies Record<Lang, unknown>;

export type Descriptions = (typeof DESCRIPTIONS)[Lang];
