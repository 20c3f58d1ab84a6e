/**
 * The files an evaluation names (the site's logo or photo, `lieu.image`): they must be there,
 * relative to the evaluation file's folder, and be PNG or JPEG images whose header holds a picture
 * of a sensible size, read as a theme's logo is (src/media/read.ts), since the PDF draws them.
 * A value that is not a path is the schema's to report.
 */
import { realpathSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { STDIN, error, formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import { SITE_DESCRIPTION } from '../grid/context.js';
import { locate } from '../load/locate.js';
import { imageProblem, MAX_FILE_BYTES, readBounded } from '../media/read.js';
import type { Loaded } from '../load/load.js';
import { suggest } from '../text/suggest.js';

/**
 * The folder paths are read from: the evaluation's own, a link followed (the image sits beside
 * the file, wherever a link to it is), or the working folder for standard input.
 */
export function baseFolder(file: string): string {
  if (file === STDIN) return process.cwd();
  try {
    return dirname(realpathSync(file));
  } catch {
    return dirname(resolve(file));
  }
}

/** A file of the same folder whose name is nearly the one written (`Logo.PNG`, `logo.jpeg`). */
async function nearName(path: string): Promise<string | undefined> {
  try {
    const near = suggest(basename(path), await readdir(dirname(path)));
    return near === undefined ? undefined : resolve(dirname(path), near);
  } catch {
    return undefined;
  }
}

/** Each file the evaluation names: the field, the path as written, and the file it names. */
async function named(loaded: Loaded): Promise<{ id: string; written: string; target: string }[]> {
  const lieu = loaded.data.lieu as Record<string, unknown> | undefined;
  const base = baseFolder(loaded.file);
  return SITE_DESCRIPTION.filter((f) => f.kind === 'file').flatMap(({ id }) => {
    const written = lieu?.[id];
    return typeof written === 'string' && written.trim() !== '' ? [{ id, written, target: resolve(base, written) }] : [];
  });
}

/** The files an evaluation names, which its reports draw: what an incremental build must see change. */
export const namedFiles = async (loaded: Loaded): Promise<string[]> => (await named(loaded)).map(({ target }) => target);

export async function fileProblems(loaded: Loaded): Promise<Diagnostic[]> {
  const shownBase = `${relative(process.cwd(), baseFolder(loaded.file)) || '.'}/`;
  const problems: Diagnostic[] = [];
  for (const { id, written, target } of await named(loaded)) {
    const path = ['lieu', id];
    const where = { path: formatPath(path) };
    const bytes = await readBounded(target, MAX_FILE_BYTES.image);
    const reason = bytes instanceof Uint8Array ? undefined : bytes.code === 'file-unreadable' ? String(bytes.params.reason) : undefined;
    if (reason === 'ENOENT' || reason === 'ENOTDIR') {
      const near = await nearName(target);
      const suggestion = near === undefined ? undefined : written.replace(/[^/\\]*$/, basename(near));
      problems.push(error(loaded.file, locate(loaded, path), 'missing-image', { value: written, folder: shownBase }, { ...where, suggestion }));
      continue;
    }
    const problem = bytes instanceof Uint8Array ? imageProblem(bytes, written) : bytes;
    if (problem) problems.push(error(loaded.file, locate(loaded, path), problem.code, problem.params, where));
  }
  return problems;
}
