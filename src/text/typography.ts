/**
 * French typographic spacing: no-break spaces before high punctuation and inside « ».
 * A colon that starts a Markdown table delimiter (`| :---: |`) is syntax, not punctuation.
 */
const NBSP = '\u00A0';
const NNBSP = '\u202F';

export function frenchSpacing(text: string): string {
  return text
    .replace(/ :(?![-:|])/g, `${NBSP}:`)
    .replace(/ ([;!?])(?![-:|])/g, `${NNBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}

export { NBSP, NNBSP };
