/** `impact score`: the scores and the reason for every point, as a table or as JSON. */
import type { Lang } from '../grid/types.js';
import type { ReportModel } from '../model/model.js';
import { MAX_SCORE } from '../grid/rubric.js';
import { check, languageOf, modelOf } from '../pipeline/stages.js';
import { wordsOf } from '../words/words.js';
import { paintFor, reportDiagnostics, say } from './io.js';

function asJson(model: ReportModel): string {
  const familles = model.familles.map((f) => ({
    id: f.id,
    score: f.score,
    statut: f.statut,
    ...(f.avis_comite ? { score_calcule: f.score_calcule } : {}),
    raisons: f.explication,
    criteres: f.criteres.map((c) => ({ id: c.id, score: c.score, statut: c.statut, raisons: c.explication })),
  }));
  return JSON.stringify({ lieu: model.lieu, familles }, null, 2);
}

function asTable(model: ReportModel): string {
  const paint = paintFor(process.stdout);
  const width = Math.max(...model.familles.flatMap((f) => f.criteres.map((c) => c.titre.length)));
  const { zero } = wordsOf(model.langue).cli;
  const lines = [paint.bold(model.lieu.nom), ''];
  for (const f of model.familles) {
    const intensity = f.score > 0 || f.statut === 'rated' ? `${'+'.repeat(f.score)} (${f.score}/${MAX_SCORE})` : zero[f.statut];
    lines.push(paint.bold(`${f.titre} — ${intensity}`));
    lines.push(...f.explication.map((reason) => `  ${reason}`));
    for (const c of f.criteres) {
      lines.push(`  ${c.titre.padEnd(width)}  ${c.score}/${MAX_SCORE}`);
      lines.push(...c.explication.map((reason) => paint.dim(`      · ${reason}`)));
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

export async function scoreFile(file: string, options: { json?: boolean; lang?: Lang }): Promise<number> {
  const checked = await check(file);
  const lang = languageOf(checked, options.lang);
  if (!checked.ok) {
    reportDiagnostics(checked.diagnostics, lang);
    return 1;
  }
  reportDiagnostics(checked.warnings, lang);
  const model = modelOf(checked.loaded, lang);
  say(options.json ? asJson(model) : asTable(model));
  return 0;
}
