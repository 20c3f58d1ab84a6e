/**
 * What every HTML report must pass: html-validate's recommended rules (but one), axe-core's every rule
 * (WCAG A and AA, best practices) over jsdom, and no outside request.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import { JSDOM } from 'jsdom';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/**
 * `long-title` is a search engine's taste, not HTML's: a report's title holds its site's name,
 * whatever its length, as the PDF's does.
 */
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

/** html-validate's messages, `line:column rule message`: none for a valid page. */
export async function validationErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

/** The page in jsdom, scripts of its own never run (axe is evaluated from outside). */
export const domOf = (html: string): JSDOM => new JSDOM(html, { runScripts: 'outside-only', pretendToBeVisual: true });

interface AxeResults {
  violations: { id: string; help: string; nodes: { html: string }[] }[];
}

/** axe-core's violations, `rule: help (first node)`: none for an accessible page. */
export async function accessibilityViolations(html: string): Promise<string[]> {
  const dom = domOf(html);
  // jsdom has no canvas: axe's icon-ligature check asks for one and goes on without it.
  dom.window.HTMLCanvasElement.prototype.getContext = () => null;
  dom.window.eval(AXE);
  const axe = (dom.window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
  const results = await axe.run(dom.window.document, { resultTypes: ['violations'] });
  dom.window.close();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.html.slice(0, 160) ?? ''})`);
}

/** Every address the page would fetch or link out to: none but its own anchors and data: URIs. */
export function outsideRequests(html: string): string[] {
  const found = [...html.matchAll(/(?:src|href|xlink:href)\s*=\s*"([^"]*)"/g)].map((m) => m[1] ?? '');
  const inCss = [...html.matchAll(/url\(([^)]*)\)|@import/g)].map((m) => m[0]);
  return [...found.filter((url) => !url.startsWith('#') && !url.startsWith('data:')), ...inCss, ...(/<link\b|<script\b/i.test(html) ? ['<link> or <script>'] : [])];
}
