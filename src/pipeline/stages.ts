/** The stages, one after the other: a file in, a report model (or what is wrong) out. */
import { byPosition, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { LANGS, type Lang } from '../grid/types.js';
import { loadFile, type Loaded } from '../load/load.js';
import { buildModel, type ReportModel } from '../model/model.js';
import { describedOnly } from '../score/described.js';
import { scoreEvaluation, type FamilyScore } from '../score/score.js';
import { unanswered } from '../validate/completeness.js';
import { fileProblems } from '../validate/files.js';
import { placeholderWarnings } from '../validate/placeholder.js';
import { validate } from '../validate/validate.js';

/**
 * A file loaded and valid (with what is worth a warning), or what is wrong with it, in the
 * language it asks for when it says.
 */
export type Checked = { ok: true; loaded: Loaded; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[]; langue?: Lang };

/** The language a file asks for (`langue:`), when it is one impact speaks. */
function fileLanguage(loaded: Loaded): Lang | undefined {
  const { langue } = loaded.data;
  return LANGS.find((lang) => lang === langue);
}

/** Load and validate. */
export async function check(file: string): Promise<Checked> {
  const result = await loadFile(file);
  if (!result.ok) return result;
  const diagnostics = [...validate(result.loaded), ...(await fileProblems(result.loaded)), ...placeholderWarnings(result.loaded)].sort(byPosition);
  if (!diagnostics.some((d) => d.severity === 'error')) return { ...result, warnings: diagnostics };
  const langue = fileLanguage(result.loaded);
  return { ok: false, diagnostics, ...(langue ? { langue } : {}) };
}

/** What a valid file leaves unanswered, or describes in words only (`impact validate`; errors with `--strict`). */
export function completeness(loaded: Loaded, severity: Severity = 'warning'): Diagnostic[] {
  return [...unanswered(loaded, severity), ...describedOnly(loaded, severity)].sort(byPosition);
}

/** The language of the report and its messages: the command line's choice, else the file's, else French. */
export function languageOf(checked: Checked, requested: Lang | undefined): Lang {
  return requested ?? (checked.ok ? fileLanguage(checked.loaded) : checked.langue) ?? 'fr';
}


export function scoreOf(loaded: Loaded): FamilyScore[] {
  return scoreEvaluation(loaded.data);
}

export function modelOf(loaded: Loaded, lang: Lang): ReportModel {
  return buildModel(loaded.data, scoreOf(loaded), lang);
}
