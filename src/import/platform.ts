/**
 * A place file of the Commune Mesure platform (storage/app/places/*.json in its repository; the
 * format of docs/exemple_lieu.json, the questionnaire's fields in storage/app/places/schema.json):
 * its social-impact answers to their criteria, its name and town to `lieu`.
 */
import { NO_POSITION, error, warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import { targets, type Target } from './columns.js';
import { normalise } from './match.js';
import { placeDetails } from './place-details.js';
import { setAnswer, type Imported, type LeftOut, type Tree } from './site.js';
import { readCell, type Cell } from './values.js';

/** Each answer of the platform's questionnaire (`blocs.impact_social.donnees`) and the field it fills. */
export const QUESTIONNAIRE: Readonly<Record<string, string>> = {
  lien_social: 'lien_social.exemple',
  impact_social_public: 'lien_social.publics',
  impact_social_occasion: 'lien_social.occasions',
  impact_social_frequence: 'lien_social.frequence',
  sante_bien_être: 'sante.exemple',
  sante_effet: 'sante.effets',
  insertion_professionnelle: 'insertion_professionnelle.exemple',
  insertion_professionnelle_nb_personnes: 'insertion_professionnelle.beneficiaires',
  insertion_professionnelle_effets: 'insertion_professionnelle.effets',
  capacite_agir: 'capacite_agir.exemple',
  capacite_agir_nombre: 'capacite_agir.nouveaux_projets',
  capacite_agir_porte: 'capacite_agir.portes_par',
  solidarite: 'solidarite.exemple',
  solidarite_type: 'solidarite.types',
  solidarite_public: 'solidarite.entre',
  reseaux: 'reseau_de_personnes.exemple',
  reseaux_type: 'reseau_de_personnes.types',
  reseaux_public: 'reseau_de_personnes.entre',
  appartenance_exclusion: 'inclusion_exclusion.exemple',
  appartenance_exclusion_public: 'inclusion_exclusion.constat',
  appartenance_exclusion_type: 'inclusion_exclusion.publics_exclus',
  egalite_homme_femme: 'egalite_femmes_hommes.exemple',
  egalite_homme_femme_gestion: 'egalite_femmes_hommes.equipe',
  egalite_homme_femme_dirigeants: 'egalite_femmes_hommes.dirigeants',
  egalite_homme_femme_occupants: 'egalite_femmes_hommes.occupants',
  egalite_homme_femme_public: 'egalite_femmes_hommes.publics',
  cadre_de_vie: 'cadre_de_vie.exemple',
  cadre_de_vie_image: 'cadre_de_vie.image',
  cadre_de_vie_type: 'cadre_de_vie.evolutions',
  entretien_des_espaces: 'entretien_des_espaces.exemple',
  entretien_des_espaces_effets: 'entretien_des_espaces.effets',
  entretien_des_espaces_effets_positif_type: 'entretien_des_espaces.positifs',
  entretien_des_espaces_effets_positif_example: 'entretien_des_espaces.exemple_positif',
  entretien_des_espaces_effets_negatif_type: 'entretien_des_espaces.negatifs',
  entretien_des_espaces_effets_negatif_example: 'entretien_des_espaces.exemple_negatif',
  services_publics: 'services_publics.exemple',
  services_publics_gestion: 'services_publics.gestion_urbaine',
  services_publics_besoin_urgent: 'services_publics.besoins_urgents',
  innovation_publique: 'innovation_publique.exemple',
  innovation_publique_effet: 'innovation_publique.effet',
  innovation_publique_type: 'innovation_publique.pratiques',
  mots_cles_effets_individuels: 'effets_individuels.mots_cles',
  mots_cles_effets_collectifs: 'effets_collectifs.mots_cles',
  mots_cles_effets_territoriaux: 'effets_territoriaux.mots_cles',
};

/** The platform rates each family from 1 to 5; the grid's intensity goes from 1 to 4 and needs the committee's reasons. */
const INTENSITIES = /^intensite_effets_/;

/**
 * Where `capacite_agir` holds solidarity's answer: the 2020 questionnaire filed the solidarity
 * answer under both (Plateau-Urbain/Commune-Mesure 20d5e82 fixed the mapping), so the text is
 * solidarity's own, or a restatement of its question.
 */
const SOLIDARITY_QUESTION = normalise('des échanges, dons ou mutualisations entre personnes');

function copiesSolidarity(answers: Readonly<Record<string, unknown>>): boolean {
  const capacity = typeof answers.capacite_agir === 'string' ? normalise(answers.capacite_agir) : '';
  const solidarity = typeof answers.solidarite === 'string' ? normalise(answers.solidarite) : '';
  return capacity !== '' && (capacity === solidarity || capacity.includes(SOLIDARITY_QUESTION));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A target by its path without the family (`lien_social.publics`) or, for keywords, with it. */
function targetOf(path: string): Target | undefined {
  return targets().find((t) => t.path.join('.') === path || t.path.slice(1).join('.') === path);
}

const asCell = (value: unknown): Cell => (Array.isArray(value) ? value.map(String).join('\n') : (value as Cell));

/**
 * What the file holds beyond the questionnaire and what `lieu` took (`taken`): the platform's
 * data panorama, a bloc whole when nothing of it was taken, else each of its keys left.
 */
function panorama(place: Record<string, unknown>, taken: readonly string[]): string[] {
  const blocs = Object.entries(isObject(place.blocs) ? place.blocs : {})
    .filter(([k]) => k !== 'impact_social')
    .flatMap(([k, bloc]) => {
      const prefix = `blocs.${k}.donnees`;
      if (!taken.some((t) => t.startsWith(`${prefix}.`))) return [`blocs.${k}`];
      const keys = isObject(bloc) && isObject(bloc.donnees) ? Object.keys(bloc.donnees) : [];
      return keys.map((key) => `${prefix}.${key}`).filter((path) => !taken.includes(path));
    });
  const top = Object.keys(place).filter((k) => !['name', 'address', 'blocs', 'creator', 'publish'].includes(k));
  const address = isObject(place.address) ? Object.keys(place.address).filter((k) => k !== 'city').map((k) => `address.${k}`) : [];
  return [...top, ...address.filter((path) => !taken.includes(path)), ...blocs];
}

export function importPlace(file: string, place: unknown): Imported {
  if (!isObject(place) || typeof place.name !== 'string' || !isObject(place.blocs)) {
    return { sites: [], diagnostics: [error(file, NO_POSITION, 'import-not-a-place')], leftOut: [] };
  }
  const diagnostics: Diagnostic[] = [];
  const answers: Tree = { lieu: { nom: place.name.trim() }, langue: 'fr' };
  const city = isObject(place.address) ? place.address.city : undefined;
  if (typeof city === 'string' && city.trim() !== '') setAnswer(answers, ['lieu', 'commune'], city.trim());
  const site = placeDetails(place);
  for (const [id, value] of Object.entries(site.details)) setAnswer(answers, ['lieu', id], value);
  for (const { path, ...refusal } of site.refusals) {
    diagnostics.push(error(file, NO_POSITION, refusal.code, { ...refusal.params, header: path, column: '' }, { path, suggestion: refusal.suggestion }));
  }
  const social = isObject(place.blocs.impact_social) && isObject(place.blocs.impact_social.donnees) ? place.blocs.impact_social.donnees : {};
  const copied = copiesSolidarity(social);
  const unmapped: string[] = [];
  const intensities: string[] = [];
  for (const [key, value] of Object.entries(social)) {
    const where = `blocs.impact_social.donnees.${key}`;
    const target = QUESTIONNAIRE[key] === undefined ? undefined : targetOf(QUESTIONNAIRE[key]);
    if (INTENSITIES.test(key)) {
      if (value !== '' && value !== null) intensities.push(key);
    } else if (!target) {
      unmapped.push(key);
    } else if (key === 'capacite_agir' && copied) {
      diagnostics.push(warning(file, NO_POSITION, 'import-copied-text', { field: 'capacite_agir', from: 'solidarite' }, { path: where }));
    } else {
      const read = readCell(target.field, asCell(value));
      for (const refusal of read.refusals) {
        diagnostics.push(error(file, NO_POSITION, refusal.code, { ...refusal.params, header: key, column: '' }, { path: where, suggestion: refusal.suggestion }));
      }
      if (read.value !== undefined) setAnswer(answers, target.path, read.value);
    }
  }
  const leftOut: LeftOut[] = [
    { source: file, what: panorama(place, site.taken), why: 'no-field' as const },
    { source: file, what: unmapped, why: 'no-field' as const },
    { source: file, what: intensities, why: 'other-scale' as const },
    { source: file, what: isObject(place.creator) ? ['creator'] : [], why: 'account' as const },
  ].filter((l) => l.what.length > 0);
  return { sites: [{ source: file, row: 0, column: 0, name: place.name.trim(), answers }], diagnostics, leftOut };
}
