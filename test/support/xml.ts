/**
 * Well-formed XML, checked without an XML parser among the dependencies: what an XMP packet
 * holds (declarations, elements, attributes, text, comments); a DOCTYPE or CDATA is refused.
 */

const NAME = String.raw`[A-Za-z_][\w.:-]*`;
/** Text and attribute values: no `<`, and `&` only as an entity or a character reference. */
const CHARACTERS = String.raw`(?:[^<&]|&(?:lt|gt|amp|quot|apos|#\d+|#x[\dA-Fa-f]+);)`;
const ATTRIBUTE = String.raw`\s+${NAME}\s*=\s*(?:"(?:(?!")${CHARACTERS})*"|'(?:(?!')${CHARACTERS})*')`;
const TOKEN = new RegExp(
  String.raw`(<\?${NAME}[^?]*(?:\?(?!>)[^?]*)*\?>)|(<!--(?:(?!--)[\s\S])*-->)|<(${NAME})((?:${ATTRIBUTE})*)\s*(\/?)>|<\/(${NAME})\s*>|(${CHARACTERS}+)`,
  'y',
);

/** Where `xml` is not well-formed, or undefined when it is. */
export function xmlError(xml: string): string | undefined {
  const open: string[] = [];
  let roots = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(xml);
    if (!token) return `unexpected ${JSON.stringify(xml.slice(at, at + 20))} at ${at}`;
    const [, , , start, , selfClosing, end, text] = token;
    if (start !== undefined) {
      if (open.length === 0) roots++;
      if (selfClosing !== '/') open.push(start);
    } else if (end !== undefined) {
      const expected = open.pop();
      if (expected !== end) return `</${end}> closes <${expected ?? 'nothing'}> at ${at}`;
    } else if (text !== undefined && open.length === 0 && text.trim() !== '') {
      return `text outside the root element at ${at}`;
    }
  }
  if (open.length > 0) return `<${open.join('>, <')}> left open`;
  return roots === 1 ? undefined : `${roots} root elements`;
}

export function expectWellFormedXml(xml: string): void {
  expect(xmlError(xml)).toBeUndefined();
}
