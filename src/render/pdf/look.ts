/** The PDF's fixed look: its page, its type sizes, and the lighter tints of the theme's colours. */

export const PAGE = {
  size: 'A4',
  margins: { top: 72, bottom: 64, left: 64, right: 64 },
} as const;

export const SIZE = {
  title: 25,
  h2: 17,
  h3: 12.5,
  body: 10.5,
  small: 8.5,
  lineGap: 2.4,
  paragraphGap: 7,
} as const;

/** `#rrggbb` (the theme's schema allows no other colour) as its red, green and blue, 0 to 255. */
export const channels = (hex: string): number[] => [0, 1, 2].map((i) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16));

/** `hex` mixed with white: `amount` 0 is the colour, 1 is white. */
export function tint(hex: string, amount: number): string {
  const byte = (value: number) =>
    Math.round(value + (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  return `#${channels(hex).map(byte).join('')}`;
}

/** The heat map's colour for each score, as a tint of the brand colour: 0 nearly white, 4 the brand colour itself. */
export const HEAT_TINT = [0.94, 0.75, 0.52, 0.27, 0] as const;
