/**
 * The date a PDF carries: never the clock, so that the same evaluation gives the same bytes.
 * The evaluation's own date, else SOURCE_DATE_EPOCH (the reproducible-builds convention), else
 * a fixed default.
 */
export const DEFAULT_DATE = new Date('2000-01-01T00:00:00Z');

/** SOURCE_DATE_EPOCH as a date, when it is set to a number of seconds. */
function sourceEpoch(env: NodeJS.ProcessEnv): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}

export function documentDate(evaluationDate: string | undefined, env: NodeJS.ProcessEnv = process.env): Date {
  if (evaluationDate) return new Date(`${evaluationDate}T00:00:00Z`);
  return sourceEpoch(env) ?? DEFAULT_DATE;
}

/** The day of SOURCE_DATE_EPOCH (YYYY-MM-DD), when it is set: what dates a document no evaluation dates. */
export function sourceDay(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return sourceEpoch(env)?.toISOString().slice(0, 10);
}
