/**
 * The files a theme names, checked when it is read, so that a broken one is a theme error at its
 * line and never a crash while typesetting: read and their headers checked as every font and
 * image an input names is (src/media/read.ts), then fonts and images tried by pdfkit (trials.ts),
 * a WOFF2 font failing there (impact does not decompress them, see scripts/bundle.mjs).
 */
import { imageProblem, MAX_FILE_BYTES, readBounded, type FileKind, type FileProblem } from '../media/read.js';
import type { TrialRequest } from './trial.js';
import { tryFiles } from './trials.js';

export type ThemeFileKind = FileKind;

export interface ThemeFile {
  readonly kind: ThemeFileKind;
  /** Resolved from the theme's folder. */
  readonly path: string;
  /** As the theme writes it, for messages. */
  readonly written: string;
}

/** What is wrong with each file, in order (none for a file that is fine). */
export async function fileProblems(files: readonly ThemeFile[]): Promise<(FileProblem | undefined)[]> {
  const problems: (FileProblem | undefined)[] = [];
  const trials: { index: number; request: TrialRequest }[] = [];
  for (const [index, { kind, path, written }] of files.entries()) {
    const bytes = await readBounded(path, MAX_FILE_BYTES[kind]);
    const problem = !(bytes instanceof Uint8Array) ? bytes : kind === 'image' ? imageProblem(bytes, written) : undefined;
    problems.push(problem);
    if (!problem && bytes instanceof Uint8Array) trials.push({ index, request: { kind, bytes } });
  }
  const passed = await tryFiles(trials.map((t) => t.request));
  trials.forEach(({ index }, i) => {
    const { kind, written } = files[index] as ThemeFile;
    if (!passed[i]) problems[index] = { code: kind === 'font' ? 'bad-font' : 'bad-image', params: { value: written } };
  });
  return problems;
}
