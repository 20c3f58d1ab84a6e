/**
 * A PDF's own objects, read with MuPDF: the metadata, the fonts, the bookmarks, what a screen
 * reader gets (language, structure tree, marked content), and whether the file is sound.
 */
import * as mupdf from 'mupdf';
import { eachPage, withPdf } from './pdf.js';

/** A PDF object's value as text: a string, a name or a number; undefined when absent. */
function valueOf(object: mupdf.PDFObject): string | undefined {
  if (object.isString()) return object.asString();
  if (object.isName()) return object.asName();
  if (object.isNumber()) return String(object.asNumber());
  return undefined;
}

/**
 * The document information and what a reader shows of the document: Title, Author, Subject,
 * Keywords, Creator, Producer, CreationDate and ModDate as written (`D:20000101000000Z`), Pages,
 * Page size (`595.28 x 841.89 pts`, the first page's), Tagged (`yes` when marked as tagged).
 */
export const info = (file: string): Record<string, string> =>
  withPdf(file, (doc) => {
    const fields: Record<string, string> = {};
    doc.getTrailer().get('Info').forEach((value, key) => {
      const text = valueOf(value);
      if (text !== undefined) fields[String(key)] = text;
    });
    const [x0, y0, x1, y1] = doc.findPage(0).getInheritable('MediaBox').asJS() as number[];
    const points = (n: number) => n.toFixed(2).replace(/\.?0+$/, '');
    fields.Pages = String(doc.countPages());
    fields['Page size'] = `${points((x1 ?? 0) - (x0 ?? 0))} x ${points((y1 ?? 0) - (y0 ?? 0))} pts`;
    fields.Tagged = doc.getTrailer().get('Root', 'MarkInfo', 'Marked').asBoolean() ? 'yes' : 'no';
    return fields;
  });

/** The XMP metadata packet (the catalog's /Metadata stream), as text. */
export const xmpOf = (file: string): string =>
  withPdf(file, (doc) => new TextDecoder().decode(doc.getTrailer().get('Root', 'Metadata').readStream().asUint8Array()));

export interface PdfFont {
  /** BaseFont, with its subset tag: `ABCDEF+SourceSans3-Regular`. */
  readonly name: string;
  /** The font's Subtype, and its descendant's for a composite font: `Type0/CIDFontType2`. */
  readonly type: string;
  readonly encoding: string | undefined;
  /** A font file (FontFile, FontFile2 or FontFile3) that is not empty. */
  readonly embedded: boolean;
  /** Its name has a subset tag: six capitals and `+`. */
  readonly subset: boolean;
  /** A ToUnicode map, so that text can be copied and read aloud. */
  readonly toUnicode: boolean;
}

/** Fonts of a resource dictionary and of the forms (XObjects) it draws, by object number. */
function collectFonts(resources: mupdf.PDFObject, found: Map<number, mupdf.PDFObject>, seen: Set<number>): void {
  resources.get('Font').forEach((font) => {
    if (font.isIndirect()) found.set(font.asIndirect(), font.resolve());
  });
  resources.get('XObject').forEach((xobject) => {
    if (xobject.isIndirect() && seen.has(xobject.asIndirect())) return;
    if (xobject.isIndirect()) seen.add(xobject.asIndirect());
    if (xobject.get('Subtype').asName() === 'Form') collectFonts(xobject.get('Resources'), found, seen);
  });
}

function describeFont(font: mupdf.PDFObject): PdfFont {
  const descendant = font.get('DescendantFonts', 0);
  const described = descendant.isNull() ? font : descendant;
  const descriptor = described.get('FontDescriptor');
  const file = descriptor.isNull() ? undefined : ['FontFile', 'FontFile2', 'FontFile3'].map((key) => descriptor.get(key)).find((stream) => stream.isStream());
  const name = font.get('BaseFont').asName();
  return {
    name,
    type: [font, ...(descendant.isNull() ? [] : [descendant])].map((f) => f.get('Subtype').asName()).join('/'),
    encoding: valueOf(font.get('Encoding')),
    embedded: file !== undefined && file.readStream().getLength() > 0,
    subset: /^[A-Z]{6}\+/.test(name),
    toUnicode: font.get('ToUnicode').isStream(),
  };
}

/** Every font the pages use, once each. */
export const fonts = (file: string): PdfFont[] =>
  withPdf(file, (doc) => {
    const found = new Map<number, mupdf.PDFObject>();
    const seen = new Set<number>();
    for (let index = 0; index < doc.countPages(); index++) collectFonts(doc.findPage(index).getInheritable('Resources'), found, seen);
    return [...found.values()].map(describeFont);
  });

export interface Outline {
  readonly title: string;
  readonly kids: Outline[];
}

/** The bookmarks, as a tree. */
export const outlines = (file: string): Outline[] =>
  withPdf(file, (doc) => {
    const tree = (items: readonly { title: string | undefined; down?: typeof items }[]): Outline[] =>
      items.map((item) => ({ title: item.title ?? '', kids: tree(item.down ?? []) }));
    return tree(doc.loadOutline() ?? []);
  });

export interface Tagging {
  /** The catalog's /Lang. */
  readonly lang: string | undefined;
  /** /ViewerPreferences /DisplayDocTitle: the window shows the title, not the file name. */
  readonly displayDocTitle: boolean;
  /** /MarkInfo /Marked. */
  readonly marked: boolean;
  /** The /S of every element of the structure tree, walked from /StructTreeRoot. */
  readonly structureTypes: ReadonlySet<string>;
  /** Every marked-content sequence the pages open, as written: `/Artifact <</Type /Layout>> BDC`, `/P <</MCID 3>> BDC`. */
  readonly markedContent: readonly string[];
}

/** Calls `visit` on every element of the structure tree under `root` (/StructTreeRoot), once each, in the tree's order. */
function walkStructure(root: mupdf.PDFObject, visit: (element: mupdf.PDFObject) => void): void {
  const seen = new Set<number>();
  const walk = (node: mupdf.PDFObject): void => {
    if (node.isIndirect()) {
      if (seen.has(node.asIndirect())) return;
      seen.add(node.asIndirect());
    }
    if (node.isArray()) return node.forEach(walk);
    if (!node.isDictionary()) return;
    visit(node);
    walk(node.get('K'));
  };
  if (!root.isNull()) walk(root.get('K'));
}

function structureTypesOf(root: mupdf.PDFObject): Set<string> {
  const types = new Set<string>();
  walkStructure(root, (element) => {
    const type = element.get('S');
    if (type.isName()) types.add(type.asName());
  });
  return types;
}

/** The alternative text of every figure of the structure tree, in the tree's order. */
export const figureAlts = (file: string): string[] =>
  withPdf(file, (doc) => {
    const alts: string[] = [];
    walkStructure(doc.getTrailer().get('Root', 'StructTreeRoot'), (element) => {
      if (valueOf(element.get('S')) === 'Figure') alts.push(valueOf(element.get('Alt')) ?? '');
    });
    return alts;
  });

/** The content streams of a page, decoded, as one text. */
function contentOf(page: mupdf.PDFObject): string {
  const contents = page.get('Contents');
  const streams = contents.isArray() ? Array.from({ length: contents.length }, (_, i) => contents.get(i)) : [contents];
  return streams.map((stream) => new TextDecoder('latin1').decode(stream.readStream().asUint8Array())).join('\n');
}

/** What a screen reader gets: language, title, the structure tree and the marked content. */
export const tagging = (file: string): Tagging =>
  withPdf(file, (doc) => {
    const root = doc.getTrailer().get('Root');
    const pages = Array.from({ length: doc.countPages() }, (_, index) => contentOf(doc.findPage(index)));
    return {
      lang: valueOf(root.get('Lang')),
      displayDocTitle: root.get('ViewerPreferences', 'DisplayDocTitle').asBoolean(),
      marked: root.get('MarkInfo', 'Marked').asBoolean(),
      structureTypes: structureTypesOf(root.get('StructTreeRoot')),
      markedContent: pages.flatMap((content) => [...content.matchAll(/\/\w+\s*(?:<<.*?>>\s*|\/\w+\s*)?BDC|\/\w+\s*BMC/gs)].map((match) => match[0])),
    };
  });

/**
 * Throws unless the file is a sound PDF, as `qpdf --check` judged it: every object where the
 * cross-reference table says, readable, every stream decodable, every page's content readable,
 * without a warning from MuPDF and without MuPDF having to repair the file.
 */
export function checkPdf(file: string): void {
  const complaints: string[] = [];
  mupdf.setLog((message) => void complaints.push(message));
  try {
    withPdf(file, (doc) => {
      for (let number = 1; number < doc.countObjects(); number++) {
        const object = doc.newIndirect(number).resolve();
        if (object.isStream()) object.readStream();
      }
      eachPage(doc, (page) => page.toStructuredText('').destroy());
      if (doc.wasRepaired()) complaints.push('the cross-reference table had to be rebuilt');
    });
  } finally {
    mupdf.setLog(null);
  }
  if (complaints.length > 0) throw new Error(`${file} is not a sound PDF:\n${complaints.join('\n')}`);
}

/** A table cell of the structure tree: TH or TD, its ID, and its attributes' Scope and Headers (the IDs of the cells heading it). */
export interface TaggedCell {
  readonly type: 'TH' | 'TD';
  readonly id: string;
  readonly scope: string | undefined;
  readonly headers: readonly string[];
}

/** Every table of the structure tree, as its rows of cells. */
export const taggedTables = (file: string): TaggedCell[][][] =>
  withPdf(file, (doc) => {
    const tables: TaggedCell[][][] = [];
    walkStructure(doc.getTrailer().get('Root', 'StructTreeRoot'), (element) => {
      const type = valueOf(element.get('S'));
      if (type === 'Table') tables.push([]);
      else if (type === 'TR') tables.at(-1)?.push([]);
      else if (type === 'TH' || type === 'TD') {
        const attributes = element.get('A');
        const headers: string[] = [];
        attributes.get('Headers').forEach((header) => headers.push(valueOf(header) ?? ''));
        tables.at(-1)?.at(-1)?.push({ type, id: valueOf(element.get('ID')) ?? '', scope: valueOf(attributes.get('Scope')), headers });
      }
    });
    return tables;
  });
