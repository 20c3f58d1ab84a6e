/** The HTML report's own words in French: its table of contents, and the captions of the tables a role gives no heading of their own. */
export const html = {
  sommaire: 'Sommaire',
  tableau_synthese: 'Intensité de chaque famille d’effets',
  tableau_avis_comite: 'Intensité retenue par le comité et intensité calculée',
  tableau_legende: 'Les critères de la carte par numéro, famille par famille',
};
