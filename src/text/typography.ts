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

/** Non-breaking hyphen: a name such as « Saint-Denis » is not broken after its hyphen either. */
const NBHYPHEN = '\u2011';

/** `text` as one unbreakable word: its spaces no-break spaces, its hyphens non-breaking hyphens. */
export const unbreakable = (text: string): string => text.replace(/ /g, NBSP).replace(/-/g, NBHYPHEN);

export { NBSP, NNBSP };
