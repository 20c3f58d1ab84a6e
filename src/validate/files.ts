/**
 * The files an evaluation names (the site's logo or photo, `lieu.image`): they must be there,
 * relative to the evaluation file's folder, and be PNG or JPEG images, since the PDF draws them.
 * A value that is not a path is the schema's to report.
 */
import { constants } from 'node:fs';
import { open, readdir, realpath } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { STDIN, error, formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import { SITE_DESCRIPTION } from '../grid/context.js';
import { locate } from '../load/locate.js';
import type { Loaded } from '../load/load.js';
import { suggest } from '../text/suggest.js';

const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];

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

/**
 * The first bytes of `path`, or why they cannot be read. Opened without waiting (a pipe with no
 * writer would block forever) and read only when it is a regular file, never a device.
 */
async function head(path: string): Promise<Uint8Array | NodeJS.ErrnoException> {
  try {
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return Object.assign(new Error(path), { code: stats.isDirectory() ? 'EISDIR' : 'NOT_A_FILE' });
      const bytes = new Uint8Array(4);
      await handle.read(bytes, 0, 4, 0);
      return bytes;
    } finally {
      await handle.close();
    }
  } catch (e) {
    return e as NodeJS.ErrnoException;
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
    const bytes = await head(target);
    if (bytes instanceof Uint8Array) {
      const image = [PNG, JPEG].some((magic) => magic.every((b, i) => bytes[i] === b));
      if (!image) problems.push(error(loaded.file, locate(loaded, path), 'bad-image', { value: written }, where));
    } else if (bytes.code === 'ENOENT' || bytes.code === 'ENOTDIR') {
      const near = await nearName(target);
      const suggestion = near === undefined ? undefined : written.replace(/[^/\\]*$/, basename(near));
      problems.push(error(loaded.file, locate(loaded, path), 'missing-image', { value: written, folder: shownBase }, { ...where, suggestion }));
    } else {
      problems.push(error(loaded.file, locate(loaded, path), 'file-unreadable', { reason: bytes.code ?? 'EIO' }, where));
    }
  }
  return problems;
}
