// Precompiles into dist/ what does not depend on the evaluation: the JSON Schema validators (Ajv
// standalone code), the built-in templates (Handlebars code) and the shaped words of the built-in
// text (see src/render/pdf/shaping.ts), so that impact starts without loading Ajv, compiling
// templates or shaping its own words. Run by `npm run build`, after tsc.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createAjv, forValidation } from '../dist/validate/ajv.js';
import { precompiledFile } from '../dist/validate/validate.js';
import { SCHEMA_FILE, THEME_SCHEMA_FILE } from '../dist/runtime/paths.js';
import { FAMILIES } from '../dist/grid/grid.js';
import { modelOf } from '../dist/pipeline/stages.js';
import { renderMarkdown } from '../dist/render/markdown.js';
import { pdfReport } from '../dist/render/pdf/index.js';
import { FONT_FILES } from '../dist/theme/fonts.js';
import { storedWordsFile, storedWordsOf } from '../dist/render/pdf/shaping.js';
import { LANGS } from '../dist/grid/types.js';
import { precompiledTemplatesFile, precompileTemplates } from '../dist/render/templates.js';

for (const schemaFile of [SCHEMA_FILE, THEME_SCHEMA_FILE]) {
  const ajv = createAjv({ source: true });
  const validate = ajv.compile(forValidation(JSON.parse(readFileSync(schemaFile, 'utf8'))));
  const target = precompiledFile(schemaFile);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, standaloneCode.default(ajv, validate));
}

// The built-in Handlebars templates, compiled to code: no parsing or compiling at start-up.
for (const lang of LANGS) writeFileSync(precompiledTemplatesFile(lang), precompileTemplates(lang));

// The words of every built-in sentence, heading and option label, shaped with the built-in fonts:
// a report in a new process then shapes only the evaluator's own words. Shaped here by building,
// in each language, one made-up report per option of the single choices, every list fully
// ticked (not the examples: their evaluators' words must be shaped at run time like anyone's).
/** A made-up evaluation answering everything: the k-th option of every single choice, every option of every list. */
function everyAnswer(k, lastRound) {
  const evaluation = { version: 1, lieu: { nom: 'Tiers-lieu', commune: 'Commune', periode: '2024', date_evaluation: '2025-06-30', evaluateurs: ['Comité'] } };
  for (const family of FAMILIES) {
    const answers = { mots_cles: ['rencontres'], ...(k === 1 ? { intensite: { valeur: 2, justification: 'prudence' } } : {}) };
    // The last round answers nothing: the sentences of what was not answered.
    for (const criterion of lastRound ? [] : family.criteria) {
      const fields = k % 2 ? { exemple: 'un exemple' } : {};
      for (const field of criterion.fields) {
        const ids = (field.options ?? []).map((option) => option.id);
        if (field.kind === 'single') fields[field.id] = ids[k % ids.length];
        if (field.kind === 'multi') fields[field.id] = ids;
        if (field.kind === 'count') fields[field.id] = [1, 150, 0, 20, 7][k % 5];
        if (field.kind === 'texts') fields[field.id] = ['une pratique'];
      }
      answers[criterion.id] = fields;
    }
    evaluation[family.id] = answers;
  }
  return evaluation;
}

rmSync(dirname(storedWordsFile(FONT_FILES.regular)), { recursive: true, force: true });
const rounds = Math.max(...FAMILIES.flatMap((f) => f.criteria.flatMap((c) => c.fields.map((field) => field.options?.length ?? 0)))) + 1;
for (let k = 0; k < rounds; k += 1) {
  for (const lang of LANGS) {
    const model = modelOf({ data: everyAnswer(k, k === rounds - 1) }, lang);
    await pdfReport(model, renderMarkdown(model));
  }
}
mkdirSync(dirname(storedWordsFile(FONT_FILES.regular)), { recursive: true });
for (const path of Object.values(FONT_FILES)) writeFileSync(storedWordsFile(path), storedWordsOf(path));
