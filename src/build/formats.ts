/** The report formats `impact build` writes, light enough for the command line to list at start-up. */
export const FORMATS = ['pdf', 'md', 'html', 'json'] as const;
export type Format = (typeof FORMATS)[number];
