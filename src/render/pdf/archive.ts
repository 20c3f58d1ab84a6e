/**
 * What makes every PDF impact writes archive-grade (PDF/A-3a, ISO 19005-3 level A: tagged, with
 * Unicode text), and the evaluation a report may carry inside it as its source.
 *
 * pdfkit's subset writes the XMP identification (pdfaid), the sRGB output intent with its ICC
 * profile, and checks nothing else: the fonts are embedded because the theme's are all files
 * (no standard font is ever opened), the structure is the tagged document's, and the XMP must
 * say what the Info dictionary says — pdfkit's has no modification date, added here.
 */
import { basename } from 'node:path';
import { STDIN } from '../../diagnostics/diagnostic.js';

/** PDF/A-3, conformance level A: pdfkit's name for it. */
export const ARCHIVE_SUBSET = 'PDF/A-3a';

/** The evaluation a report carries, byte for byte, and the name it is attached under. */
export interface EmbeddedSource {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The name an attachment from standard input is given: `impact init`'s default file name. */
const STDIN_NAME = 'evaluation.yaml';

/** The source of a report as it is attached: the input's base name (the folders it was in are the evaluators' own). */
export function sourceOf(file: string, bytes: Uint8Array): EmbeddedSource {
  return { name: file === STDIN ? STDIN_NAME : basename(file), bytes };
}

/** YAML's media type (RFC 9512), the attachment's /Subtype. */
export const SOURCE_TYPE = 'application/yaml';

/** PDF/A-3's word for the file a document was made from (/AFRelationship). */
export const SOURCE_RELATIONSHIP = 'Source';

/** pdfkit's attachment options, with the relationship its types leave out. */
interface AttachmentOptions extends PDFKit.Mixins.PDFAttachmentOptions {
  readonly relationship: string;
}

/**
 * Attaches `source` as the document's associated file (/AF on the catalog): dated with the
 * document's own date, never the file's or the clock's, so that the same input gives the same bytes.
 */
export function embedSource(doc: PDFKit.PDFDocument, source: EmbeddedSource, date: Date, description: string): void {
  const options: AttachmentOptions = {
    name: source.name,
    type: SOURCE_TYPE,
    description,
    relationship: SOURCE_RELATIONSHIP,
    creationDate: date,
    modifiedDate: date,
  };
  doc.file(Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength), options);
}

/** The XMP date of `date`, as pdfkit writes xmp:CreateDate (seconds, UTC). */
const xmpDate = (date: Date): string => `${date.toISOString().split('.')[0] ?? ''}Z`;

/** The XMP's modification date, the Info dictionary's ModDate, which PDF/A requires the XMP to repeat. */
export function addModifyDate(doc: PDFKit.PDFDocument, date: Date): void {
  doc.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${xmpDate(date)}</xmp:ModifyDate>
        </rdf:Description>
        `);
}
