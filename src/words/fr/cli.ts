/** What the command line says in French: usage errors, batches, watching, `impact score`. */
import { NBSP, NNBSP, frenchSpacing } from '../../text/typography.js';
import { count, plural } from '../plural.js';

const meant = (suggestion?: string): string => (suggestion ? ` ; vouliez-vous dire « ${suggestion} » ?` : '');
const evaluations = (n: number): string => count('fr', n, { one: 'évaluation', other: 'évaluations' });

export const cli = {
  /** The messages of the command line's own checks, and of those commander makes. */
  usage: {
    unknownFormat: (item: string, allowed: string, near?: string) => `« ${item} » n’est pas un format connu (${allowed})${meant(near)}`,
    noFormat: (allowed: string) => `indiquez au moins un format (${allowed})`,
    notPositive: (value: string) => `« ${value} » n’est pas un nombre entier positif`,
    notShard: (value: string) => `« ${value} » n’est pas une part i/n avec 1 ≤ i ≤ n, par exemple 2/4`,
    notFolder: () => `« - » n’est pas un dossier : --out-dir nomme le dossier où écrire ; pour la sortie standard, lisez l’évaluation sur l’entrée standard (impact build - --format pdf < site.yaml > site.pdf)`,
    unknownOption: (flag: string, near?: string) => `option inconnue « ${flag} »${meant(near)}`,
    unknownCommand: (name: string, near?: string) => `commande inconnue « ${name} »${meant(near)}`,
    missingArgument: (name: string) => `il manque l’argument « ${name} »`,
    missingValue: (flags: string) => `l’option « ${flags} » attend une valeur`,
    tooManyArguments: (command: string | undefined, expected: number, got: number) =>
      `trop d’arguments${command ? ` pour « ${command} »` : ''} (${count('fr', expected, { one: 'attendu', other: 'attendus' })}, ${count('fr', got, { one: 'donné', other: 'donnés' })})`,
    notAChoice: (value: string, flags: string, choices: string, near?: string) =>
      `« ${value} » n’est pas une valeur de l’option « ${flags} » (valeurs possibles : ${choices})${meant(near)}`,
    invalidValue: (flags: string, why: string) => `option « ${flags} » : ${why}`,
    embedSourceWithoutPdf: (asked: string) => `--embed-source joint l’évaluation au PDF, qui n’est pas demandé (--format ${asked}) ; ajoutez pdf aux formats`,
    error: (message: string) => frenchSpacing(`erreur : ${message}`),
  },
  /** Why `impact build -` cannot write its report on standard output as asked. */
  stdinConflicts: {
    formats: (asked: string) =>
      `« - » (l’entrée standard) : son rapport s’écrit sur la sortie standard, qui ne peut en tenir qu’un ; choisissez un seul format avec --format (pdf, md ou json), pas ${asked}`,
    outDir:
      '« - » (l’entrée standard) : son rapport s’écrit sur la sortie standard, --out-dir ne peut pas lui donner de nom ; redirigez la sortie : impact build - --format pdf > site.pdf',
    check: '« - » (l’entrée standard) : --check n’a aucun rapport à comparer ; construisez un fichier nommé',
    watch: '« - » (l’entrée standard) : --watch n’a aucun fichier à surveiller ; nommez le fichier',
    json: '« - » (l’entrée standard) : son rapport et --reporter json se disputeraient la sortie standard ; gardez le rapport texte',
    terminal: '« - » (l’entrée standard) : un PDF ne s’écrit pas dans un terminal ; redirigez la sortie : impact build - --format pdf > site.pdf',
  },
  batch: {
    missing: 'absent',
    outdated: 'périmé',
    summary: (n: number, parts: string[]) => `${evaluations(n)}${NBSP}: ${parts.join(', ')}`,
    built: (n: number) => count('fr', n, { one: 'construite', other: 'construites' }),
    valid: (n: number) => count('fr', n, { one: 'valide', other: 'valides' }),
    current: (n: number) => `${n} à jour`,
    'up-to-date': (n: number) => `${n} déjà à jour`,
    stale: (n: number) => `${n} à reconstruire`,
    failed: (n: number) => `${n} en échec`,
    emptyFolders: (n: number) => `${count('fr', n, { one: 'dossier', other: 'dossiers' })} sans évaluation`,
    isValid: (file: string) => `${file}${NBSP}: valide`,
    isUpToDate: (file: string) => `${file}${NBSP}: déjà à jour`,
    failedFiles: (files: string[]) => `En échec${NBSP}: ${files.join(', ')}`,
    none: 'aucune évaluation à traiter',
    stdout: '<sortie standard>',
    interrupted: (left: number) =>
      frenchSpacing(`Interrompu : les rapports terminés sont en place ; ${evaluations(left)} non ${plural('fr', left, { one: 'traitée', other: 'traitées' })}.`),
  },
  watch: {
    watching: (names: string) => `Surveillance de ${names} (Ctrl-C pour arrêter)…`,
    changed: (names: string) => `Modifié${NBSP}: ${names}`,
    stopped: 'Surveillance arrêtée.',
    gone: (folder: string) => `Dossier supprimé${NBSP}: ${folder}${NNBSP}; la surveillance reprendra quand il reviendra.`,
    back: (folder: string) => `Dossier revenu${NBSP}: ${folder}${NNBSP}; la surveillance reprend.`,
  },
  /** Before the stack of a bug in impact. */
  internalError: 'impact : erreur interne — c’est un bogue d’impact, merci de le signaler.',
  /** `impact score`: a family's 0, said as what it is. */
  zero: { 'not-assessed': 'non évalué', described: 'effets décrits, non notés', 'no-positive-effect': 'aucun effet positif' },
};
