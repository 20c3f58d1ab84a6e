/**
 * The files an evaluation names (the site's logo or photo, `lieu.image`): they must be there,
 * relative to the evaluation file's folder, and be PNG or JPEG images whose header holds a picture
 * of a sensible size, read as a theme's logo is (src/media/read.ts), since the PDF draws them.
 * A value that is not a path is the schema's to report.
 */
import { readdir, realpath } from 'node:fs/promises';
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
async function baseFolder(file: string): Promise<string> {
  if (file === STDIN) return process.cwd();
  try {
    return dirname(await realpath(file));
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

export async function fileProblems(loaded: Loaded): Promise<Diagnostic[]> {
  const lieu = loaded.data.lieu as Record<string, unknown> | undefined;
  const base = await baseFolder(loaded.file);
  const shownBase = `${relative(process.cwd(), base) || '.'}/`;
  const problems: Diagnostic[] = [];
  for (const field of SITE_DESCRIPTION.filter((f) => f.kind === 'file')) {
    const written = lieu?.[field.id];
    if (typeof written !== 'string' || written.trim() === '') continue;
    const path = ['lieu', field.id];
    const where = { path: formatPath(path) };
    const target = resolve(base, written);
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
