/** The report's typeface: Source Sans 3 (SIL Open Font License), shipped on npm as TrueType. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const file = (style: string): string => require.resolve(`@expo-google-fonts/source-sans-3/${style}/SourceSans3_${style}.ttf`);

export const FONT_FILES = {
  regular: file('400Regular'),
  italic: file('400Regular_Italic'),
  semibold: file('600SemiBold'),
  bold: file('700Bold'),
  boldItalic: file('700Bold_Italic'),
} as const;

export type FontName = keyof typeof FONT_FILES;
