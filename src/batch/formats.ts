/** The report formats `impact build` writes, light enough for the command line to list at start-up. */
export const FORMATS = ['pdf', 'md', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** The output of an evaluation read from standard input: standard output (`impact build - --format md`). */
export const STDOUT = '-';
