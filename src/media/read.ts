/**
 * The fonts and images an input names (a theme's, an evaluation's site photo), read safely: a
 * regular file only (a pipe or a device is refused without being read), refused by its size
 * before it is read, and an image's header decoded, so that a broken file is an error at the line
 * that names it and never a crash or an unbounded read while typesetting.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { DiagnosticCode, Params } from '../diagnostics/diagnostic.js';
import { imageHeader, MAX_IMAGE_SIDE, tooLarge } from './images.js';

export type FileKind = 'font' | 'image';

/** A font takes well under a megabyte, one with every CJK character some twenty; a logo a few hundred kilobytes. */
export const MAX_FILE_BYTES: Readonly<Record<FileKind, number>> = { font: 32 * 1024 * 1024, image: 16 * 1024 * 1024 };

export interface FileProblem {
  readonly code: DiagnosticCode;
  readonly params: Params;
}

/**
 * The file's bytes, or why they are not read: it cannot be opened, it is no regular file, or it
 * is larger than `limit`. Opened without waiting (a pipe with no writer opens at once), then
 * asked what it is; read up to one byte past the limit, should it grow meanwhile.
 */
export async function readBounded(path: string, limit: number): Promise<Uint8Array | FileProblem> {
  const unreadable = (reason: string): FileProblem => ({ code: 'file-unreadable', params: { reason } });
  const tooBig = (size?: number): FileProblem => ({ code: 'theme-file-too-large', params: { limit, ...(size === undefined ? {} : { size }) } });
  let file;
  try {
    file = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return unreadable((e as NodeJS.ErrnoException).code ?? 'EIO');
  }
  try {
    const stats = await file.stat();
    if (stats.isDirectory()) return unreadable('EISDIR');
    if (!stats.isFile()) return unreadable('NOT_A_FILE');
    if (stats.size > limit) return tooBig(stats.size);
    const bytes = Buffer.alloc(stats.size + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < bytes.length; length += read) {
      ({ bytesRead: read } = await file.read(bytes, length, bytes.length - length, length));
    }
    return length > limit ? tooBig() : bytes.subarray(0, length);
  } catch (e) {
    return unreadable((e as NodeJS.ErrnoException).code ?? 'EIO');
  } finally {
    await file.close();
  }
}

/** What an image's header says is wrong before any trial: no picture, or one too large to decode. A font is parsed by its trial only. */
export function imageProblem(bytes: Uint8Array, written: string): FileProblem | undefined {
  const header = imageHeader(bytes);
  if (!header) return { code: 'bad-image', params: { value: written } };
  if (tooLarge(header)) return { code: 'image-too-large', params: { value: written, width: header.width, height: header.height, limit: MAX_IMAGE_SIDE } };
  return undefined;
}

