/** File names kept as their bytes (src/load/file-names.ts) and shown without acting on the terminal (src/diagnostics/format.ts). */
import fc from 'fast-check';
import { shownPath } from '../src/diagnostics/format.js';
import { fsPath, nameFromBytes } from '../src/load/file-names.js';

const bytesOf = (path: string | Buffer): Buffer => (typeof path === 'string' ? Buffer.from(path, 'utf8') : path);

describe('a file name read as bytes', () => {
  test('gives back the same bytes, whatever they are', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        expect(bytesOf(fsPath(nameFromBytes(bytes))).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('is the UTF-8 text itself when it is UTF-8, and given to fs as that text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (name) => {
        expect(nameFromBytes(Buffer.from(name, 'utf8'))).toBe(name);
        expect(fsPath(name)).toBe(name);
      }),
    );
  });

  test('shows a byte that is not UTF-8 by its value, next to the characters that are', () => {
    expect(shownPath(nameFromBytes(Buffer.from('caf\xE9 \xC3\xA9t\xE9.yaml', 'latin1')), 'fr')).toBe('caf<0xE9> ét<0xE9>.yaml');
  });
});

describe('a file name shown', () => {
  test.each([
    ['\u001b[2Jx.yaml', '<U+001B>[2Jx.yaml'],
    ['a\nb.yaml', 'a<U+000A>b.yaml'],
    ['x.yaml:1:1: erreur : y.yaml', '"x.yaml:1:1: erreur : y.yaml"'],
    ['a"b.yaml', '"a\\"b.yaml"'],
    ['a → b.yaml', '"a → b.yaml"'],
    ['C:\\sites\\a.yaml', 'C:\\sites\\a.yaml'],
    ['sites/le-relais.yaml', 'sites/le-relais.yaml'],
  ])('%j as %j', (name, shown) => {
    expect(shownPath(name, 'fr')).toBe(shown);
  });

  test('never holds a control character, and is quoted when its line could be read as a place in another file', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (name) => {
        const shown = shownPath(name, 'fr');
        expect(shown).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        // The first colon before a digit or a space is the one the diagnostic puts after the name.
        if (!shown.startsWith('"')) expect(`${shown}:1:1: erreur`.search(/:[\d\s]/)).toBe(shown.length);
      }),
    );
  });
});
