/**
 * The document model (src/document/) as HTML: every block kind and every role of ROLES has its
 * writer here — a new role without one is a type error. A block outside any role is set plainly;
 * a role's look is its element and class (style.ts), its drawings inline SVG (svg.ts), its tables
 * set by tables.ts. Headings get ids in reading order, for the table of contents.
 */
import { ROLES, plainText, type Block, type Cell, type Container, type Leaf, type Run, type TableBlock } from '../../document/document.js';
import { MAX_SCORE } from '../../grid/rubric.js';
import type { ReportModel } from '../../model/model.js';
import { familyColour, type Palette } from '../../theme/theme.js';
import type { Words } from '../../words/catalogue.js';
import { chartAlternative, chartRows } from '../chart.js';
import type { DocumentLabels } from '../labels.js';
import { numberAttribute } from '../pdf/table.js';
import { element, escapeHtml } from './escape.js';
import { familyClassAt, heatClass } from './style.js';
import { chartLegend, chartSvg, scaleSvg, type ChartLayout } from './svg.js';
import { heatCell, tableHtml, type CellLook, type TableContext, type TableSetting } from './tables.js';

type Role = (typeof ROLES)[number];

/** The chart drawn for a wide screen and for a phone: the stylesheet shows the one that fits. */
const CHART_LAYOUTS: readonly ChartLayout[] = ['large', 'etroit'];

const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

export interface Heading {
  readonly level: number;
  readonly id: string;
  readonly html: string;
}

export interface WriterInput {
  readonly labels: DocumentLabels;
  readonly words: Words['html'];
  readonly palette: Palette;
  /** The families' ids in report order: the `n`th takes the palette's `n`th colour. */
  readonly familles: readonly string[];
  /** A site's report (the chart's data, the site's name); none for a portfolio. */
  readonly report?: ReportModel;
  /** The pictures the `image` containers name (`chemin`), each as a data: URI. */
  readonly images: ReadonlyMap<string, string>;
}

export class HtmlWriter implements TableContext {
  private readonly palette: Palette;
  /** The headings written so far (but the title), in reading order. */
  readonly headings: Heading[] = [];
  private lastHeading = '';
  private tables = 0;

  /** The colour of the section being written: its family's, or the brand's. */
  private colour: string;

  constructor(private readonly input: WriterInput) {
    this.palette = input.palette;
    this.colour = input.palette.brand;
  }

  /** What each role makes of its blocks. */
  private readonly roles: { readonly [R in Role]: (container: Container) => string } = {
    couverture: (c) => this.wrap('div', 'couverture', c),
    details: (c) => this.wrap('div', 'details', c),
    image: (c) => this.image(c),
    presentation: (c) => this.wrap('div', 'presentation', c),
    synthese: (c) => this.withTables(c, { className: 'synthese', caption: this.input.words.tableau_synthese, rowHeaders: true, special: (cell, row) => this.intensityCell(cell, row) }),
    graphique: () => this.chart(),
    vigilance: (c) => this.wrap('div', 'vigilance', c),
    cle_intensites: (c) => this.wrap('div', 'cle-intensites', c),
    famille: (c) => this.family(c),
    avis_comite: (c) => this.withTables(c, { className: 'avis-comite', caption: this.input.words.tableau_avis_comite, rowHeaders: false, special: (cell) => this.intensityCell(cell) }),
    justification_comite: (c) => this.wrap('div', 'justification', c),
    signatures: (c) => this.wrap('div', 'signatures', c),
    annexe: (c) => this.wrap('section', 'annexe', c),
    tableau_annexe: (c) => this.withTables(c, { className: 'annexe', rowHeaders: true }),
    chiffres: (c) => this.wrap('div', 'chiffres', c),
    carte: (c) => this.withTables(c, { className: 'carte', rowHeaders: true, special: heatCell }) + this.heatKey(),
    legende: (c) => this.withTables(c, { className: 'legende', caption: this.input.words.tableau_legende, rowHeaders: false }),
    methode: (c) => this.wrap('section', 'methode', c),
  };

  blocks(blocks: readonly Block[]): string {
    return blocks.map((block) => this.block(block)).join('\n');
  }

  private block(block: Block): string {
    if (block.kind === 'container') return isRole(block.role) ? this.roles[block.role](block) : this.blocks(block.blocks);
    return this.leaf(block);
  }

  private leaf(block: Leaf): string {
    switch (block.kind) {
      case 'heading':
        return this.heading(block.level, block.runs);
      case 'paragraph':
        return `<p>${this.inline(block.runs)}</p>`;
      case 'list':
        return `<ul>${block.items.map((item) => `<li>${this.inline(item)}</li>`).join('')}</ul>`;
      case 'quote':
        return `<blockquote><p>${this.inline(block.runs)}</p></blockquote>`;
      case 'table':
        return this.table(block, { className: 'simple', rowHeaders: true });
      default: {
        const unknown: never = block;
        throw new Error(`impact bug: no HTML for the block ${JSON.stringify(unknown)}`);
      }
    }
  }

  inline(runs: readonly Run[]): string {
    return runs
      .map((run) => {
        const text = escapeHtml(run.text);
        const italic = run.italic ? `<em>${text}</em>` : text;
        return run.bold ? `<strong>${italic}</strong>` : italic;
      })
      .join('');
  }

  /** The colour of the family with this id, if it is one of the document's. */
  private familyColour(id: string | undefined): string | undefined {
    const index = this.familyIndex(id);
    return index >= 0 ? familyColour(this.palette, index) : undefined;
  }

  familyClass(id: string | undefined): string | undefined {
    const index = this.familyIndex(id);
    return index >= 0 ? familyClassAt(this.palette, index) : undefined;
  }

  private familyIndex(id: string | undefined): number {
    return id === undefined ? -1 : this.input.familles.indexOf(id);
  }

  private heading(level: number, runs: readonly Run[]): string {
    const html = this.inline(runs);
    this.lastHeading = plainText(runs);
    if (level === 1) return `<h1>${html}</h1>`;
    const id = `s${this.headings.length + 1}`;
    this.headings.push({ level, id, html });
    return element(`h${Math.min(level, 6)}`, { id }, html);
  }

  private wrap(tag: string, className: string, container: Container): string {
    return `<${tag} class="${className}">\n${this.blocks(container.blocks)}\n</${tag}>`;
  }

  /** A family's section, in its colour (its heading's band, its quotes' bar). */
  private family(container: Container): string {
    const outer = this.colour;
    this.colour = this.familyColour(container.attributes.famille) ?? this.palette.brand;
    const content = this.blocks(container.blocks);
    this.colour = outer;
    const family = this.familyClass(container.attributes.famille);
    return element('section', { class: family ? `famille ${family}` : 'famille' }, `\n${content}\n`);
  }

  /** The container's tables set as `setting` says, its other blocks plainly. */
  private withTables(container: Container, setting: Omit<TableSetting, 'id' | 'caption'> & { readonly caption?: string }): string {
    return container.blocks.map((block) => (block.kind === 'table' ? this.table(block, setting) : this.block(block))).join('\n');
  }

  /** A table, its caption its role's words or else the heading it stands under. */
  private table(table: TableBlock, setting: Omit<TableSetting, 'id' | 'caption'> & { readonly caption?: string }): string {
    this.tables += 1;
    return tableHtml(table, this, { ...setting, id: `t${this.tables}`, caption: setting.caption ?? this.lastHeading });
  }

  /**
   * A cell with an `intensite` (0 to 4) drawn on a scale of four in its row's family colour (the
   * section's), its words beside it; with `calculee`, the computed one on a second scale, each
   * captioned, the cell's words then for screen readers only.
   */
  private intensityCell(cell: Cell, row: readonly Cell[] = []): CellLook | undefined {
    const marks = numberAttribute(cell.attributes, 'intensite');
    if (marks === undefined) return undefined;
    const colour = this.familyColour(row[0]?.attributes.famille) ?? this.colour;
    const computed = numberAttribute(cell.attributes, 'calculee');
    const scale = (score: number) => scaleSvg(score, colour, this.palette.onBrand);
    if (computed === undefined) return { className: 'intensite', before: scale(marks) };
    const captioned = (score: number, label: string | undefined) => `<span class="echelle-legendee">${scale(score)}<span aria-hidden="true">${escapeHtml(label ?? '')}</span></span>`;
    return { className: 'intensite', before: captioned(marks, this.input.labels.carte_retenue) + captioned(computed, this.input.labels.carte_calculee), wordsHidden: true };
  }

  /** The picture the container names, its text as the alternative text (as the PDF reads it). */
  private image(container: Container): string {
    const uri = container.attributes.chemin === undefined ? undefined : this.input.images.get(container.attributes.chemin);
    if (uri === undefined) return '';
    const alt = container.blocks.map((block) => (block.kind === 'paragraph' ? plainText(block.runs) : '')).join(' ').trim();
    return `<figure class="image"><img src="${uri}" alt="${escapeHtml(alt)}"></figure>`;
  }

  /** The chart of every criterion's points, its title over it, its legend under it, its words as its text alternative. */
  private chart(): string {
    const { report, labels } = this.input;
    if (report === undefined) return '';
    const rows = chartRows(report);
    const alternative = chartAlternative(report, labels);
    const drawing = CHART_LAYOUTS.map((layout) => chartSvg(rows, this.palette, labels.graphique_non_renseigne ?? '', alternative, layout)).join('');
    const legend = chartLegend(this.palette, (key) => labels[key] ?? '');
    return `<figure class="figure-graphique"><figcaption>${escapeHtml(labels.graphique)}</figcaption>${drawing}${legend}</figure>`;
  }

  /** "Points sur 4 : 0 1 2 3 4 – non renseigné d décrit" as swatches, for the eye: the key in words follows the heat map. */
  private heatKey(): string {
    const { labels } = this.input;
    const swatches = Array.from({ length: MAX_SCORE + 1 }, (_, score) => `<span class="case ${heatClass(score)}">${score}</span>`);
    const empty = (mark: string, label: string | undefined) => `<span class="case vide">${mark}</span> ${escapeHtml(label ?? '')}`;
    return `<p class="cle-carte" aria-hidden="true"><strong>${escapeHtml(labels.carte_points ?? '')}</strong> ${swatches.join(' ')} ${empty('–', labels.carte_non_renseigne)} ${empty('d', labels.carte_decrit)}</p>`;
  }
}
