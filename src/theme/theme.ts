/** What a theme file (`--theme`) can change in the PDF: its colours, its fonts and a logo; and impact's own. */
import { FONT_FILES, type FontName } from './fonts.js';

export interface Palette {
  readonly brand: string;
  readonly onBrand: string;
  readonly ink: string;
  readonly muted: string;
  readonly rule: string;
  /** One per family, in report order, used again from the first when there are more families. */
  readonly families: readonly string[];
}

/** The colour of the `index`th family, the palette's colours used again when there are more families. */
export const familyColour = (palette: Palette, index: number): string => palette.families[index % palette.families.length] ?? palette.brand;

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
