/** The stages, one after the other: a file in, a report model (or what is wrong) out. */
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { Lang } from './grid/types.js';
import { loadFile, type Loaded } from './load/load.js';
import { buildModel, type ReportModel } from './model/model.js';
import { scoreEvaluation, type FamilyScore } from './score/score.js';
import { validate } from './validate/validate.js';

export type Checked = { ok: true; loaded: Loaded } | { ok: false; diagnostics: Diagnostic[] };

/** Load and validate. */
export async function check(file: string): Promise<Checked> {
  const result = await loadFile(file);
  if (!result.ok) return result;
  const diagnostics = validate(result.loaded);
  return diagnostics.some((d) => d.severity === 'error') ? { ok: false, diagnostics } : result;
}

/** The report's language: the command line's choice, else the file's, else French. */
export function reportLanguage(loaded: Loaded, requested: Lang | undefined): Lang {
  return requested ?? (loaded.data.langue as Lang | undefined) ?? 'fr';
}

export function scoreOf(loaded: Loaded): FamilyScore[] {
  return scoreEvaluation(loaded.data);
}

export function modelOf(loaded: Loaded, lang: Lang): ReportModel {
  return buildModel(loaded.data, scoreOf(loaded), lang);
}
