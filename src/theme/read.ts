/**
 * A theme file (`--theme theme.yaml`): the PDF's colours, fonts and logo, checked like an
 * evaluation — every error with its line and column — and its paths resolved from its folder.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { byPosition, error, formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FontName } from './fonts.js';
import { DEFAULT_THEME, type Palette, type Theme } from './theme.js';
import { THEME_SCHEMA_FILE } from '../runtime/paths.js';
import { validate } from '../validate/validate.js';
import { loadFile, type Loaded } from '../load/load.js';
import { locate, type DataPath } from '../load/locate.js';

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

const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];
/** Web fonts compressed with Brotli, which impact does not decompress (see scripts/bundle.mjs). */
const WOFF2 = [0x77, 0x4f, 0x46, 0x32];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** A TrueType or OpenType font fontkit opens. */
async function isFont(bytes: Uint8Array): Promise<boolean> {
  if (startsWith(bytes, WOFF2)) return false;
  const fontkit = await import('fontkit');
  try {
    fontkit.create(Buffer.from(bytes));
    return true;
  } catch {
    return false;
  }
}

/** The files a theme names must exist and be what they claim: TrueType or OpenType fonts, PNG or JPEG images. */
async function checkFiles(loaded: Loaded, data: ThemeFile): Promise<Diagnostic[]> {
  const base = dirname(loaded.file);
  const problems: Diagnostic[] = [];
  const fail = (path: DataPath, code: Diagnostic['code'], params: Diagnostic['params']) =>
    problems.push(error(loaded.file, locate(loaded, path), code, params, { path: formatPath(path) }));
  const fonts = data.polices && typeof data.polices === 'object' ? Object.entries(data.polices) : [];
  const entries: [DataPath, unknown, 'font' | 'image'][] = [
    ...fonts.map(([key, file]): [DataPath, unknown, 'font'] => [['polices', key], file, 'font']),
    [['logo'], data.logo, 'image'],
  ];
  for (const [path, file, kind] of entries) {
    if (typeof file !== 'string' || file === '') continue;
    let bytes: Uint8Array;
    try {
      bytes = await readFile(resolve(base, file));
    } catch (e) {
      fail(path, 'file-unreadable', { reason: (e as NodeJS.ErrnoException).code ?? 'EIO' });
      continue;
    }
    if (kind === 'image' && !startsWith(bytes, PNG) && !startsWith(bytes, JPEG)) fail(path, 'bad-image', { value: file });
    if (kind === 'font' && !(await isFont(bytes))) fail(path, 'bad-font', { value: file });
  }
  return problems;
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
