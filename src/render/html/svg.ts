/**
 * The HTML report's drawings as inline SVG, from the PDF's data and geometry (../chart.ts, the
 * scale's SCALE): an intensity's four marks, the chart of every criterion's points with its
 * three states and their legend's marks. Numbers are rounded, so the same report gives the same bytes.
 */
import { MAX_SCORE } from '../../grid/rubric.js';
import { familyColour, type Palette } from '../../theme/theme.js';
import { CHART, LEGEND, type ChartRow } from '../chart.js';
import { tint } from '../pdf/look.js';
import { SCALE } from '../pdf/scale.js';
import { attributes, escapeHtml } from './escape.js';

/** At most two decimals, never `-0`: what a coordinate prints as. */
const n = (value: number): string => String(Math.round(value * 100) / 100 + 0);

/** An SVG element: its attributes escaped, numbers rounded. */
function svg(tag: string, pairs: Readonly<Record<string, string | number>>, content = ''): string {
  const shown = Object.fromEntries(Object.entries(pairs).map(([name, value]) => [name, typeof value === 'number' ? n(value) : value]));
  return content === '' ? `<${tag}${attributes(shown)}/>` : `<${tag}${attributes(shown)}>${content}</${tag}>`;
}

/** A drawing that text beside it already says: hidden from screen readers. */
const decorative = (width: number, height: number, content: string, className: string): string =>
  svg('svg', { class: className, viewBox: `0 0 ${n(width)} ${n(height)}`, width, height, 'aria-hidden': 'true' }, content);

/** An intensity as the PDF draws it: `MAX_SCORE` marks, the first `score` of them filled. */
export function scaleSvg(score: number, colour: string, onColour: string): string {
  const faint = tint(colour, SCALE.ringTint);
  const marks = Array.from({ length: MAX_SCORE }, (_, i) => {
    const cx = i * SCALE.step + SCALE.centre;
    const cy = SCALE.disc;
    const filled = i < score;
    const disc = filled
      ? svg('circle', { cx, cy, r: SCALE.disc, fill: colour })
      : svg('circle', { cx, cy, r: SCALE.ring, fill: 'none', stroke: faint, 'stroke-width': SCALE.ringWidth });
    const cross = `M${n(cx - SCALE.arm)} ${n(cy)}H${n(cx + SCALE.arm)}M${n(cx)} ${n(cy - SCALE.arm)}V${n(cy + SCALE.arm)}`;
    return disc + svg('path', { d: cross, stroke: filled ? onColour : faint, 'stroke-width': SCALE.crossWidth });
  });
  return decorative((MAX_SCORE - 1) * SCALE.step + SCALE.centre * 2, SCALE.disc * 2, marks.join(''), 'echelle');
}

/** The chart's points scaled up from the PDF's: the HTML's text is larger than a printed note. */
const K = 1.5;
const FONT = 12;
/** A sans-serif letter's mean width, in ems: a title's length is estimated, the browser's fonts being unknown. */
const LETTER = 0.52;
const { mark: MARK, stub: STUB } = CHART;

/**
 * The chart's two layouts: `large` as the PDF draws it, each title left of its bar; `etroit`, for
 * a phone, each title over its bar, so that a narrow drawing keeps its words readable.
 */
export type ChartLayout = 'large' | 'etroit';
const WIDTH: Readonly<Record<ChartLayout, number>> = { large: 560, etroit: 330 };

/** A negative finding: a box hatched with diagonals, outlined, at (x, y). */
function hatched(x: number, y: number, ink: string): string {
  const { width, height, hatch } = MARK;
  const lines: string[] = [];
  for (let d = -height; d < width; d += hatch) lines.push(`M${n(d)} ${height}L${n(d + height)} 0`);
  const clipped = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}` }, svg('path', { d: lines.join(''), stroke: ink, 'stroke-width': 0.7 }));
  const outline = svg('rect', { width, height, fill: 'none', stroke: ink, 'stroke-width': 0.8 });
  return svg('g', { transform: `translate(${n(x)} ${n(y)}) scale(${K})` }, clipped + outline);
}

/** A criterion with nothing to draw: a short dotted line from (x, y). */
const stub = (x: number, y: number, ink: string): string =>
  svg('path', { d: `M${n(x)} ${n(y)}h${n(STUB.length * K)}`, stroke: ink, 'stroke-width': 0.8 * K, 'stroke-dasharray': `${n(STUB.dash * K)} ${n(STUB.space * K)}` });

/** The chart's drawing: the scale's numbers, one row per criterion, family by family, the grid's rules over them. */
export function chartSvg(rows: readonly ChartRow[], palette: Palette, notAnswered: string, alternative: string, layout: ChartLayout): string {
  const width = WIDTH[layout];
  const bar = CHART.row * K;
  const longest = Math.max(0, ...rows.map((r) => r.titre.length * FONT * LETTER));
  const labelWidth = layout === 'large' ? Math.min(longest + 12, width / 2) : width;
  const x0 = layout === 'large' ? labelWidth : 6;
  const barWidth = width - x0 - 30 * K;
  /** Where a row's title sits above its bar's top, and how tall a row is. */
  const titleLine = layout === 'large' ? 0 : FONT + 3;
  const row = bar + titleLine;
  const parts: string[] = [];
  for (let s = 0; s <= MAX_SCORE; s += 1) {
    parts.push(svg('text', { x: x0 + (barWidth * s) / MAX_SCORE, y: FONT - 2, 'text-anchor': 'middle', class: 'echelle-chiffre' }, String(s)));
  }
  const rules = (from: number, to: number): string => {
    const d = Array.from({ length: MAX_SCORE - 1 }, (_, i) => `M${n(x0 + (barWidth * (i + 1)) / MAX_SCORE)} ${n(from)}V${n(to)}`);
    return svg('path', { d: d.join(''), stroke: palette.rule, 'stroke-width': 0.5 * K });
  };
  const gridTop = FONT + 4;
  let y = gridTop;
  rows.forEach((r, i) => {
    if (i > 0 && rows[i - 1]?.famille !== r.famille) y += CHART.familyGap * K;
    const colour = familyColour(palette, r.famille);
    const fits: Record<string, string | number> = r.titre.length * FONT * LETTER <= labelWidth - 8 ? {} : { textLength: labelWidth - 8, lengthAdjust: 'spacingAndGlyphs' };
    parts.push(svg('text', { x: 0, y: y + (layout === 'large' ? bar * 0.72 : FONT), fill: r.renseigne ? palette.ink : palette.muted, ...fits }, escapeHtml(r.titre)));
    const top = y + titleLine;
    if (r.renseigne) {
      parts.push(svg('rect', { x: x0, y: top + 2 * K, width: barWidth, height: bar - 4 * K, fill: tint(colour, CHART.trackTint) }));
      if (r.share > 0) parts.push(svg('rect', { x: x0, y: top + 2 * K, width: barWidth * r.share, height: bar - 4 * K, fill: colour }));
      if (r.negatif) parts.push(hatched(x0 + barWidth + MARK.gap * K, top + 2 * K, palette.ink));
    } else {
      parts.push(stub(x0, top + bar / 2 + 1.5 * K, palette.muted));
      parts.push(svg('text', { x: x0 + (STUB.length + 4) * K, y: top + bar * 0.72, fill: palette.muted, class: 'non-renseigne' }, escapeHtml(notAnswered)));
    }
    // Over a phone's titles, the grid's rules run only across the bars.
    if (layout === 'etroit') parts.push(rules(top, top + bar));
    y += row;
  });
  if (layout === 'large') parts.push(rules(gridTop, y));
  const height = y + 4;
  return svg('svg', { class: `graphique ${layout}`, viewBox: `0 0 ${width} ${n(height)}`, role: 'img', 'aria-label': alternative }, parts.join(''));
}

/** Each state's mark in the legend, drawn as the chart draws it. */
const LEGEND_MARKS: Readonly<Record<(typeof LEGEND)[number]['state'], (palette: Palette) => string>> = {
  points: (palette) => svg('rect', { x: 0, y: 3 * K, width: 14 * K, height: (MARK.height - 1) * K, fill: palette.ink }),
  negatif: (palette) => hatched(0, 2.5 * K, palette.ink),
  non_renseigne: (palette) => stub(0, 6 * K, palette.muted),
};

/** The legend's marks and words, the words as text: what the three states look like, named. */
export function chartLegend(palette: Palette, words: (key: string) => string): string {
  const items = LEGEND.map(({ state, label }) => `<li>${decorative(14 * K, 12 * K, LEGEND_MARKS[state](palette), 'marque')}${escapeHtml(words(label))}</li>`);
  return `<ul class="legende-graphique">${items.join('')}</ul>`;
}
