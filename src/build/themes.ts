/** The themes a run reads (`--theme`), each once per process: every file of a batch uses the same. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadTheme } from '../load/theme.js';
import type { Theme } from '../render/pdf/theme.js';

const themes = new Map<string, Promise<Theme | Diagnostic[]>>();

/** The theme, read once per process; its errors when it is broken. */
export function themeFor(path: string): Promise<Theme | Diagnostic[]> {
  let theme = themes.get(path);
  if (!theme) {
    theme = loadTheme(path).then((result) => (result.ok ? result.theme : result.diagnostics));
    themes.set(path, theme);
  }
  return theme;
}

/** After the theme file changed (watch mode). */
export function forgetThemes(): void {
  themes.clear();
}
