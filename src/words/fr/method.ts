/**
 * The page on the method and its limits, and the annex's headings, in French (templates/annexe.hbs):
 * the numbers are the rubric's (src/grid/bareme.ts), never written by hand.
 */
import { BAREME } from '../../grid/bareme.js';

const plus = (n: number): string => '+'.repeat(n);
const b = BAREME;

export const method = {
  methode_titre: 'Méthode et limites',
  methode_grille:
    'Cette évaluation suit la grille Approche.s !, celle que la plateforme Commune Mesure (Plateau Urbain) propose aux tiers-lieux pour décrire leurs effets sociaux et urbains : effets individuels, effets collectifs, effets sur le quartier et le territoire, et parfois effets sur le projet urbain. Pour chaque critère, une question ouverte et des réponses à cocher.',
  methode_declaratif:
    'Les réponses sont déclaratives : ce sont les personnes du lieu qui les donnent, d’après ce qu’elles ont observé. Elles ne sont ni des mesures ni un audit. Le rapport les cite telles qu’elles ont été données ; le comité d’évaluation les relit et peut retenir une autre intensité que celle calculée, en le justifiant.',
  methode_sources: 'Les réponses de cette évaluation viennent de :',
  methode_recueil: 'Méthode de recueil :',
  methode_calcul_titre: 'Comment les intensités sont calculées',
  methode_calcul_intro: `Chaque critère reçoit de 0 à ${b.maximum} points, d’après ses réponses :`,
  methode_reponse: 'Réponse',
  methode_liste: 'Chaque réponse cochée qui constate un effet positif',
  methode_liste_points: `${b.points_option} point, au plus ${b.plafond_liste} points par question`,
  methode_choix: 'Une réponse choisie parmi plusieurs',
  methode_choix_points: `selon ce qu’elle constate, de 0 à ${b.choix_maximum} points`,
  methode_nombre: 'Un nombre : personnes accompagnées, nouveaux projets',
  methode_nombre_points: `${b.nombre_des_un} point dès le premier ; ${b.nombre_au_seuil} points à partir de ${b.seuil_beneficiaires} personnes ou de ${b.seuil_projets} projets`,
  methode_pratiques: 'De nouvelles pratiques (innovation publique)',
  methode_pratiques_points: `${b.pratiques} point, quel que soit leur nombre`,
  methode_egalite: 'Égalité femmes/hommes',
  methode_egalite_points: `${b.points_option} point par groupe où il y a autant de femmes que d’hommes ; un déséquilibre ne compte pas`,
  methode_redigee: 'Une réponse rédigée qui décrit un effet positif constaté',
  methode_redigee_points: `${b.exemple} point de plus ; « oui » ou « non » seul ne compte pas`,
  methode_negatif: 'Un constat négatif : exclusion, surcharge, espaces non entretenus…',
  methode_negatif_points: 'aucun point : il est rapporté tel quel, sans rien retirer',
  methode_en_mots: 'Une réponse en mots seulement, sans case cochée ni nombre',
  methode_en_mots_points: 'aucun point : l’effet est décrit, pas noté',
  methode_plafonds: `Sans réponse rédigée ni chiffre, un critère s’arrête à ${b.plafond_sans_preuve} points : la note la plus haute demande un fait que l’on peut vérifier. Aucun critère ne dépasse ${b.maximum} points.`,
  methode_familles: `L’intensité d’une famille vient de ses deux meilleurs critères : leur moyenne, arrondie à l’entier inférieur, va de ${plus(b.intensite_minimum)} à ${plus(b.maximum)}, et vaut au moins ${plus(b.intensite_minimum)} dès qu’un effet positif est observé. Deux critères à ${b.maximum} et ${b.maximum - 1} points donnent ainsi ${plus(b.maximum - 1)}. Une famille dont les effets ne sont décrits qu’en mots n’a pas d’intensité calculée (« effets décrits, non notés ») : le comité d’évaluation peut en retenir une. Une famille dont aucun critère n’est renseigné n’est pas évaluée.`,
  methode_limites_titre: 'Ce que la méthode ne dit pas',
  methode_limites_intro: 'Les intensités se lisent avec ces limites :',
  methode_limite_declare: 'un effet que personne n’a observé, ou que personne n’a noté, n’apparaît pas ;',
  methode_limite_ampleur: 'les points disent qu’un effet a été observé, pas combien de personnes il touche ni depuis quand ;',
  methode_limite_deux: 'deux critères suffisent à l’intensité d’une famille : les autres peuvent rester sans réponse ;',
  methode_limite_negatif: 'un constat négatif ne retire aucun point : il se lit à côté de l’intensité, dans les pages des familles ;',
  methode_limite_comparer: 'comparer deux lieux demande des évaluations menées de la même façon, sur des périodes comparables.',
  annexe_titre: 'Annexe : le détail des points',
  annexe_intro: 'Pour chaque famille, ce que vaut chaque critère et ce qui le lui vaut ; puis ce qui n’a pas été renseigné.',
  annexe_intro_rien: 'Aucun critère n’est renseigné : il n’y a pas de points à détailler, seulement ce qui reste à renseigner.',
  annexe_non_renseigne: 'Ce qui n’a pas été renseigné',
  annexe_sans_reponse: 'Critères sans réponse',
  annexe_a_completer: 'Réponses à compléter',
  annexe_tous_les_criteres: 'tous ses critères',
  annexe_rien: '—',
};
