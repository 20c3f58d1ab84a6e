/**
 * Stage 5: a model through the templates into the document they mark up (src/document/), and
 * that document as the Markdown a reader gets: a site's report, or a portfolio.
 */
import { withoutRoles, type FileLink } from '../document/markup.js';
import type { Lang } from '../grid/types.js';
import type { ReportModel } from '../model/model.js';
import { processCache, weakProcessCache } from '../runtime/caches.js';
import { compileTemplates, MAIN_TEMPLATE, type MainTemplate, type Render } from './templates.js';

/** Compiled templates by document, language and custom folder. */
const compiled = processCache<string, Render>('compiled templates');

/**
 * Each model's marked documents by template set, kept as long as the model: the Markdown and the
 * PDF of one build are written from one run of the templates.
 */
const written = weakProcessCache<object, Map<string, string>>('marked documents');

/** The document `main` written from `model` (any model that says its language), with its role markup. */
export function renderMarked(main: MainTemplate, model: { readonly langue: Lang }, customTemplates?: string): string {
  const key = `${main}\0${model.langue}\0${customTemplates ?? ''}`;
  let documents = written.get(model);
  if (!documents) {
    documents = new Map();
    written.set(model, documents);
  }
  const done = documents.get(key);
  if (done !== undefined) return done;
  let render = compiled.get(key);
  if (!render) {
    render = compileTemplates(model.langue, customTemplates, main);
    compiled.set(key, render);
  }
  const marked = render(model);
  documents.set(key, marked);
  return marked;
}

/** The document `main` written from `model` in Markdown, as a reader gets it; `link` finds the files it shows. */
export function renderDocument(main: MainTemplate, model: { readonly langue: Lang }, customTemplates?: string, link?: FileLink): string {
  return withoutRoles(renderMarked(main, model, customTemplates), link);
}

/** A site's report in Markdown; `link` makes the image's path relative to where the Markdown goes (beside the evaluation by default). */
export function renderMarkdown(model: ReportModel, customTemplates?: string, link?: FileLink): string {
  return renderDocument(MAIN_TEMPLATE, model, customTemplates, link);
}
