/**
 * Which file each template and words file of a document comes from, by its name (its path
 * without the extension: `famille`, `criteres/sante`, `pdf`): impact's shared layouts
 * (templates/*.hbs), overridden by its files for the language (templates/<lang>/: the criteria,
 * whose grammar differs), then by `--templates DIR`, then by DIR/<lang>/ for that language only.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGS, type Lang } from '../grid/types.js';
import { TEMPLATES_DIR } from '../runtime/paths.js';

/** Files under `dir` with the extension `ext`, by their path without it (`criteres/sante`), the language folders left out when asked. */
function filesIn(dir: string, ext: string, skipLanguages = false): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(ext)) continue;
    const name = relative(dir, join(entry.parentPath, entry.name)).replace(/\\/g, '/').slice(0, -ext.length);
    if (!skipLanguages || !LANGS.some((lang) => name.startsWith(`${lang}/`))) files.set(name, join(entry.parentPath, entry.name));
  }
  return files;
}

/** impact's own files for a document in `lang`: the shared ones, then the language's. */
export function builtInSources(lang: Lang, ext = '.hbs'): Map<string, string> {
  return new Map([...filesIn(TEMPLATES_DIR, ext, true), ...filesIn(join(TEMPLATES_DIR, lang), ext)]);
}

/** The files of a document in `lang`: the built-in ones, overridden by name by those of `custom` and of `custom/<lang>/`. */
export function templateSources(lang: Lang, custom: string | undefined, ext = '.hbs'): Map<string, string> {
  const files = builtInSources(lang, ext);
  if (custom) {
    for (const [name, path] of filesIn(custom, ext, true)) files.set(name, path);
    for (const [name, path] of filesIn(join(custom, lang), ext)) files.set(name, path);
  }
  return files;
}
