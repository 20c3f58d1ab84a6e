/**
 * The report's chart (role `graphique`): every criterion's points, family by family, as bars.
 * Three states a reader tells apart without colour, named by a legend under the chart: points of
 * positive effects (a filled bar on its track), a negative finding (a hatched box beside the
 * track), a criterion not answered (no track: a dotted stub and the words). One tagged figure,
 * whose alternative text says each criterion's state.
 */
import type { ReportModel } from '../../model/model.js';
import type { PdfLabels } from './pdfdoc.js';
import type { Palette } from '../../theme/theme.js';
import { SIZE, tint } from './look.js';
import { familyColour } from './typeset.js';
import { CHART, LEGEND, chartAlternative, chartRows } from '../chart.js';

export interface ChartPage {
  readonly doc: PDFKit.PDFDocument;
  readonly left: number;
  readonly width: number;
  readonly palette: Palette;
  readonly section: PDFKit.PDFStructureElement;
  ensure(height: number): void;
}

const { row: ROW, familyGap: FAMILY_GAP, legend: LEGEND_HEIGHT, mark: MARK, stub: STUB } = CHART;

/** A box hatched with diagonals and outlined: a negative finding, legible in grey. */
function hatched(doc: PDFKit.PDFDocument, x: number, y: number, ink: string): void {
  const { width, height } = MARK;
  doc.save();
  doc.rect(x, y, width, height).clip();
  doc.lineWidth(0.7).strokeColor(ink);
  for (let d = -height; d < width; d += MARK.hatch) doc.moveTo(x + d, y + height).lineTo(x + d + height, y).stroke();
  doc.restore();
  doc.save().lineWidth(0.8).strokeColor(ink).rect(x, y, width, height).stroke().restore();
}

/** A short dotted line: a criterion with nothing to draw. */
function stub(doc: PDFKit.PDFDocument, x: number, y: number, ink: string): void {
  doc.save().lineWidth(0.8).strokeColor(ink).dash(STUB.dash, { space: STUB.space }).moveTo(x, y).lineTo(x + STUB.length, y).stroke().undash().restore();
}

/** The legend: each state's mark and its words, left to right under the bars. */
function legend(page: ChartPage, x: number, y: number, labels: PdfLabels): void {
  const { doc, palette } = page;
  const size = SIZE.small - 0.5;
  const say = (text: string, at: number): number => {
    doc.font('regular').fontSize(size).fillColor(palette.muted).text(text, at, y, { lineBreak: false });
    return at + doc.widthOfString(text) + 14;
  };
  // Where a lower-case letter's middle is, which the marks line up with.
  const middle = y + size * 0.65;
  const marks: Record<(typeof LEGEND)[number]['state'], (at: number) => number> = {
    points: (at) => {
      doc.rect(at, middle - 3, 14, MARK.height - 1).fill(palette.ink);
      return at + 18;
    },
    negatif: (at) => {
      hatched(doc, at, middle - 3.5, palette.ink);
      return at + MARK.width + 4;
    },
    non_renseigne: (at) => {
      stub(doc, at, middle, palette.muted);
      return at + STUB.length + 4;
    },
  };
  LEGEND.reduce((at, { state, label }) => say(labels[label] ?? '', marks[state](at)), x);
}

export function drawChart(page: ChartPage, model: ReportModel, labels: PdfLabels): void {
  const { doc, palette } = page;
  doc.font('regular').fontSize(SIZE.small);
  const longest = Math.max(...model.familles.flatMap((f) => f.criteres.map((c) => doc.widthOfString(c.titre))));
  const labelWidth = Math.min(longest + 12, page.width / 2);
  const barWidth = page.width - labelWidth - 30;
  const families = model.familles;
  const rows = chartRows(model);
  page.ensure(26 + rows.length * ROW + families.length * FAMILY_GAP + LEGEND_HEIGHT);
  const alt = chartAlternative(model, labels);
  const draw = () => {
    let y = doc.y;
    doc.font('semibold').fontSize(SIZE.small + 1).fillColor(palette.ink).text(labels.graphique, page.left, y, { lineBreak: false });
    y += 18;
    const x0 = page.left + labelWidth;
    doc.font('regular').fontSize(SIZE.small - 1).fillColor(palette.muted);
    for (let s = 0; s <= 4; s += 1) doc.text(String(s), x0 + (barWidth * s) / 4 - 3, y - 10, { lineBreak: false, width: 8, align: 'center' });
    const gridTop = y;
    families.forEach((family, f) => {
      const colour = familyColour(palette, f);
      for (const criterion of family.criteres) {
        doc.font('regular').fontSize(SIZE.small).fillColor(criterion.renseigne ? palette.ink : palette.muted);
        doc.text(criterion.titre, page.left, y + 1.5, { width: labelWidth - 8, height: ROW, ellipsis: true, lineBreak: false });
        if (criterion.renseigne) {
          doc.rect(x0, y + 2, barWidth, ROW - 4).fill(tint(colour, CHART.trackTint));
          if (criterion.score > 0) doc.rect(x0, y + 2, (barWidth * criterion.score) / 4, ROW - 4).fill(colour);
          if (criterion.constats_negatifs.length > 0) hatched(doc, x0 + barWidth + MARK.gap, y + 2, palette.ink);
        } else {
          stub(doc, x0, y + ROW / 2 + 1.5, palette.muted);
          doc.font('italic').fontSize(SIZE.small - 1).fillColor(palette.muted);
          doc.text(labels.graphique_non_renseigne ?? '', x0 + STUB.length + 4, y + 2, { lineBreak: false });
        }
        y += ROW;
      }
      y += FAMILY_GAP;
    });
    doc.lineWidth(0.5).strokeColor(palette.rule);
    for (let s = 1; s < 4; s += 1) doc.moveTo(x0 + (barWidth * s) / 4, gridTop).lineTo(x0 + (barWidth * s) / 4, y - 8).stroke();
    legend(page, x0, y, labels);
    doc.y = y + LEGEND_HEIGHT;
  };
  page.section.add(doc.struct('Figure', { alt }, [draw]));
  doc.x = page.left;
}
