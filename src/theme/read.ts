/**
 * A theme file (`--theme theme.yaml`): the PDF's colours, fonts and logo, checked like an
 * evaluation — every error with its line and column — its paths resolved from its folder, and
 * the files they name checked (files.ts).
 */
import { dirname, resolve } from 'node:path';
import { byPosition, error, formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadFile, type Loaded } from '../load/load.js';
import { locate, type DataPath } from '../load/locate.js';
import { THEME_SCHEMA_FILE } from '../runtime/paths.js';
import { validate } from '../validate/validate.js';
import { fileProblems, type ThemeFileKind } from './files.js';
import type { FontName } from './fonts.js';
import { DEFAULT_THEME, type Palette, type Theme } from './theme.js';

interface ThemeFile {
  couleurs?: { marque?: string; sur_marque?: string; texte?: string; discret?: string; filets?: string; familles?: string[] };
  polices?: Partial<Record<'normale' | 'italique' | 'demi_grasse' | 'grasse' | 'grasse_italique', string>>;
  logo?: string;
}

const FONT_KEYS: Record<keyof NonNullable<ThemeFile['polices']>, FontName> = {
  normale: 'regular',
  italique: 'italic',
  demi_grasse: 'semibold',
  grasse: 'bold',
  grasse_italique: 'boldItalic',
};

export type ThemeResult = { ok: true; theme: Theme } | { ok: false; diagnostics: Diagnostic[] };

/**
 * The files a theme names must be what they claim, TrueType or OpenType fonts and PNG or JPEG
 * images that pdfkit sets: what is wrong with each, at its place in the theme.
 */
async function checkFiles(loaded: Loaded, data: ThemeFile): Promise<Diagnostic[]> {
  const base = dirname(loaded.file);
  const fonts = data.polices && typeof data.polices === 'object' ? Object.entries(data.polices) : [];
  const named: [DataPath, unknown, ThemeFileKind][] = [
    ...fonts.map(([key, file]): [DataPath, unknown, 'font'] => [['polices', key], file, 'font']),
    [['logo'], data.logo, 'image'],
  ];
  const files = named.flatMap(([at, file, kind]) => (typeof file === 'string' && file !== '' ? [{ at, kind, path: resolve(base, file), written: file }] : []));
  const problems = await fileProblems(files);
  return files.flatMap(({ at }, i) => {
    const problem = problems[i];
    return problem ? [error(loaded.file, locate(loaded, at), problem.code, problem.params, { path: formatPath(at) })] : [];
  });
}

export async function loadTheme(file: string): Promise<ThemeResult> {
  const result = await loadFile(file);
  if (!result.ok) return result;
  const data = result.loaded.data as ThemeFile;
  const diagnostics = [...validate(result.loaded, THEME_SCHEMA_FILE), ...(await checkFiles(result.loaded, data))].sort(byPosition);
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const base = dirname(file);
  const colours = data.couleurs ?? {};
  const palette: Palette = {
    brand: colours.marque ?? DEFAULT_THEME.palette.brand,
    onBrand: colours.sur_marque ?? DEFAULT_THEME.palette.onBrand,
    ink: colours.texte ?? DEFAULT_THEME.palette.ink,
    muted: colours.discret ?? DEFAULT_THEME.palette.muted,
    rule: colours.filets ?? DEFAULT_THEME.palette.rule,
    families: colours.familles ?? DEFAULT_THEME.palette.families,
  };
  const fonts = { ...DEFAULT_THEME.fonts };
  for (const [key, path] of Object.entries(data.polices ?? {})) fonts[FONT_KEYS[key as keyof typeof FONT_KEYS]] = resolve(base, path);
  return { ok: true, theme: { palette, fonts, ...(data.logo ? { logo: resolve(base, data.logo) } : {}) } };
}
