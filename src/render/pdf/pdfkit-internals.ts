/**
 * Every member of pdfkit and fontkit outside their public API that impact reads or replaces,
 * reached through this module only, and named in INTERNALS. pdfkit and fontkit are pinned to
 * exact versions in package.json: before moving either, test/internals.test.ts says whether each
 * member is still there on the installed versions and still what impact takes it for.
 */
import PDFDocument from 'pdfkit';
import type * as fontkit from 'fontkit';

/** The members used, by the object that has them. */
export const INTERNALS = {
  /** pdfkit's PDFDocument: its text state, its fonts by key, and how it writes its bytes. */
  document: ['_font', '_fontSize', '_lineGap', '_textOptions', '_fontFamilies', '_offset', '_write', 'endMetadata', '_text', '_wrapper'],
  /** pdfkit's LineWrapper (lib/line_wrapper.js), whose word walk long-words.ts replaces for every wrapper. */
  lineWrapper: ['eachWord', 'wordWidth', 'lineWidth', 'spaceLeft', 'continuedX', 'document'],
  /** pdfkit's font for an embedded file (lib/font/embedded.js): the fontkit face and its word layout. */
  embeddedFont: ['font', 'layoutCache', 'layoutCached', 'layoutRun', 'layout'],
  /** fontkit's face: the glyphs it has made, and its tables' bytes. */
  face: ['_glyphs', '_getTableStream'],
  /** fontkit's glyph: its metrics and outline, read on first use and kept. */
  glyph: ['_metrics', '_getMetrics', '_decode'],
  /** pdfkit's structure element (lib/structure_element.js): its dictionary, where a table's cells take their ID and attributes. */
  structureElement: ['dictionary'],
  /** pdfkit's indirect object (lib/reference.js): how it takes a stream's bytes, and writes itself out. */
  reference: ['write', 'finalize'],
} as const;

type Doc = PDFKit.PDFDocument;

/** pdfkit's font as a document opened it: an object of pdfkit's, handed back to the functions here. */
export type EmbeddedFont = object;

/** A word or a text laid out, as pdfkit's embedded font gives it. */
export interface Layout {
  readonly glyphs: readonly fontkit.Glyph[] | null;
  readonly positions: readonly unknown[] | null;
  readonly advanceWidth: number;
}

/** pdfkit's LineWrapper, as far as breaking words goes; `B` is its line breaker's break. */
export interface LineWrapper<B> {
  readonly document: PDFKit.PDFDocument;
  readonly lineWidth: number;
  readonly spaceLeft: number;
  readonly continuedX: number;
  wordWidth(word: string): number;
  eachWord(text: string, fn: (word: string, width: number, brk: B, last: B | null) => unknown): void;
}

interface DocumentInternals {
  _text(text: string, x: number, y: number, options: object, onLine: () => void): void;
  _wrapper: object | null;
  _font: EmbeddedFont;
  _fontSize: number;
  _lineGap?: number;
  _textOptions?: object | null;
  _fontFamilies: Record<string, EmbeddedFont>;
  endMetadata(): void;
}

interface EmbeddedFontInternals {
  font: fontkit.Font;
  layoutCache?: Record<string, Layout>;
  layoutCached(word: string): Layout;
  layoutRun(text: string, features: unknown): Layout;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Layout;
}

interface GlyphInternals extends fontkit.Glyph {
  _metrics?: unknown;
  _getMetrics(): unknown;
  _decode?(): unknown;
}

/** What a fontkit face's table reads as: a stream positioned at its start. */
export interface TableStream {
  pos: number;
  readInt16BE(): number;
  readInt32BE(): number;
  readUInt32BE(): number;
}

const document = (doc: Doc) => doc as unknown as DocumentInternals;

/**
 * Makes `face` (a fontkit face) the document's font, kept under every key of `keys`: pdfkit finds
 * a font by the key it was asked for, and a table cell's font by its file. The font pdfkit made.
 */
export function openFace(doc: Doc, face: fontkit.Font, keys: readonly string[]): EmbeddedFont {
  // pdfkit takes a fontkit face where it takes a file (anything with `layout`).
  doc.font(face as unknown as string);
  const opened = document(doc)._font;
  for (const key of keys) document(doc)._fontFamilies[key] = opened;
  return opened;
}

/** The text state a measurement depends on: the font, its size, the line gap, and whether a `continued` text's options are pending. */
export function textState(doc: Doc): { font: EmbeddedFont; size: number; lineGap: number | undefined; pending: boolean } {
  const state = document(doc);
  return { font: state._font, size: state._fontSize, lineGap: state._lineGap, pending: Boolean(state._textOptions) };
}

/**
 * The prototype every LineWrapper of the process shares. The class is not exported: it is
 * reached through the wrapper an empty, continued text leaves on the document (`_wrapper`), which
 * is then taken off again (no glyph measured, nothing drawn, the document's place unchanged).
 */
export function lineWrapperPrototype<B>(doc: Doc): LineWrapper<B> {
  const state = document(doc);
  const [x, y] = [doc.x, doc.y];
  state._text('', x, y, { width: 100, continued: true }, () => undefined);
  const wrapper = state._wrapper;
  state._wrapper = null;
  state._textOptions = null;
  [doc.x, doc.y] = [x, y];
  if (!wrapper) throw new Error('pdfkit left no LineWrapper on the document');
  return Object.getPrototypeOf(wrapper) as LineWrapper<B>;
}

/** Runs `before` each time the document is about to write its metadata (XMP included). */
export function beforeMetadata(doc: Doc, before: () => void): void {
  const state = document(doc);
  const write = state.endMetadata.bind(doc);
  state.endMetadata = () => {
    before();
    write();
  };
}

interface Reference {
  readonly document: unknown;
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/**
 * Bytes written as lines of text or as bytes, gathered in one buffer that grows as needed: no
 * object a line. pdfkit made a buffer a line — one per content operator, kept until its page is
 * written out at the end of the document — which was most of what a report left for the young
 * garbage collections to copy.
 */
class Gathered {
  private buffer: Buffer;
  private length = 0;

  constructor(size: number) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** `text` and a line's end, one byte per UTF-16 unit, its low byte (what pdfkit's own loop computes). */
  line(text: string): void {
    this.room(text.length + 1);
    this.length += this.buffer.write(text, this.length, 'latin1');
    this.buffer[this.length++] = NEWLINE;
  }

  bytes(chunk: Uint8Array): void {
    this.room(chunk.length);
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
  }

  /** How many bytes were gathered. */
  get size(): number {
    return this.length;
  }

  /** What was gathered (the buffer's own bytes: nothing is written after). */
  taken(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  private room(more: number): void {
    if (this.length + more <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, this.length + more));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

const NEWLINE = 0x0a;
/** The first buffer of a document, and of an object's stream: most reports are a little more, most streams a little less. */
const DOCUMENT_BYTES = 128 * 1024;
const STREAM_BYTES = 8 * 1024;

/**
 * pdfkit's document, its bytes kept here (`output`). pdfkit turns every string it writes
 * into bytes with a loop in JavaScript, once per content operator, and sends every object through
 * a Node stream (`_write`, which counts the bytes in `_offset` for the cross-reference table):
 * making the same bytes natively and keeping them here (Gathered) saves 6 % of a report's
 * instructions.
 */
export class BufferedDocument extends PDFDocument {
  // Declared only: the constructor of PDFDocument writes the header before a field would be set.
  declare private gathered?: Gathered;
  declare _offset: number;

  _write(data: string | Uint8Array): void {
    const gathered = (this.gathered ??= new Gathered(DOCUMENT_BYTES));
    if (typeof data === 'string') gathered.line(data);
    else gathered.bytes(data);
    // Every byte of the document comes through here, from its first.
    this._offset = gathered.size;
  }

  /** The document's bytes, once it has ended: a copy of their own, not a view of a buffer up to twice as large. */
  output(): Buffer {
    return Buffer.from(this.gathered?.taken() ?? []);
  }

  override ref(data: object = {}): PDFKit.PDFKitReference {
    const ref = super.ref(data);
    gatherStreams(Object.getPrototypeOf(ref) as Reference);
    return ref;
  }
}

let streamsGathered = false;

/**
 * The objects of a BufferedDocument gathering their stream's bytes (Gathered), given to pdfkit's
 * `write` at once when the object is written out: its `write` and `finalize`, replaced once for
 * the process on the prototype its objects share rather than on each object, of which a tagged
 * report makes thousands (its structure elements).
 */
function gatherStreams(prototype: Reference): void {
  if (streamsGathered) return;
  streamsGathered = true;
  const { write, finalize } = prototype;
  type Gathering = Reference & { gathered?: Gathered };
  prototype.write = function (this: Gathering, chunk) {
    if (!(this.document instanceof BufferedDocument)) return write.call(this, chunk);
    const gathered = (this.gathered ??= new Gathered(STREAM_BYTES));
    if (typeof chunk === 'string') gathered.line(chunk);
    else gathered.bytes(chunk);
  };
  prototype.finalize = function (this: Gathering) {
    if (this.gathered) write.call(this, this.gathered.taken());
    this.gathered = undefined;
    finalize.call(this);
  };
}

/** The fontkit face behind pdfkit's font. */
export const faceOf = (font: EmbeddedFont): fontkit.Font => (font as EmbeddedFontInternals).font;

/** The words pdfkit's font has laid out in this document, by word (its own cache, made here if it has none). */
export function wordLayouts(font: EmbeddedFont): Record<string, Layout> {
  return ((font as EmbeddedFontInternals).layoutCache ??= Object.create(null) as Record<string, Layout>);
}

/**
 * pdfkit's font laying each word out with `word` (its `layoutCached`) and each text without
 * OpenType features with `text` (its `layout`); a text with features still goes to pdfkit's own
 * `layoutRun`.
 */
export function layOutWith(font: EmbeddedFont, word: (word: string) => Layout, text: (text: string, onlyWidth?: boolean) => Layout): void {
  const own = font as EmbeddedFontInternals;
  const layoutRun = own.layoutRun.bind(own);
  own.layoutCached = word;
  own.layout = (written, features, onlyWidth) => (features ? layoutRun(written, features) : text(written, onlyWidth));
}

/** The glyphs a fontkit face has made so far, by id: `getGlyph` keeps each there. */
export const glyphsOf = (face: fontkit.Font): Record<number, fontkit.Glyph> => (face as unknown as { _glyphs: Record<number, fontkit.Glyph> })._glyphs;

/** `face` forgetting the glyphs it has made: the next `getGlyph` of each makes it again. */
export function forgetGlyphs(face: fontkit.Font): void {
  (face as unknown as { _glyphs: Record<number, fontkit.Glyph> })._glyphs = {};
}

/** A face on `face`'s tables whose glyphs are its own, made by `make` (its `getGlyph`, kept in its own `_glyphs`). */
export function faceWithOwnGlyphs(face: fontkit.Font, make: (id: number, codePoints: number[]) => fontkit.Glyph): fontkit.Font {
  const own = Object.create(face) as fontkit.Font & { _glyphs: Record<number, fontkit.Glyph> };
  own._glyphs = {};
  own.getGlyph = (id: number, codePoints: number[] = []) => (own._glyphs[id] ??= make(id, codePoints));
  return own;
}

/** The bytes of the face's table `tag`, as fontkit reads them, or none when the font has no such table. */
export const tableStream = (face: fontkit.Font, tag: string): TableStream | null =>
  (face as unknown as { _getTableStream(tag: string): TableStream | null })._getTableStream(tag);

/** Reads the glyph's metrics and outline now, and makes it keep them: later reads cost nothing. */
export function readGlyphOnce(glyph: fontkit.Glyph): void {
  const own = glyph as GlyphInternals;
  own._getMetrics();
  const decode = own._decode?.bind(own);
  if (decode) {
    const outline = decode();
    own._decode = () => outline;
  }
}

/** A new glyph like `model` (read with `readGlyphOnce`) for `codePoints`, sharing its metrics and outline. */
export function glyphLike(model: fontkit.Glyph, font: fontkit.Font, codePoints: number[]): fontkit.Glyph {
  const source = model as GlyphInternals;
  const Glyph = source.constructor as new (id: number, codePoints: number[], font: fontkit.Font) => GlyphInternals;
  const glyph = new Glyph(model.id, codePoints, font);
  glyph._metrics = source._getMetrics();
  if (source._decode) glyph._decode = source._decode;
  return glyph;
}

/** Sets entries of a structure element's dictionary (an ID, an attribute object /A): pdfkit's own tables set them so. */
export function setStructureEntries(element: PDFKit.PDFStructureElement, entries: Record<string, unknown>): void {
  Object.assign((element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data, entries);
}
