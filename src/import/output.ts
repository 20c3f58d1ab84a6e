/**
 * Where each imported site is written, and the writing: a file named from the site's name,
 * never over an existing file without --force, never twice in one import, validated as
 * `impact validate` would before it is written, written whole or not at all.
 */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { NO_POSITION, error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../grid/types.js';
import { parseSource } from '../load/load.js';
import { validate } from '../validate/validate.js';
import { writeAtomic } from '../write/atomic.js';
import { wordsOf } from '../words/words.js';
import { exists } from '../write/exists.js';
import type { ImportedSite } from './site.js';
import { evaluationYaml } from './yaml.js';

/** `La Maison Montreau` → `la-maison-montreau`: letters and digits, accents dropped, the rest dashes. */
export function fileStem(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export function outputPath(site: ImportedSite, outDir: string | undefined): string {
  const stem = fileStem(site.name) || `${basename(site.source).replace(/\.[^.]*$/, '')}-${site.row}`;
  return join(outDir ?? dirname(site.source), `${stem}.yaml`);
}

export interface Written {
  readonly written: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

export const siteAt = (site: ImportedSite) => ({ line: site.row, column: site.column });

/** Writes `site` to `output` (its folder made), with what validation says of the file. */
export async function writeSite(site: ImportedSite, output: string, schema: string, options: { force?: boolean; lang: Lang }): Promise<Written> {
  if (!options.force && (await exists(output))) {
    return { written: false, diagnostics: [error(site.source, siteAt(site), 'import-output-exists', { output })] };
  }
  const text = evaluationYaml(site.answers, schema, wordsOf(options.lang).imports.note(basename(site.source), site.row));
  const parsed = parseSource(output, new TextEncoder().encode(text));
  const diagnostics = parsed.ok ? validate(parsed.loaded) : parsed.diagnostics;
  if (diagnostics.some((d) => d.severity === 'error')) return { written: false, diagnostics };
  try {
    await mkdir(dirname(output), { recursive: true });
    await writeAtomic(output, text);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    return { written: false, diagnostics: [error(output, NO_POSITION, 'write-failed', { output, reason })] };
  }
  return { written: true, diagnostics };
}
