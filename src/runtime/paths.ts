/**
 * Files shipped with impact, found from its package folder: the nearest folder above this module
 * that holds package.json. It is two up from this module in src/ and dist/, one up from the
 * bundle (dist/impact.cjs, where every module has the bundle's own URL).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) {
    const up = dirname(folder);
    if (up === folder) throw new Error(`impact's package.json is not above ${fileURLToPath(import.meta.url)}`);
    folder = up;
  }
  return folder;
}

export const PACKAGE_ROOT = packageRoot();
export const SCHEMA_FILE = join(PACKAGE_ROOT, 'schemas', 'evaluation.schema.json');
export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
export const THEME_SCHEMA_FILE = join(PACKAGE_ROOT, 'schemas', 'theme.schema.json');
