/**
 * What a place file of the platform says of the site that `lieu` has a field for (its data
 * panorama: blocs.presentation, blocs.accessibilite, address, reseaux_sociaux), and the keys it
 * came from, so that the rest is listed as left out.
 */
import { SITE_DESCRIPTION } from '../grid/context.js';
import type { Field } from '../grid/types.js';
import { readCell, type Cell, type Refusal } from './values.js';

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const field = (id: string): Field => SITE_DESCRIPTION.find((f) => f.id === id) as Field;
const donnees = (place: Data, bloc: string): Data => {
  const found = isObject(place.blocs) ? place.blocs[bloc] : undefined;
  return isObject(found) && isObject(found.donnees) ? found.donnees : {};
};

export interface PlaceDetails {
  /** `lieu`'s fields, by id. */
  readonly details: Data;
  /** Where each came from, as the left-out list names keys (`blocs.presentation.donnees.surface`). */
  readonly taken: readonly string[];
  readonly refusals: readonly (Refusal & { readonly path: string })[];
}

export function placeDetails(place: Data): PlaceDetails {
  const details: Data = {};
  const taken: string[] = [];
  const refusals: (Refusal & { path: string })[] = [];
  const take = (id: string, value: unknown, ...from: string[]) => {
    details[id] = value;
    taken.push(...from);
  };
  /** A value the grid's reader checks, as for a form's cell: a date, a count. */
  const read = (id: string, cell: unknown, from: string) => {
    const result = readCell(field(id), cell as Cell);
    refusals.push(...result.refusals.map((r) => ({ ...r, path: from })));
    if (result.value !== undefined) take(id, result.value, from);
  };

  const presentation = donnees(place, 'presentation');
  const idea = text(presentation.idee_fondatrice);
  if (idea !== '') take('description', idea, 'blocs.presentation.donnees.idee_fondatrice');

  const address = isObject(place.address) ? place.address : {};
  const street = text(address.address);
  if (street !== '') {
    const town = [text(address.postalcode), text(address.city)].filter((t) => t !== '').join(' ');
    take('adresse', town === '' ? street : `${street}, ${town}`, 'address.address', ...(text(address.postalcode) === '' ? [] : ['address.postalcode']));
  }
  if (presentation.date_ouverture !== undefined) read('date_ouverture', presentation.date_ouverture, 'blocs.presentation.donnees.date_ouverture');
  if (presentation.surface !== undefined) read('surface', presentation.surface, 'blocs.presentation.donnees.surface');

  const publics = donnees(place, 'accessibilite').publics;
  const welcomed = isObject(publics) ? Object.keys(publics).filter((k) => publics[k] === 1 || publics[k] === true) : [];
  if (welcomed.length > 0) take('publics', welcomed, 'blocs.accessibilite.donnees.publics');

  const networks = isObject(place.reseaux_sociaux) && Array.isArray(place.reseaux_sociaux.donnees) ? place.reseaux_sociaux.donnees : [];
  const web = networks.find((n): n is Data => isObject(n) && n.name === 'web' && text(n.link) !== '');
  if (web) take('site_web', text(web.link), 'reseaux_sociaux.web');
  return { details, taken, refusals };
}
