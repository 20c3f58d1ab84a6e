/**
 * French typographic spacing: no-break spaces before high punctuation and inside « ».
 * A colon that starts a Markdown table delimiter (`| :---: |`) is syntax, not punctuation.
 */
const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** A number and the word it counts stay on one line: "150 personnes", "3 points" (not "UTF-8 depuis"). */
export function bindNumbers(text: string): string {
  return text.replace(/(?<![\p{L}\-.])(\d+) (?=\p{L})/gu, `$1${NBSP}`);
}

export function frenchSpacing(text: string): string {
  return text
    .replace(/ :(?![-:|])/g, `${NBSP}:`)
    .replace(/ ([;!?])(?![-:|])/g, `${NNBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}

export { NBSP, NNBSP };
