/** Stage 5: the report model through the templates into Markdown. */
import type { Lang } from '../grid/types.js';
import type { ReportModel } from '../model/model.js';
import { compileTemplates, type Render } from './templates.js';

const compiled = new Map<Lang, Render>();

export function renderMarkdown(model: ReportModel): string {
  let render = compiled.get(model.langue);
  if (!render) {
    render = compileTemplates(model.langue);
    compiled.set(model.langue, render);
  }
  return render(model);
}
