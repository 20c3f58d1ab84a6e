/** Stage 5: the report model through the templates into Markdown. */
import type { ReportModel } from '../model/model.js';
import { compileTemplates, type Render } from './templates.js';

/** Compiled templates by language and custom folder; `forgetTemplates` after they change. */
const compiled = new Map<string, Render>();

export function renderMarkdown(model: ReportModel, customTemplates?: string): string {
  const key = `${model.langue}\0${customTemplates ?? ''}`;
  let render = compiled.get(key);
  if (!render) {
    render = compileTemplates(model.langue, customTemplates);
    compiled.set(key, render);
  }
  return render(model);
}

export function forgetTemplates(): void {
  compiled.clear();
}
