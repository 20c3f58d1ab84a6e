/**
 * Just enough of PDF's syntax (ISO 32000-1, 7.2–7.5) to follow a file's cross-reference table to
 * its objects: numbers, names, strings, arrays, dictionaries, references and streams. impact
 * writes classic cross-reference tables (pdfkit does); a file rewritten with compressed ones
 * (PDF 1.5 cross-reference streams) is refused with a PdfSyntaxError saying so.
 */

export class PdfName {
  constructor(readonly name: string) {}
}

export interface PdfRef {
  readonly num: number;
  readonly gen: number;
}

export type PdfValue = number | boolean | null | PdfName | Uint8Array | PdfValue[] | PdfDict | PdfRef | PdfStream;
export type PdfDict = Map<string, PdfValue>;

export interface PdfStream {
  readonly dict: PdfDict;
  /** The stream's bytes as stored (still encoded by its /Filter). */
  readonly raw: Uint8Array;
}

/**
 * Why a file could not be read, and where (a byte offset): its syntax, cross-reference streams
 * impact does not read, a stream encoded otherwise than with Flate, or one that inflates past
 * what an evaluation may weigh.
 */
export class PdfSyntaxError extends Error {
  constructor(
    readonly reason: 'syntax' | 'compressed-xref' | 'filter' | 'too-large',
    readonly offset?: number,
  ) {
    super(`PDF ${reason}${offset === undefined ? '' : ` at byte ${offset}`}`);
  }
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
/** Arrays and dictionaries within each other: far deeper than any PDF nests them, and no deeper than the stack goes. */
const MAX_DEPTH = 256;
const ESCAPES: Readonly<Record<string, number>> = { n: 0x0a, r: 0x0d, t: 0x09, b: 0x08, f: 0x0c };

export const isRef = (value: PdfValue | undefined): value is PdfRef =>
  typeof value === 'object' && value !== null && !(value instanceof Map) && !(value instanceof Uint8Array) && !Array.isArray(value) && 'num' in value;
export const isStream = (value: PdfValue | undefined): value is PdfStream =>
  typeof value === 'object' && value !== null && !(value instanceof Map) && !Array.isArray(value) && 'raw' in value;

/** A reader of the bytes from `pos`; `length` resolves a stream's /Length given as a reference. */
export class PdfLexer {
  private depth = 0;

  constructor(
    private readonly bytes: Uint8Array,
    public pos: number,
    private readonly length: (value: PdfValue | undefined) => number | undefined = (v) => (typeof v === 'number' ? v : undefined),
  ) {}

  private fail(): never {
    throw new PdfSyntaxError('syntax', this.pos);
  }

  private peek(offset = 0): number | undefined {
    return this.bytes[this.pos + offset];
  }

  skipSpace(): void {
    for (let c = this.peek(); c !== undefined; c = this.peek()) {
      if (WHITESPACE.has(c)) this.pos += 1;
      else if (c === 0x25) while (this.peek() !== undefined && this.peek() !== 0x0a && this.peek() !== 0x0d) this.pos += 1;
      else return;
    }
  }

  /** A bare word: a number, a keyword (obj, R, true, stream…). */
  word(): string {
    this.skipSpace();
    const start = this.pos;
    for (let c = this.peek(); c !== undefined && !WHITESPACE.has(c) && !DELIMITERS.has(c); c = this.peek()) this.pos += 1;
    return Buffer.from(this.bytes.subarray(start, this.pos)).toString('latin1');
  }

  expect(keyword: string): void {
    if (this.word() !== keyword) this.fail();
  }

  value(): PdfValue {
    this.skipSpace();
    const c = this.peek();
    if (c === undefined) this.fail();
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literal();
    if (c === 0x5b) return this.array();
    if (c === 0x3c) return this.peek(1) === 0x3c ? this.dictOrStream() : this.hex();
    const word = this.word();
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) this.fail();
    return /^\d+$/.test(word) ? this.maybeRef(Number(word)) : Number(word);
  }

  /** `num gen R`, or the number alone. */
  private maybeRef(num: number): PdfValue {
    const back = this.pos;
    const gen = this.word();
    if (/^\d+$/.test(gen) && this.word() === 'R') return { num, gen: Number(gen) };
    this.pos = back;
    return num;
  }

  private name(): PdfName {
    this.pos += 1;
    const raw = this.word();
    return new PdfName(raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  }

  private literal(): Uint8Array {
    this.pos += 1;
    const out: number[] = [];
    for (let depth = 1; ; ) {
      const c = this.peek();
      if (c === undefined) this.fail();
      this.pos += 1;
      if (c === 0x29 && --depth === 0) return Uint8Array.from(out);
      if (c === 0x28) depth += 1;
      if (c !== 0x5c) {
        out.push(c);
        continue;
      }
      const next = String.fromCharCode(this.peek() ?? 0);
      this.pos += 1;
      const octal = /^[0-7]$/.test(next) ? this.octal(next) : undefined;
      if (octal !== undefined) out.push(octal);
      else if (next === '\r') this.pos += this.peek() === 0x0a ? 1 : 0;
      else if (next !== '\n') out.push(ESCAPES[next] ?? next.charCodeAt(0));
    }
  }

  private octal(first: string): number {
    let digits = first;
    while (digits.length < 3 && /^[0-7]$/.test(String.fromCharCode(this.peek() ?? 0))) {
      digits += String.fromCharCode(this.peek() ?? 0);
      this.pos += 1;
    }
    return parseInt(digits, 8) & 0xff;
  }

  private hex(): Uint8Array {
    const end = this.bytes.indexOf(0x3e, this.pos);
    if (end < 0) this.fail();
    const digits = Buffer.from(this.bytes.subarray(this.pos + 1, end)).toString('latin1').replace(/\s/g, '');
    this.pos = end + 1;
    return Uint8Array.from(Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex'));
  }

  /** `read` one level deeper, refused past MAX_DEPTH. */
  private nested<T>(read: () => T): T {
    if (++this.depth > MAX_DEPTH) this.fail();
    const value = read();
    this.depth -= 1;
    return value;
  }

  private array(): PdfValue[] {
    this.pos += 1;
    const items: PdfValue[] = [];
    for (this.skipSpace(); this.peek() !== 0x5d; this.skipSpace()) items.push(this.nested(() => this.value()));
    this.pos += 1;
    return items;
  }

  private dictOrStream(): PdfDict | PdfStream {
    this.pos += 2;
    const dict: PdfDict = new Map();
    for (this.skipSpace(); !(this.peek() === 0x3e && this.peek(1) === 0x3e); this.skipSpace()) {
      const key = this.value();
      if (!(key instanceof PdfName)) this.fail();
      dict.set(key.name, this.nested(() => this.value()));
    }
    this.pos += 2;
    const back = this.pos;
    if (this.word() !== 'stream') {
      this.pos = back;
      return dict;
    }
    // The keyword is followed by CRLF or LF, then the data (7.3.8.1).
    this.pos += this.peek() === 0x0d ? 2 : 1;
    const length = this.length(dict.get('Length'));
    if (length === undefined || this.pos + length > this.bytes.length) this.fail();
    const raw = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return { dict, raw };
  }
}
