/** Stage 5: a model through the templates into Markdown: a site's report, or a portfolio. */
import type { Lang } from '../grid/types.js';
import type { ReportModel } from '../model/model.js';
import { compileTemplates, MAIN_TEMPLATE, type MainTemplate, type Render } from './templates.js';

/** Compiled templates by document, language and custom folder; `forgetTemplates` after they change. */
const compiled = new Map<string, Render>();

/** The document `main` written from `model` (any model that says its language) in Markdown. */
export function renderDocument(main: MainTemplate, model: { readonly langue: Lang }, customTemplates?: string): string {
  const key = `${main}\0${model.langue}\0${customTemplates ?? ''}`;
  let render = compiled.get(key);
  if (!render) {
    render = compileTemplates(model.langue, customTemplates, main);
    compiled.set(key, render);
  }
  return render(model);
}

export function renderMarkdown(model: ReportModel, customTemplates?: string): string {
  return renderDocument(MAIN_TEMPLATE, model, customTemplates);
}

export function forgetTemplates(): void {
  compiled.clear();
}
