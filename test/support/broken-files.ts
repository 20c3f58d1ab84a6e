/**
 * Broken fonts and files made at test time, from the bundled Source Sans 3 or from nothing, as
 * test/fixtures/hostile/themes/cases.json describes them (`make`): cut, with bytes changed, with
 * one table overwritten, or a special file (a pipe, a sparse 1 GiB file, a folder).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, ftruncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FONT_FILES } from '../../src/theme/fonts.js';

export interface Make {
  readonly file: string;
  readonly from?: 'regular';
  /** A fraction of the file (below 1), or a number of bytes, kept from its start. */
  readonly truncate?: number;
  /** Bytes changed at random places, to random values. */
  readonly change?: number;
  /** A table overwritten: with one byte repeated (`with`), or at random. */
  readonly overwrite?: string;
  readonly with?: number;
  readonly seed?: number;
  /** The file's text, for what is no font at all. */
  readonly bytes?: string;
  readonly special?: 'fifo' | 'sparse' | 'directory';
  readonly size?: number;
}

/** A small deterministic generator (mulberry32): the same seed, the same broken file. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where the table `tag` lies in a TrueType font, from its table directory. */
export function tableOf(font: Uint8Array, tag: string): { offset: number; length: number } {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  for (let i = 0; i < view.getUint16(4); i += 1) {
    const entry = 12 + 16 * i;
    if (Buffer.from(font.subarray(entry, entry + 4)).toString('latin1') === tag) return { offset: view.getUint32(entry + 8), length: view.getUint32(entry + 12) };
  }
  throw new Error(`no table ${tag}`);
}

export const sourceSans = (): Buffer => readFileSync(FONT_FILES.regular);

/** The bytes `make` describes, for a file made of bytes. */
export function brokenBytes(make: Make): Buffer {
  if (make.bytes !== undefined) return Buffer.from(make.bytes);
  const font = Buffer.from(sourceSans());
  const next = random(make.seed ?? 1);
  if (make.overwrite) {
    const { offset, length } = tableOf(font, make.overwrite);
    for (let i = offset; i < offset + length; i += 1) font[i] = make.with ?? Math.floor(next() * 256);
  }
  for (let i = 0; i < (make.change ?? 0); i += 1) font[Math.floor(next() * font.length)] = Math.floor(next() * 256);
  if (make.truncate === undefined) return font;
  return font.subarray(0, make.truncate < 1 ? Math.floor(font.length * make.truncate) : make.truncate);
}

/** Makes the file `make` describes, under `dir`. */
export function makeFile(dir: string, make: Make): void {
  const path = join(dir, make.file);
  mkdirSync(dirname(path), { recursive: true });
  if (make.special === 'directory') mkdirSync(path, { recursive: true });
  else if (make.special === 'fifo') execFileSync('mkfifo', [path]);
  else if (make.special === 'sparse') {
    // Its size only: the file system holds no byte of it.
    const fd = openSync(path, 'w');
    ftruncateSync(fd, make.size ?? 0);
    closeSync(fd);
  } else writeFileSync(path, brokenBytes(make));
}
