/**
 * File names that are not UTF-8, kept as their bytes. A name is a string everywhere in impact;
 * Node reads names and arguments as UTF-8 and turns a byte it cannot read into U+FFFD, after
 * which the file cannot be found. Here such a byte becomes a lone surrogate (U+DC80 to U+DCFF,
 * as Python's "surrogateescape" does), which no UTF-8 name can hold, and `fsPath` turns the name
 * back into its bytes for the file system.
 */
import { readFileSync } from 'node:fs';

const ESCAPED_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

/** How many bytes the UTF-8 sequence starting at `i` takes, or 0 when it is not one. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  const [size, min] = lead < 0x80 ? [1, 0] : lead >= 0xc2 && lead <= 0xdf ? [2, 0x80] : lead >= 0xe0 && lead <= 0xef ? [3, 0x800] : lead >= 0xf0 && lead <= 0xf4 ? [4, 0x10000] : [0, 0];
  if (size <= 1 || i + size > bytes.length) return size === 1 ? 1 : 0;
  let code = lead & (0xff >> (size + 1));
  for (let k = 1; k < size; k += 1) {
    const next = bytes[i + k] ?? 0;
    if ((next & 0xc0) !== 0x80) return 0;
    code = (code << 6) | (next & 0x3f);
  }
  const surrogate = code >= 0xd800 && code <= 0xdfff;
  return code < min || code > 0x10ffff || surrogate ? 0 : size;
}

/** A name read as bytes: UTF-8 where it is, each other byte kept as a lone surrogate. */
export function nameFromBytes(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('utf8');
  if (!text.includes('\uFFFD') || Buffer.from(text, 'utf8').equals(bytes)) return text;
  let name = '';
  for (let i = 0; i < bytes.length; ) {
    const size = sequenceAt(bytes, i);
    if (size === 0) {
      name += String.fromCharCode(0xdc00 + (bytes[i] ?? 0));
      i += 1;
    } else {
      name += Buffer.from(bytes.subarray(i, i + size)).toString('utf8');
      i += size;
    }
  }
  return name;
}

/** What to give `fs` for `name`: the name itself, or its bytes when it keeps some (see nameFromBytes). */
export function fsPath(name: string): string | Buffer {
  if (!ESCAPED_BYTE.test(name)) return name;
  const parts: Buffer[] = [];
  let run = '';
  for (let i = 0; i < name.length; i += 1) {
    const code = name.charCodeAt(i);
    const lone = code >= 0xdc80 && code <= 0xdcff && !(i > 0 && /[\uD800-\uDBFF]/.test(name[i - 1] ?? ''));
    if (lone) {
      parts.push(Buffer.from(run, 'utf8'), Buffer.of(code - 0xdc00));
      run = '';
    } else run += name[i];
  }
  parts.push(Buffer.from(run, 'utf8'));
  return Buffer.concat(parts);
}

/**
 * The command line's arguments as their bytes, where Node could not read them (an argument with
 * U+FFFD): on Linux, /proc/self/cmdline still has them. Elsewhere, or when it cannot tell which
 * argument is which, the arguments as Node read them.
 */
export function argumentsAsBytes(args: readonly string[]): string[] {
  if (!args.some((arg) => arg.includes('\uFFFD'))) return [...args];
  let raw: string[];
  try {
    raw = readFileSync('/proc/self/cmdline').toString('latin1').split('\0').slice(0, -1);
  } catch {
    return [...args];
  }
  const bytes = raw.map((arg) => Buffer.from(arg, 'latin1'));
  const read = bytes.map((arg) => arg.toString('utf8'));
  let from = 0;
  return args.map((arg) => {
    if (!arg.includes('\uFFFD')) return arg;
    const at = read.indexOf(arg, from);
    if (at < 0) return arg;
    from = at + 1;
    return nameFromBytes(bytes[at] ?? Buffer.from(arg));
  });
}
