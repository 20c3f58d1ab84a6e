/**
 * The templates: a main one per document (`rapport.hbs` for a site's report, `portefeuille.hbs`
 * for `impact summary`, `comparaison.hbs` for `impact compare`) and the partials they share,
 * named by their path without the extension (`famille`, `criteres/lien_social`,
 * `portefeuille_chiffres`…; template-files.ts finds them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Lang } from '../grid/types.js';
import { processCache } from '../runtime/caches.js';
import { PACKAGE_ROOT, TEMPLATES_DIR } from '../runtime/paths.js';
import { bindNumbers } from '../text/typography.js';
import { wordsOf } from '../words/words.js';
import { BAREME_HELPER, baremeText } from './bareme.js';
import { escapeMarkdown } from './escape.js';
import { foldConstants, type Constant } from './fold.js';
import { helpers } from './helpers.js';
import { checkPartials, CHECKED_PARTIAL, located, type Inclusions, type Rendering } from './partials.js';
import { builtInSources, templateSources } from './template-files.js';
import { HelperArgumentError } from '../document/helper-errors.js';
import { atCall, errorAt, TemplateError } from './template-errors.js';
import { MOT_HELPER, templateWords, wordText, type TemplateWords } from './template-words.js';

export { TemplateError };

export const MAIN_TEMPLATE = 'rapport';
/** The documents impact writes, each from its own main template; every other file is a partial. */
export const MAIN_TEMPLATES = [MAIN_TEMPLATE, 'portefeuille', 'comparaison'] as const;
export type MainTemplate = (typeof MAIN_TEMPLATES)[number];

/** French spacing (numbers bound to their nouns in English) for the templates' own words; what the data brings in is left as written. */
const spacingOf = (lang: Lang): ((text: string) => string) => {
  const { spaced } = wordsOf(lang).typography;
  return (text) => bindNumbers(spaced(text));
};

function typeset(ast: hbs.AST.Program, lang: Lang): hbs.AST.Program {
  const spacing = spacingOf(lang);
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const statement = node as { type?: string; value?: string; original?: string };
    if (statement.type === 'ContentStatement' && typeof statement.value === 'string') {
      statement.value = spacing(statement.value);
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

/** The helper every `{{value}}` of impact's templates goes through, instead of Handlebars' HTML escaping. */
const ESCAPE_HELPER = 'impact_markdown';

/** `{{value}}` escaped for Markdown; a helper's SafeString (`liste`, `plus`) is written as it is. */
function escapeExpression(value: unknown): string {
  if (value && typeof (value as { toHTML?: unknown }).toHTML === 'function') return (value as { toHTML(): string }).toHTML();
  if (value === null || value === undefined || value === false) return '';
  return escapeMarkdown(String(value));
}

/** The part of Handlebars' JavaScriptCompiler (undeclared in its types) that impact extends. */
interface Compiler {
  compiler: unknown;
  pushSource(source: unknown): void;
  appendToBuffer(parts: unknown[]): unknown;
  popStack(): unknown;
}
type CompilerClass = new () => Compiler;

/**
 * A Handlebars environment of impact's own, whose compiler writes each `{{value}}` as a call to
 * ESCAPE_HELPER: Markdown escaping for these templates only, without touching
 * `Handlebars.Utils.escapeExpression`, which every other Handlebars user in the process shares.
 */
function markdownEnvironment(): typeof Handlebars {
  const env = Handlebars.create();
  const Base = (env as unknown as { JavaScriptCompiler: CompilerClass }).JavaScriptCompiler;
  class MarkdownEscaping extends Base {
    appendEscaped(): void {
      // Handlebars hands every helper an options object last: an empty one here.
      this.pushSource(this.appendToBuffer([`helpers.${ESCAPE_HELPER}(`, this.popStack(), ', {})']));
    }
  }
  // The compiler of nested blocks ({{#if}}, {{#each}}) is `prototype.compiler`: the same one.
  MarkdownEscaping.prototype.compiler = MarkdownEscaping;
  (env as unknown as { JavaScriptCompiler: CompilerClass }).JavaScriptCompiler = MarkdownEscaping;
  env.registerHelper(ESCAPE_HELPER, escapeExpression);
  return env;
}

export type Render = (context: object) => string;

/** Handlebars' own helpers but `log`, which would write to the output of `--reporter json`. */
const HANDLEBARS_BUILT_INS = ['if', 'unless', 'each', 'with', 'lookup'];

/** Handlebars' `lookup`, which given fewer than its two arguments fails on its own options object. */
function lookupOfTwo(env: typeof Handlebars): void {
  const lookup = env.helpers.lookup as (...all: unknown[]) => unknown;
  env.registerHelper('lookup', function (this: unknown, ...all: unknown[]) {
    if (all.length < 3) throw new HelperArgumentError('lookup', 'object-and-key', all.length === 2 ? all[0] : undefined);
    return lookup.apply(this, all);
  });
}

/** Every helper, Handlebars' own included, with its errors placed at its call. */
function helpersAtTheirCalls(env: typeof Handlebars): void {
  for (const [name, helper] of Object.entries(env.helpers)) {
    env.registerHelper(name, function (this: unknown, ...all: unknown[]) {
      try {
        return (helper as (...a: unknown[]) => unknown).apply(this, all);
      } catch (e) {
        throw atCall(e, all.at(-1));
      }
    });
  }
}

/** The helpers whose result is a constant of the language: the words, the rubric's numbers. */
const constantsOf = ({ words }: TemplateWords): Record<string, Constant> => ({
  [MOT_HELPER]: ([key = '']) => wordText(words, key),
  [BAREME_HELPER]: ([name = '', form]) => baremeText(name, form),
});

/** A template file read and checked: its constants written in, French spacing applied, every partial it names known (where, in `inclusions`). */
function parseTemplate(
  env: typeof Handlebars,
  path: string,
  lang: Lang,
  partials: ReadonlySet<string>,
  words: TemplateWords,
  inclusions?: Inclusions,
): { source: string; ast: hbs.AST.Program } {
  try {
    const source = readFileSync(path, 'utf8');
    const parsed = env.parse(source);
    foldConstants(path, parsed, constantsOf(words));
    const ast = typeset(parsed, lang);
    checkPartials(path, ast, partials, inclusions);
    return { source, ast };
  } catch (e) {
    throw errorAt(path, e);
  }
}

/** The helpers a template may call: a name outside them is an error when it is compiled. */
function knownHelpersOf(lang: Lang): Record<string, boolean> {
  const own = [...Object.keys(helpers(lang, (markdown) => markdown)), MOT_HELPER];
  // False: Handlebars would otherwise compile a call to `log`, removed below, or to the two it
  // keeps out of the helpers for itself, which the templates must not call either.
  const refused = { log: false, helperMissing: false, blockHelperMissing: false };
  return { ...Object.fromEntries([...HANDLEBARS_BUILT_INS, ...own, CHECKED_PARTIAL, ESCAPE_HELPER].map((name) => [name, true])), ...refused };
}

const compileOptions = (lang: Lang) => ({ preventIndent: true, strict: false, knownHelpers: knownHelpersOf(lang), knownHelpersOnly: true }) as const;

/** The built-in templates of `lang` compiled at build time (`npm run build`), with the source each was compiled from. */
export const precompiledTemplatesFile = (lang: Lang): string => join(PACKAGE_ROOT, 'dist', 'precompiled', `templates.${lang}.cjs`);

type Precompiled = Readonly<Record<string, { readonly source: string; readonly spec: TemplateSpecification }>>;

/**
 * The module `precompiledTemplatesFile(lang)` holds: every built-in template as Handlebars'
 * precompiled code. Its characters above U+00FF (all in string literals) are escaped: V8 keeps a
 * module's source, one byte a character only when all of them fit in Latin-1 (a ’ made the
 * 400 kB twice as large in the command and in every batch worker).
 */
export function precompileTemplates(lang: Lang): string {
  const builtIn = builtInSources(lang);
  const partials = new Set([...builtIn.keys()].filter((name) => !(MAIN_TEMPLATES as readonly string[]).includes(name)));
  const env = markdownEnvironment();
  const words = templateWords(lang, undefined);
  const entries = [...builtIn].map(([name, path]) => {
    const { source, ast } = parseTemplate(env, path, lang, partials, words);
    return `${JSON.stringify(name)}: { source: ${JSON.stringify(source)}, spec: ${env.precompile(ast, compileOptions(lang))} }`;
  });
  const code = `module.exports = {\n${entries.join(',\n')}\n};\n`;
  return code.replace(/[^\x00-\xff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const precompiled = processCache<Lang, Precompiled>('precompiled templates', 'snapshot');

/** The built-in templates compiled at build time, or none when running from the sources. */
function precompiledOf(lang: Lang): Precompiled {
  let templates = precompiled.get(lang);
  if (!templates) {
    const file = precompiledTemplatesFile(lang);
    templates = existsSync(file) ? (createRequire(import.meta.url)(file) as Precompiled) : {};
    precompiled.set(lang, templates);
  }
  return templates;
}

/** What a document's templates are compiled with: the language, its partials, its words, impact's own files. */
interface Compiling {
  readonly lang: Lang;
  readonly partials: ReadonlySet<string>;
  readonly words: TemplateWords;
  readonly builtIn: ReadonlyMap<string, string>;
  /** Where each file compiled now includes each partial (partials.ts places a partial too deep there). */
  readonly inclusions: Inclusions;
}

/**
 * The template at `path`: its build-time compilation when it is the built-in file as it was
 * then, with the built-in words; otherwise (an override, an edited built-in, words of a
 * mots.json) compiled now.
 */
function templateAt(env: typeof Handlebars, name: string, path: string, { lang, partials, words, builtIn, inclusions }: Compiling): HandlebarsTemplateDelegate {
  const ready = path === builtIn.get(name) && !words.overridden ? precompiledOf(lang)[name] : undefined;
  if (ready && readFileSync(path, 'utf8') === ready.source) return env.template(ready.spec);
  const { ast } = parseTemplate(env, path, lang, partials, words, inclusions);
  // Compiled on first use: an unknown helper is reported then, located by `located`.
  return env.compile(ast, compileOptions(lang));
}

/** The document `main` (`rapport` by default) in `lang` with the partials, each file overridden by name from `custom` (`--templates DIR`). */
export function compileTemplates(lang: Lang, custom?: string, main: MainTemplate = MAIN_TEMPLATE): Render {
  const env = markdownEnvironment();
  env.registerHelper(helpers(lang, (markdown) => new env.SafeString(markdown)));
  env.registerHelper(CHECKED_PARTIAL, (name: unknown, line: number, column: number) => {
    if (typeof name === 'string' && Object.hasOwn(env.partials, name)) return name;
    // Located as Handlebars locates its own errors; `located` adds the file.
    throw Object.assign(new Error(`The partial ${String(name)} could not be found`), { lineNumber: line, column });
  });
  const words = templateWords(lang, custom);
  const spacing = spacingOf(lang);
  // Folded when the files are parsed; called only with a computed key (`{{mot key}}`).
  env.registerHelper(MOT_HELPER, (key: unknown) => new env.SafeString(spacing(wordText(words.words, String(key)))));
  env.unregisterHelper('log');
  lookupOfTwo(env);
  helpersAtTheirCalls(env);
  const helperNames = Object.entries(knownHelpersOf(lang)).flatMap(([name, known]) => (known ? [name] : []));
  const rendering: Rendering = { files: [], inclusions: new Map() };
  const sources = templateSources(lang, custom);
  const documents: readonly string[] = MAIN_TEMPLATES;
  // The other documents' main templates are neither compiled nor partials.
  for (const name of documents) if (name !== main) sources.delete(name);
  const partials = new Set([...sources.keys()].filter((name) => name !== main));
  const compiling: Compiling = { lang, partials, words, builtIn: builtInSources(lang), inclusions: rendering.inclusions };
  let compiled: HandlebarsTemplateDelegate | undefined;
  for (const [name, path] of sources) {
    const template = located(path, name, templateAt(env, name, path, compiling), helperNames, rendering);
    if (name === main) compiled = template;
    else env.registerPartial(name, template);
  }
  if (!compiled) throw new TemplateError(TEMPLATES_DIR, 0, 0, { problem: 'missing-main', name: `${main}.hbs` });
  const render = compiled;
  return (context) => tidy(render(context));
}

/** Templates may leave extra blank lines and trailing spaces; Markdown wants neither. */
function tidy(markdown: string): string {
  return `${markdown
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
