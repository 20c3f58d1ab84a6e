/** The themes a run reads (`--theme`), each once per process: every file of a batch uses the same. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { processCache } from '../runtime/caches.js';
import { loadTheme } from '../theme/read.js';
import type { Theme } from '../theme/theme.js';

const themes = processCache<string, Promise<Theme | Diagnostic[]>>('themes');

/** The theme, read once per process; its errors when it is broken. */
export function themeFor(path: string): Promise<Theme | Diagnostic[]> {
  let theme = themes.get(path);
  if (!theme) {
    theme = loadTheme(path).then((result) => (result.ok ? result.theme : result.diagnostics));
    themes.set(path, theme);
  }
  return theme;
}

/** The formats a theme changes: the PDF (colours, fonts, logo) and the HTML (colours). */
const THEMED = ['pdf', 'html'];

/** The theme `--theme` names when a themed format is among `formats` (none otherwise or without `--theme`), or its errors. */
export async function themeForFormats(path: string | undefined, formats: readonly string[]): Promise<Theme | undefined | Diagnostic[]> {
  return path !== undefined && formats.some((format) => THEMED.includes(format)) ? themeFor(path) : undefined;
}
