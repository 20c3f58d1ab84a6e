/**
 * The words of `impact compare` in French: its report's (`{{mot "key"}}` in
 * templates/comparaison*.hbs, joined to report.ts in the language's index) and its --help.
 */
import { BAREME } from '../../grid/bareme.js';

const plus = (n: number): string => '+'.repeat(n);

export const comparison = {
  comparaison_titre: 'Évolution',
  comparaison_commune: 'Commune',
  comparaison_avant: 'Avant',
  comparaison_apres: 'Après',
  evaluee_le: 'évaluation du',
  correspondance_identifiant: 'Les deux évaluations portent le même identifiant de lieu.',
  correspondance_nom_commune: 'Les deux évaluations portent le même nom de lieu et la même commune.',
  correspondance_forcee:
    'Ces deux évaluations n’ont ni le même identifiant de lieu, ni le même nom et la même commune : elles sont comparées à la demande des évaluateur·rice·s.',
  comparaison_ensemble: 'Vue d’ensemble',
  comparaison_evolution: 'Évolution',
  comparaison_chiffres: 'D’une évaluation à l’autre :',
  criteres_en_hausse: 'Critères en hausse',
  criteres_en_baisse: 'Critères en baisse',
  criteres_seulement_avant: 'Critères renseignés seulement avant',
  criteres_seulement_apres: 'Critères renseignés seulement après',
  observations_ajoutees: 'Observations ajoutées',
  observations_retirees: 'Observations retirées',
  negatifs_apparus: 'Nouveaux constats négatifs',
  negatifs_resolus: 'Constats négatifs qui ne sont plus relevés',
  textes_reecrits: 'Textes réécrits',
  aucun_changement: 'Les deux évaluations donnent les mêmes réponses : rien n’a changé.',
  comparaison_cle: `« Avant » : la première évaluation ; « après » : la seconde. Les points d’un critère vont de 0 à ${BAREME.maximum}, l’intensité d’une famille de ${plus(BAREME.intensite_minimum)} à ${plus(BAREME.maximum)}. Les observations sont les réponses à choix ; les constats négatifs sont comptés à part.`,
  en_hausse: 'en hausse',
  en_baisse: 'en baisse',
  stable: 'stable',
  autre_statut: 'même intensité, autre constat',
  famille_ajoutee: 'famille ajoutée',
  famille_retiree: 'famille retirée',
  critere_inchange: 'Sans changement',
  criteres_inchanges: 'Sans changement',
  jamais_renseigne: 'Non renseigné dans les deux évaluations',
  jamais_renseignes: 'Non renseignés dans les deux évaluations',
  seulement_avant: 'Renseigné seulement dans la première évaluation :',
  seulement_apres: 'Renseigné seulement dans la seconde évaluation :',
  decrit_non_note: 'décrit, non noté',
  point_un: 'point',
  point_plusieurs: 'points',
  en_plus: 'en plus :',
  en_moins: 'en moins :',
  sans_reponse: 'sans réponse',
  texte_reecrit: 'texte réécrit.',
  texte_ajoute: 'texte ajouté :',
  texte_retire: 'texte retiré, qui disait :',
  ouvre_citation: '« ',
  ferme_citation: ' »',
  negatif_apparu: 'Nouveau constat négatif',
  negatif_resolu: 'Constat négatif qui n’est plus relevé',
  evolution_lieux: 'Évolution des lieux évalués plusieurs fois',
  criteres_hausse_baisse: 'Critères en hausse / en baisse',
  negatifs_apparus_resolus: 'Constats négatifs nouveaux / plus relevés',
  cle_evolution:
    'Un lieu est reconnu d’une évaluation à l’autre par son identifiant, sinon par son nom et sa commune ; ses évaluations sont rangées par période. Chaque case donne l’intensité de la famille à chaque évaluation, de la première à la dernière ; les critères et les constats négatifs comparent la première évaluation et la dernière.',
  constat_negatif: 'Constat négatif',
};

export const compareHelp = {
  /** The names of the two files in the usage line: `<avant> <après>`. */
  names: { before: 'avant', after: 'après' },
  description: 'compare deux évaluations d’un même lieu : ce qui a changé, famille par famille et critère par critère (<seconde>-comparaison.pdf et .md)',
  before: 'la première évaluation (YAML)',
  after: 'la seconde évaluation (YAML)',
  outDir: 'écrit la comparaison dans ce dossier plutôt qu’à côté de la seconde évaluation',
  force: 'compare même deux fichiers qui ne désignent pas le même lieu (ni même identifiant, ni même nom et commune)',
  lang: 'langue de la comparaison et des messages',
};
