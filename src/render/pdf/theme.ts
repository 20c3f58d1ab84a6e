/** The look of the PDF report: page, type sizes, and the theme (colours, fonts, logo) a file can change. */
import { FONT_FILES, type FontName } from './fonts.js';

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

export interface Palette {
  readonly brand: string;
  readonly onBrand: string;
  readonly ink: string;
  readonly muted: string;
  readonly rule: string;
  /** One per family, in report order, used again from the first when there are more families. */
  readonly families: readonly string[];
}

export interface Theme {
  readonly palette: Palette;
  readonly fonts: Readonly<Record<FontName, string>>;
  /** A PNG or JPEG file for the cover. */
  readonly logo?: string;
}

export const DEFAULT_THEME: Theme = {
  palette: {
    brand: '#17324d',
    onBrand: '#ffffff',
    ink: '#1e2733',
    muted: '#5d6876',
    rule: '#d3d9e1',
    families: ['#b3541e', '#1d5fa6', '#2a7a4b', '#7b3f9e'],
  },
  fonts: FONT_FILES,
};

/** `hex` mixed with white: `amount` 0 is the colour, 1 is white. */
export function tint(hex: string, amount: number): string {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(value + (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}
