/**
 * The report's templates: `rapport.hbs` and its partials, named by their path under
 * templates/<lang>/ without the extension (`famille`, `criteres/lien_social`…).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import type { Lang } from '../grid/types.js';
import { TEMPLATES_DIR } from '../paths.js';
import { frenchSpacing } from '../text/typography.js';
import { escapeMarkdown } from './escape.js';
import { helpers } from './helpers.js';

export const MAIN_TEMPLATE = 'rapport';

function templateFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.hbs')) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).replace(/\\/g, '/').replace(/\.hbs$/, ''), path);
  }
  return files;
}

/** French spacing for the templates' own words; what the data brings in is left as written. */
function typeset(ast: hbs.AST.Program, lang: Lang): hbs.AST.Program {
  if (lang !== 'fr') return ast;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const statement = node as { type?: string; value?: string; original?: string };
    if (statement.type === 'ContentStatement' && typeof statement.value === 'string') {
      statement.value = frenchSpacing(statement.value);
      statement.original = statement.value;
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child === 'object' && 'type' in child) visit(child);
    }
  };
  visit(ast);
  return ast;
}

/** Every `{{value}}` is escaped for Markdown instead of HTML. */
function escapeExpression(value: unknown): string {
  if (value && typeof (value as { toHTML?: unknown }).toHTML === 'function') return (value as { toHTML(): string }).toHTML();
  if (value === null || value === undefined || value === false) return '';
  return escapeMarkdown(String(value));
}

export type Render = (context: object) => string;

export function compileTemplates(lang: Lang): Render {
  Handlebars.Utils.escapeExpression = escapeExpression;
  const env = Handlebars.create();
  env.registerHelper(helpers(lang, (markdown) => new env.SafeString(markdown)));
  let main: HandlebarsTemplateDelegate | undefined;
  for (const [name, path] of templateFiles(join(TEMPLATES_DIR, lang))) {
    // A partial is inserted where it is called: the newline that ends its file is not its own.
    const source = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
    const ast = typeset(env.parse(source), lang);
    const template = env.compile(ast, { preventIndent: true, strict: false });
    if (name === MAIN_TEMPLATE) main = template;
    else env.registerPartial(name, template);
  }
  if (!main) throw new Error(`impact: no ${MAIN_TEMPLATE}.hbs in ${join(TEMPLATES_DIR, lang)}`);
  const render = main;
  return (context) => tidy(render(context));
}

/** Templates may leave extra blank lines and trailing spaces; Markdown wants neither. */
function tidy(markdown: string): string {
  return `${markdown
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
