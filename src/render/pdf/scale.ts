/** An intensity drawn: four marks, the first `score` of them filled (+ to ++++), as the summary's cards and the committee's view show it. */
import { tint } from './look.js';

export function drawScale(doc: PDFKit.PDFDocument, x: number, y: number, score: number, colour: string, onColour: string): void {
  for (let i = 0; i < 4; i += 1) {
    const cx = x + i * 24 + 9;
    const cy = y + 8;
    doc.save();
    doc.lineWidth(1.4);
    if (i < score) doc.circle(cx, cy, 8.5).fill(colour);
    else doc.circle(cx, cy, 8).stroke(tint(colour, 0.55));
    doc.lineWidth(2).strokeColor(i < score ? onColour : tint(colour, 0.55));
    doc.moveTo(cx - 4, cy).lineTo(cx + 4, cy).moveTo(cx, cy - 4).lineTo(cx, cy + 4).stroke();
    doc.restore();
  }
}
