/**
 * Words wider than their line, broken across lines in time and memory linear in their length.
 *
 * pdfkit's LineWrapper (`eachWord`) breaks such a word at the longest piece that fits each line,
 * but after every line it measures the whole rest of the word again: shaped (and cached) every
 * time, a 20 000-character word took 16 s and 1.2 GB, a 40 000-character one 81 s and 2.7 GB.
 * Here a word longer than LONG_WORD characters is walked once, glyph advance by glyph advance,
 * to find where each line's piece ends; only that piece is shaped, to check it fits. The pieces
 * are the ones pdfkit chose (the longest that fits, shaped), and a word of LONG_WORD characters or
 * fewer goes exactly pdfkit's way: a report without such a word has the same bytes. A piece never
 * ends inside a character (a surrogate pair) or before a combining mark.
 */
import LineBreaker from 'linebreak';
import { lineWrapperPrototype, type LineWrapper as PdfkitLineWrapper } from './pdfkit-internals.js';

/** Longer than any line holds: below it a word is measured as pdfkit does, whole. */
export const LONG_WORD = 400;

interface Break {
  readonly position?: number;
  required: boolean;
}

/** What `wrap` does with each piece of text: false stops (a box of fixed height is full). */
type OnWord = (word: string, width: number, brk: Break, last: Break | null) => unknown;
type LineWrapper = PdfkitLineWrapper<Break>;

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const MARK = /^[\p{M}\u200D\uFE0E\uFE0F]/u;

/** Whether a piece may end before `word[at]`: not inside a surrogate pair, not before a combining mark or joiner. */
const canEndAt = (word: string, at: number): boolean => at >= word.length || !(isLowSurrogate(word.charCodeAt(at)) || MARK.test(word.slice(at, at + 2)));

/** Glyph advances, one measurement per character (each shaped alone: kerning is left to the check that follows). */
class Advances {
  private readonly widths = new Map<string, number>();
  constructor(private readonly wrapper: LineWrapper) {}

  /** How many UTF-16 units from `start` have advances summing to `room` or less. */
  fitting(word: string, start: number, room: number): number {
    let sum = 0;
    let i = start;
    while (i < word.length) {
      const size = word.charCodeAt(i) >= 0xd800 && word.charCodeAt(i) <= 0xdbff ? 2 : 1;
      const character = word.slice(i, i + size);
      let width = this.widths.get(character);
      if (width === undefined) {
        width = this.wrapper.document.widthOfString(character);
        this.widths.set(character, width);
      }
      sum += width;
      if (sum > room) break;
      i += size;
    }
    return i - start;
  }
}

/** pdfkit's local search from an estimate `l`: the longest piece whose shaped width fits, and that width. */
function longestFitting(wrapper: LineWrapper, word: string, l: number, w: number, mightGrow: boolean): [number, number] {
  const room = wrapper.spaceLeft;
  // The width of the piece one shorter, when it was just measured: pdfkit measures it again.
  let shorter: number | undefined;
  let mustShrink = w > room && l > 0;
  while (mustShrink || mightGrow) {
    if (mustShrink) {
      l -= 1;
      w = shorter ?? wrapper.wordWidth(word.slice(0, l));
      shorter = undefined;
      mustShrink = w > room && l > 0;
    } else {
      shorter = w;
      l += 1;
      w = wrapper.wordWidth(word.slice(0, l));
      mustShrink = w > room && l > 0;
      mightGrow = w <= room && l < word.length;
    }
  }
  return [l, w];
}

/** Where this line's piece of `word` ends, and its width: as pdfkit chooses, its first estimate made from advances when the rest is long. */
function piece(wrapper: LineWrapper, word: string, width: number | undefined, advances: Advances): [number, number] {
  const room = wrapper.spaceLeft;
  let [l, w] = [word.length, width ?? 0];
  if (width === undefined) {
    l = advances.fitting(word, 0, room);
    w = wrapper.wordWidth(word.slice(0, l));
    [l, w] = longestFitting(wrapper, word, l, w, w <= room && l < word.length);
  } else if (width > room) {
    l = Math.ceil(room / (width / word.length));
    w = wrapper.wordWidth(word.slice(0, l));
    [l, w] = longestFitting(wrapper, word, l, w, w <= room && l < word.length);
  }
  if (l === 0 && room === wrapper.lineWidth) l = 1;
  if (canEndAt(word, l)) return [l, w];
  let end = l;
  while (end > 0 && !canEndAt(word, end)) end -= 1;
  if (end === 0) {
    end = l;
    while (!canEndAt(word, end)) end += 1;
  }
  return [end, wrapper.wordWidth(word.slice(0, end))];
}

/** A word wider than the line, given to `fn` a line's piece at a time (pdfkit's own loop, the rest's width measured only when it is short). */
function breakWord(wrapper: LineWrapper, word: string, width: number | undefined, brk: Break, last: Break | null, fn: OnWord): unknown {
  const advances = new Advances(wrapper);
  const first: Break = { required: false };
  let before: Break | null = last;
  let rest = word;
  let restWidth = width;
  let goOn: unknown;
  while (rest.length > 0) {
    const [l, w] = piece(wrapper, rest, restWidth, advances);
    first.required = brk.required || l < rest.length;
    goOn = fn(rest.slice(0, l), w, first, before);
    before = { required: false };
    rest = rest.slice(l);
    restWidth = rest.length > LONG_WORD ? undefined : wrapper.wordWidth(rest);
    if (goOn === false) break;
  }
  return goOn;
}

/** Whether the advances of `word` add up to more than `room` (read only as far as needed). */
const widerByAdvances = (wrapper: LineWrapper, word: string, room: number): boolean => new Advances(wrapper).fitting(word, 0, room) < word.length;

/** pdfkit's `eachWord`, with breakWord for the words wider than the line. */
function eachWord(this: LineWrapper, text: string, fn: OnWord): void {
  const breaker = new LineBreaker(text);
  const widths = new Map<string, number>();
  let last: Break | null = null;
  for (let brk = breaker.nextBreak(); brk; brk = breaker.nextBreak()) {
    const word = text.slice(last?.position || 0, brk.position);
    const room = this.lineWidth + this.continuedX;
    let goOn: unknown;
    if (word.length > LONG_WORD && widerByAdvances(this, word, room)) {
      goOn = breakWord(this, word, undefined, brk, last, fn);
    } else {
      let w = widths.get(word);
      if (w === undefined) {
        w = this.wordWidth(word);
        widths.set(word, w);
      }
      goOn = w > room ? breakWord(this, word, w, brk, last, fn) : fn(word, w, brk, last);
    }
    if (goOn === false) break;
    last = brk;
  }
}

/** Whether the prototype's `eachWord` chooses by document yet: once per process is enough. */
let patched = false;

/** The documents whose LineWrappers break long words with `eachWord` above: impact's, no other. */
const breaking = new WeakSet<object>();

/**
 * Makes the LineWrappers of `doc` break long words with `eachWord` above. The class is not
 * exported: its prototype is reached through a wrapper that an empty, continued text leaves on
 * the document (no glyph is measured, nothing drawn, the document's place unchanged). The
 * prototype's method then chooses by document, so that another pdfkit document in the same
 * process (a program embedding impact) keeps pdfkit's own behaviour.
 */
export function breakLongWords(doc: PDFKit.PDFDocument): void {
  breaking.add(doc);
  if (patched) return;
  patched = true;
  const prototype = lineWrapperPrototype<Break>(doc);
  const own = prototype.eachWord;
  prototype.eachWord = function (this: LineWrapper, text: string, fn: OnWord): void {
    (breaking.has(this.document) ? eachWord : own).call(this, text, fn);
  };
}
