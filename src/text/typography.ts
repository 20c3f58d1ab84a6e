/** French typographic spacing: no-break spaces before high punctuation and inside « ». */
const NBSP = '\u00A0';
const NNBSP = '\u202F';

export function frenchSpacing(text: string): string {
  return text
    .replace(/ :(?=\s|$)/g, `${NBSP}:`)
    .replace(/ ([;!?])(?=\s|$)/g, `${NNBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}

export { NBSP, NNBSP };
