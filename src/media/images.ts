/**
 * A logo's header read as pdfkit will read it: a PNG's chunks up to its image data and end, a
 * JPEG's segments up to its frame and scan, and the picture's size from them. Magic bytes alone
 * (`\x89PNG`, `FF D8 FF D9`) or a picture of no pixels are no image; one too large to decode is
 * refused by its header before anything decodes it.
 */

/** A logo needs a few hundred pixels a side; this many would take hundreds of megabytes to decode. */
export const MAX_IMAGE_SIDE = 10_000;
export const MAX_IMAGE_PIXELS = 25_000_000;

export type ImageHeader = { readonly format: 'png' | 'jpeg'; readonly width: number; readonly height: number };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The bit depths each PNG colour type allows (greyscale, RGB, palette, grey and alpha, RGBA). */
const PNG_DEPTHS: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

function pngHeader(bytes: Uint8Array): ImageHeader | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = PNG_SIGNATURE.length;
  let header: ImageHeader | undefined;
  let data = false;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const body = offset + 8;
    if (body + length + 4 > bytes.length) return undefined;
    if (header === undefined) {
      if (type !== 'IHDR' || length !== 13) return undefined;
      const [depth = 0, colour = 0, compression, filter, interlace = 0] = bytes.subarray(body + 8, body + 13);
      if (!PNG_DEPTHS[colour]?.includes(depth) || compression !== 0 || filter !== 0 || interlace > 1) return undefined;
      header = { format: 'png', width: view.getUint32(body), height: view.getUint32(body + 4) };
    } else if (type === 'IDAT') data = true;
    else if (type === 'IEND') return data ? header : undefined;
    offset = body + length + 4;
  }
  return undefined;
}

/** Start-of-frame markers: baseline, extended, progressive and lossless, Huffman or arithmetic coded (not C4, C8, CC). */
const isFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegHeader(bytes: Uint8Array): ImageHeader | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  let header: ImageHeader | undefined;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    // Fill bytes, and markers without a length (RST, TEM), stand alone.
    if (marker === 0xff || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += marker === 0xff ? 1 : 2;
      continue;
    }
    if (marker === 0xd8 || marker === 0xd9) return undefined;
    const length = view.getUint16(offset + 2);
    if (length < 2 || offset + 2 + length > bytes.length) return undefined;
    if (isFrame(marker)) {
      if (length < 8) return undefined;
      const components = bytes[offset + 9] ?? 0;
      if (![1, 3, 4].includes(components)) return undefined;
      header = { format: 'jpeg', height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    // The scan: what follows is entropy-coded data, which only a frame before it makes an image.
    if (marker === 0xda) return header;
    offset += 2 + length;
  }
  return undefined;
}

/** The PNG or JPEG picture the bytes hold, by their header; none when they hold no such picture. */
export function imageHeader(bytes: Uint8Array): ImageHeader | undefined {
  const header = startsWith(bytes, PNG_SIGNATURE) ? pngHeader(bytes) : startsWith(bytes, [0xff, 0xd8]) ? jpegHeader(bytes) : undefined;
  return header && header.width > 0 && header.height > 0 ? header : undefined;
}

/** Whether decoding the picture would take more memory than a logo is worth. */
export const tooLarge = ({ width, height }: ImageHeader): boolean =>
  width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS;
