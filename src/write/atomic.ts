/** Reports appear whole or not at all: written beside their place, then renamed into it. */
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsPath } from '../load/file-names.js';
import { clearLeftOvers, temporaryFor } from './temporary.js';

export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await clearLeftOvers(dirname(path));
  const temporary = temporaryFor(path);
  try {
    await writeFile(fsPath(temporary), content, { flag: 'wx' });
    await rename(fsPath(temporary), fsPath(path));
  } catch (e) {
    await rm(fsPath(temporary), { force: true });
    throw e;
  }
}
