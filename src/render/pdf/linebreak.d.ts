/** The Unicode line breaking algorithm (UAX #14) that pdfkit breaks lines with: the part impact uses. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next place a line may (or, `required`, must) break: after `position` UTF-16 units. */
    nextBreak(): { readonly position: number; readonly required: boolean } | null;
  }
}
