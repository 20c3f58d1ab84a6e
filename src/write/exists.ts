/** Whether a path is taken, before writing a new file there: a dangling link is there too. */
import { lstat } from 'node:fs/promises';

export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}
