/**
 * The evaluation a report carries (`impact build --embed-source`): the catalog's associated file
 * (/AF) whose relationship is /Source, its bytes as they were attached.
 */
import { inflateSync } from 'node:zlib';
import { limitsFrom } from '../load/limits.js';
import { isRef, isStream, PdfLexer, PdfName, PdfSyntaxError, type PdfDict, type PdfRef, type PdfStream, type PdfValue } from './pdf-syntax.js';

/** A PDF's objects, found through its cross-reference tables (the newest update's first). */
class PdfObjects {
  private readonly offsets = new Map<number, number>();
  readonly trailer: PdfDict;

  constructor(private readonly bytes: Uint8Array) {
    const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
    const start = [...tail.matchAll(/startxref\s+(\d+)/g)].at(-1)?.[1];
    if (start === undefined) throw new PdfSyntaxError('syntax', bytes.length);
    this.trailer = this.readTables(Number(start));
  }

  /** Reads the table at `at` and those before it (/Prev); the newest trailer. */
  private readTables(at: number): PdfDict {
    let newest: PdfDict | undefined;
    const seen = new Set<number>();
    for (let next: PdfValue | undefined = at; typeof next === 'number' && !seen.has(next); ) {
      seen.add(next);
      const trailer = this.readTable(next);
      newest ??= trailer;
      next = trailer.get('Prev');
    }
    if (!newest) throw new PdfSyntaxError('syntax', at);
    return newest;
  }

  private readTable(at: number): PdfDict {
    const lexer = new PdfLexer(this.bytes, at);
    const keyword = lexer.word();
    if (keyword !== 'xref') throw new PdfSyntaxError(/^\d+$/.test(keyword) ? 'compressed-xref' : 'syntax', at);
    for (let word = lexer.word(); word !== 'trailer'; word = lexer.word()) {
      const [first, count] = [word, lexer.word()].map((digits) => (/^\d+$/.test(digits) ? Number(digits) : NaN));
      // A table cut short reads as empty words: never a section of its own.
      if (first === undefined || count === undefined || Number.isNaN(first) || Number.isNaN(count)) throw new PdfSyntaxError('syntax', lexer.pos);
      for (let i = 0; i < count; i += 1) {
        const [offset, , kind] = [lexer.word(), lexer.word(), lexer.word()];
        // An object an update changed is already known from the newer table.
        if (kind === 'n' && !this.offsets.has(first + i)) this.offsets.set(first + i, Number(offset));
      }
    }
    const trailer = lexer.value();
    if (!(trailer instanceof Map)) throw new PdfSyntaxError('syntax', lexer.pos);
    return trailer;
  }

  /** The object `ref` names; null for one the tables do not have (as PDF reads a missing object). */
  object(ref: PdfRef, depth = 0): PdfValue {
    const offset = this.offsets.get(ref.num);
    if (offset === undefined) return null;
    const lexer = new PdfLexer(this.bytes, offset, (length) => {
      const value = isRef(length) && depth < 8 ? this.object(length, depth + 1) : length;
      return typeof value === 'number' ? value : undefined;
    });
    lexer.word();
    lexer.word();
    lexer.expect('obj');
    return lexer.value();
  }

  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return isRef(value) ? this.object(value) : value;
  }

  dict(value: PdfValue | undefined): PdfDict | undefined {
    const resolved = this.resolve(value);
    return resolved instanceof Map ? resolved : undefined;
  }
}

const isName = (value: PdfValue | undefined, name: string): boolean => value instanceof PdfName && value.name === name;

/**
 * A stream's data, decoded: impact's attachments are Flate-compressed without a predictor. No
 * larger than an evaluation may be (IMPACT_MAX_BYTES): a few compressed bytes must not fill the memory.
 */
function decoded(stream: PdfStream): Uint8Array {
  const filter = stream.dict.get('Filter');
  const filters = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
  if (filters.length === 0) return stream.raw;
  if (filters.length > 1 || !isName(filters[0], 'FlateDecode') || stream.dict.has('DecodeParms')) throw new PdfSyntaxError('filter');
  try {
    return inflateSync(stream.raw, { maxOutputLength: limitsFrom(process.env).maxBytes });
  } catch (e) {
    throw new PdfSyntaxError((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'filter');
  }
}

/** Whether `bytes` are a PDF's: its header, within the first 1 KiB as readers allow. */
export const isPdf = (bytes: Uint8Array): boolean => Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');

/**
 * The bytes of the evaluation attached to the PDF `bytes` as its source, or undefined when it
 * carries none. Throws PdfSyntaxError when the file's structure cannot be read.
 */
export function embeddedSource(bytes: Uint8Array): Uint8Array | undefined {
  const pdf = new PdfObjects(bytes);
  const catalog = pdf.dict(pdf.trailer.get('Root'));
  const associated = pdf.resolve(catalog?.get('AF'));
  for (const item of Array.isArray(associated) ? associated : []) {
    const spec = pdf.dict(item);
    if (!spec || !isName(spec.get('AFRelationship'), 'Source')) continue;
    const files = pdf.dict(spec.get('EF'));
    const stream = pdf.resolve(files?.get('UF') ?? files?.get('F'));
    if (isStream(stream)) return decoded(stream);
  }
  return undefined;
}
