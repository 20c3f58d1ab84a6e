/** An intensity drawn: four marks, the first `score` of them filled (+ to ++++), as the summary's cards and the committee's view show it. */
import { tint } from './look.js';

import { MAX_SCORE } from '../../grid/rubric.js';

/** The marks' geometry, the HTML's scales drawn alike: centres `step` apart, a filled disc or a ring, a cross of `arm` in each. */
export const SCALE = { step: 24, centre: 9, middle: 8, disc: 8.5, ring: 8, arm: 4, ringTint: 0.55, ringWidth: 1.4, crossWidth: 2 } as const;

export function drawScale(doc: PDFKit.PDFDocument, x: number, y: number, score: number, colour: string, onColour: string): void {
  const faint = tint(colour, SCALE.ringTint);
  for (let i = 0; i < MAX_SCORE; i += 1) {
    const cx = x + i * SCALE.step + SCALE.centre;
    const cy = y + SCALE.middle;
    doc.save();
    doc.lineWidth(SCALE.ringWidth);
    if (i < score) doc.circle(cx, cy, SCALE.disc).fill(colour);
    else doc.circle(cx, cy, SCALE.ring).stroke(faint);
    doc.lineWidth(SCALE.crossWidth).strokeColor(i < score ? onColour : faint);
    doc.moveTo(cx - SCALE.arm, cy).lineTo(cx + SCALE.arm, cy).moveTo(cx, cy - SCALE.arm).lineTo(cx, cy + SCALE.arm).stroke();
    doc.restore();
  }
}
