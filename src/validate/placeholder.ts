/**
 * A file still holding the text `impact init` writes in place of an answer: the site's name
 * (« Nom du lieu »), the one answer the skeleton fills in, so that the file is valid at once.
 * Valid, but a report titled « Nom du lieu » is not what anyone meant to send.
 */
import { formatPath, warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import { SITE_FIELDS } from '../grid/grid.js';
import { locate } from '../load/locate.js';
import type { Loaded } from '../load/load.js';
import { normalise } from '../text/suggest.js';

export function placeholderWarnings(loaded: Loaded): Diagnostic[] {
  const lieu = loaded.data.lieu as Record<string, unknown> | undefined;
  return SITE_FIELDS.filter((field) => field.required && field.kind === 'text').flatMap((field) => {
    const value = lieu?.[field.id];
    if (typeof value !== 'string' || ![field.label.fr, field.label.en].some((label) => normalise(label) === normalise(value))) return [];
    const path = ['lieu', field.id];
    return [warning(loaded.file, locate(loaded, path), 'placeholder-name', { value }, { path: formatPath(path) })];
  });
}
