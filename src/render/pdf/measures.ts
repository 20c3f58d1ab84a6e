/**
 * Text measured once per process. A measurement depends only on the face, the size, the text and
 * the options, and a batch measures the same titles, labels and table cells for every site
 * (pdfkit's tables measure each cell four times, each time wrapping its text again).
 */
import { processCache, weakProcessCache } from '../../runtime/caches.js';
import { textState, type EmbeddedFont } from './pdfkit-internals.js';

type Doc = PDFKit.PDFDocument;
type Bounds = ReturnType<Doc['boundsOfString']>;

/**
 * Measurements in two generations of at most MAX_MEASUREMENTS each: when the newer is full, the
 * older is let go and the newer becomes it, and a measurement found in the older is kept in the
 * newer again. What every report measures (titles, labels, the grid's cells) stays; what one
 * site measured (its name, its numbers, its examples: most entries, about 1.4 kB each) goes. A
 * worker used to keep them all, up to 100 000 (some 140 MB), 7 500 by the end of 1 000 sites.
 */
export const MAX_MEASUREMENTS = 3_000;
const measurements = processCache<string, unknown>('measurements', 'snapshot');
const older = processCache<string, unknown>('older measurements', 'snapshot');

/** `measure()`, or what it gave before for the same `key` (its parts joined: only the last, the text, may hold a NUL). */
export function measuredOnce<T>(key: readonly (string | number)[], measure: () => T): T {
  const id = key.join('\0');
  if (measurements.has(id)) return measurements.get(id) as T;
  const value = older.has(id) ? (older.get(id) as T) : measure();
  if (measurements.size >= MAX_MEASUREMENTS) {
    older.clear();
    for (const [kept, measured] of measurements) older.set(kept, measured);
    measurements.clear();
  }
  measurements.set(id, value);
  return value;
}

/** The font files behind pdfkit's fonts, which are new objects in every document. */
const faceFiles = weakProcessCache<EmbeddedFont, string>('font files', 'snapshot');

export function rememberFace(embeddedFont: EmbeddedFont, path: string): void {
  faceFiles.set(embeddedFont, path);
}

/**
 * The document's font file and text state, when they alone decide a measurement: not while a
 * `continued` text's options are pending, which pdfkit merges into the next measurement's.
 */
export function measuringState(doc: Doc): readonly (string | number)[] | undefined {
  const state = textState(doc);
  const face = faceFiles.get(state.font);
  return face && !state.pending ? [face, state.size, state.lineGap ?? ''] : undefined;
}

/** `doc.boundsOfString` measured once per process; like pdfkit's, it leaves the document at the x and y it was given. */
export function measureBoundsOnce(doc: Doc): void {
  const bounds = doc.boundsOfString.bind(doc) as (text: string, x?: number, y?: number, options?: object) => Bounds;
  (doc as unknown as { boundsOfString: typeof bounds }).boundsOfString = (text, x, y, options) => {
    const state = measuringState(doc);
    if (!state || typeof x !== 'number' || typeof y !== 'number') return bounds(text, x, y, options);
    const measured = measuredOnce(['bounds', ...state, x, y, JSON.stringify(options ?? {}), text], () => bounds(text, x, y, options));
    doc.x = x;
    doc.y = y;
    return { ...measured };
  };
}
