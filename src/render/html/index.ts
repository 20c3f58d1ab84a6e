/**
 * The HTML documents: one self-contained page per report, from the same document as the
 * Markdown and the PDF — the cover as the page's header, a table of contents, the rest as its
 * main content, the subject as its footer; inline CSS, inline SVG, the site's image as a data:
 * URI, nothing fetched. The same input always gives the same bytes.
 */
import { resolve } from 'node:path';
import { placed, plainText, type Block } from '../../document/document.js';
import type { ReportModel } from '../../model/model.js';
import type { PortfolioModel } from '../../portfolio/model.js';
import type { ComparisonModel } from '../../compare/model.js';
import { imageHeader } from '../../media/images.js';
import { MAX_FILE_BYTES, readBounded } from '../../media/read.js';
import { DEFAULT_THEME } from '../../theme/theme.js';
import { wordsOf } from '../../words/words.js';
import { comparisonInfo, portfolioInfo, reportInfo, type DocumentInfo } from '../info.js';
import { labelsFor } from '../labels.js';
import { documentOf } from '../markdown.js';
import type { Look } from '../pdf/index.js';
import { MAIN_TEMPLATE } from '../templates.js';
import { attributes, escapeHtml } from './escape.js';
import { stylesheet } from './style.js';
import { HtmlWriter, type Heading, type WriterInput } from './write.js';

/** The blocks the page's header holds: the title and the cover that opens the document. */
function coverLength(blocks: readonly Block[]): number {
  const inCover = (block: Block) => (block.kind === 'heading' && block.level === 1) || (block.kind === 'container' && block.role === 'couverture');
  const end = blocks.findIndex((block) => !inCover(block));
  return end === -1 ? blocks.length : end;
}

/** The contents: every section's heading, its sub-headings under it. */
function contents(headings: readonly Heading[], label: string): string {
  const sections: { heading: Heading; under: Heading[] }[] = [];
  for (const heading of headings) {
    const last = sections.at(-1);
    if (heading.level > 2 && last) last.under.push(heading);
    else sections.push({ heading, under: [] });
  }
  const link = (h: Heading) => `<a href="#${h.id}">${h.html}</a>`;
  const items = sections.map(({ heading, under }) => `<li>${link(heading)}${under.length ? `<ol>${under.map((h) => `<li>${link(h)}</li>`).join('')}</ol>` : ''}</li>`);
  return `<nav aria-labelledby="sommaire"><h2 id="sommaire">${escapeHtml(label)}</h2><ol>${items.join('\n')}</ol></nav>`;
}

/** Any document of impact as one page (a report, a portfolio, or another document the templates write), described by `info`. */
export function htmlPage(blocks: readonly Block[], info: DocumentInfo, input: WriterInput): string {
  const writer = new HtmlWriter(input);
  const cover = coverLength(blocks);
  const header = writer.blocks(blocks.slice(0, cover));
  const main = writer.blocks(blocks.slice(cover));
  const heading = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  const title = heading?.kind === 'heading' ? plainText(heading.runs) : info.subject;
  const meta = (name: string, content: string | undefined) => (content ? `<meta${attributes({ name, content })}>\n` : '');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(wordsOf(info.langue).typography.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `${meta('description', info.subject)}${meta('author', info.author)}${meta('keywords', info.keywords.join(', '))}<meta name="generator" content="impact">`,
    `<style>${stylesheet(input.palette)}</style>`,
    '</head>',
    '<body>',
    `<header>\n${header}\n</header>`,
    contents(writer.headings, input.words.sommaire),
    `<main>\n${main}\n</main>`,
    `<footer><p>${escapeHtml(info.subject)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The pictures the document's `image` containers name, each as a data: URI: files checked to be PNG or JPEG when the evaluation was loaded. */
async function imageUris(blocks: readonly Block[], folder: string | undefined): Promise<Map<string, string>> {
  const uris = new Map<string, string>();
  if (folder === undefined) return uris;
  const paths = placed(blocks).flatMap((place) => place.within.filter((c) => c.role === 'image').map((c) => c.attributes.chemin));
  for (const path of new Set(paths)) {
    if (path === undefined) continue;
    const bytes = await readBounded(resolve(folder, path), MAX_FILE_BYTES.image);
    const header = bytes instanceof Uint8Array ? imageHeader(bytes) : undefined;
    if (!(bytes instanceof Uint8Array) || !header) throw new Error(`impact bug: ${path} was checked as a picture and cannot be read as one now`);
    uris.set(path, `data:image/${header.format};base64,${Buffer.from(bytes).toString('base64')}`);
  }
  return uris;
}

/** A site's report: `markdown` is the one `renderMarkdown(model, look.templates)` wrote. */
export async function htmlReport(model: ReportModel, markdown: string, look: Look = {}): Promise<string> {
  const labels = labelsFor(model.langue, look.templates);
  const blocks = documentOf(MAIN_TEMPLATE, model, markdown, look.templates, look.link);
  const info = reportInfo(model, labels.sujet);
  const images = await imageUris(blocks, look.folder);
  const palette = (look.theme ?? DEFAULT_THEME).palette;
  return htmlPage(blocks, info, { labels, words: wordsOf(model.langue).html, palette, familles: info.familles, report: model, images });
}

/** The portfolio: `markdown` is the one `renderDocument('portefeuille', model, look.templates)` wrote. */
export function htmlPortfolio(model: PortfolioModel, markdown: string, look: Look = {}): string {
  const labels = labelsFor(model.langue, look.templates);
  const blocks = documentOf('portefeuille', model, markdown, look.templates, look.link);
  const info = portfolioInfo(model, labels);
  const palette = (look.theme ?? DEFAULT_THEME).palette;
  return htmlPage(blocks, info, { labels, words: wordsOf(model.langue).html, palette, familles: info.familles, images: new Map() });
}

/** Two evaluations of one site compared: `markdown` is the one `renderDocument('comparaison', model, look.templates)` wrote. */
export function htmlComparison(model: ComparisonModel, markdown: string, look: Look = {}): string {
  const labels = labelsFor(model.langue, look.templates);
  const blocks = documentOf('comparaison', model, markdown, look.templates, look.link);
  const info = comparisonInfo(model, labels);
  const palette = (look.theme ?? DEFAULT_THEME).palette;
  return htmlPage(blocks, info, { labels, words: wordsOf(model.langue).html, palette, familles: info.familles, images: new Map() });
}
