/** Reports appear whole or not at all: written beside their place, then renamed into it. */
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { clearLeftOvers, temporaryFor } from './temporary.js';

export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await clearLeftOvers(dirname(path));
  const temporary = temporaryFor(path);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
}
