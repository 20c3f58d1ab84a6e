/**
 * The date a PDF carries: never the clock, so that the same evaluation gives the same bytes.
 * The evaluation's own date, else SOURCE_DATE_EPOCH (the reproducible-builds convention), else
 * a fixed default.
 */
export const DEFAULT_DATE = new Date('2000-01-01T00:00:00Z');

export function documentDate(evaluationDate: string | undefined, env: NodeJS.ProcessEnv = process.env): Date {
  if (evaluationDate) return new Date(`${evaluationDate}T00:00:00Z`);
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return DEFAULT_DATE;
}
