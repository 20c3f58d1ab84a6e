/** Reports appear whole or not at all: written beside their place, then renamed into it. */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsPath } from '../load/file-names.js';

export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(fsPath(temporary), content, { flag: 'wx' });
    await rename(fsPath(temporary), fsPath(path));
  } catch (e) {
    await rm(fsPath(temporary), { force: true });
    throw e;
  }
}
