/** What `--help` says in French: every command, argument and option, and commander's own words. */
export const descriptions = {
  /** The names of values in the usage lines: `--out-dir <dossier>`, `<fichiers...>`. */
  values: { files: 'fichiers', file: 'fichier', folder: 'dossier', lang: 'langue', name: 'nom', formats: 'formats', command: 'commande', separator: 'séparateur', format: 'format' },
  program: 'Compile l’évaluation des effets sociaux et urbains d’un tiers-lieu (YAML) en rapport.',
  exitCodes:
    'Codes de sortie : 0 réussite ; 1 fichier invalide ou écriture impossible ; 2 mauvaise utilisation ; 70 bogue d’impact ; 130 interrompu (Ctrl-C).',
  evaluations: 'évaluations YAML, ou dossiers où les chercher (*.yaml, *.yml) ; « - » lit l’entrée standard',
  lang: 'langue du rapport et des messages',
  langDefault: 'celle du fichier, sinon fr',
  formats: (formats: string) => `formats séparés par des virgules : ${formats}`,
  templates: 'modèles qui remplacent ceux d’impact, fichier par fichier (voir docs/templates.md)',
  theme: 'thème du PDF : couleurs, polices, logo ; le HTML en prend les couleurs (voir docs/templates.md)',
  reporter: 'sortie pour les humains (text) ou les machines (json)',
  quiet: 'n’affiche que les erreurs',
  build: {
    description: 'valide chaque évaluation et écrit son rapport (site.yaml → site.pdf et site.md)',
    outDir: 'écrit les rapports dans ce dossier (en gardant les sous-dossiers) plutôt qu’à côté des évaluations',
    jobs: 'évaluations traitées en parallèle',
    jobsDefault: 'le nombre de cœurs',
    check: 'n’écrit rien : échoue en listant les rapports absents ou périmés (sans rien recalculer quand le manifeste dit à jour)',
    force:
      'reconstruit chaque rapport, même à jour : sans elle, un rapport n’est refait que si l’évaluation, les images qu’elle nomme, impact, les modèles, le thème, la langue, les formats ou --embed-source ont changé, ou si le rapport a été modifié (voir docs/ci.md)',
    shard: 'ne traite que la i-ème de n parts du lot (CI en parallèle)',
    watch: 'reconstruit à chaque enregistrement de l’évaluation, des modèles, du thème ou de ses polices et logo',
    embedSource:
      'joint au PDF l’évaluation YAML telle quelle (impact extract la relit) ; ses commentaires partent avec elle : n’y laissez pas les notes privées des évaluateur·rice·s',
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
  extract: {
    description: 'écrit l’évaluation YAML que porte un rapport construit avec impact build --embed-source, octet pour octet',
    file: 'rapport PDF',
    output: 'écrit l’évaluation dans ce fichier plutôt que sur la sortie standard',
    lang: 'langue des messages',
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
};

/** The words commander puts in every help: its headings, its notes after a description, its own options. */
export const help = {
  /** commander's headings, by the English it passes to `Help.styleTitle`. */
  titles: {
    'Usage:': 'Utilisation :',
    'Arguments:': 'Arguments :',
    'Options:': 'Options :',
    'Commands:': 'Commandes :',
    'Global Options:': 'Options globales :',
  },
  options: '[options]',
  command: '[commande]',
  defaultIs: (value: string) => `par défaut : ${value}`,
  choices: (values: string) => `valeurs : ${values}`,
  help: 'affiche l’aide',
  helpCommand: 'help [commande]',
  helpCommandDescription: 'affiche l’aide d’une commande',
  version: 'affiche la version',
  examples: 'Exemples :',
};
