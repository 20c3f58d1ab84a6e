/** What every page carries besides its content. */
import { fill, type Typesetter } from './typeset.js';
import { SIZE } from './look.js';

/** The running title (the site's name) above, "page X / Y" below, on every page: furniture, not content. */
export function drawFurniture(page: Typesetter, siteName: string, pageLabel: string): void {
  const { doc } = page;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    const savedBottom = margins.bottom;
    margins.bottom = 0;
    page.artifact(() => {
      doc.font('regular').fontSize(SIZE.small).fillColor(page.palette.muted);
      if (i > range.start) {
        doc.text(siteName, margins.left, 36, { width: page.width, lineBreak: false });
        doc.moveTo(margins.left, 50).lineTo(doc.page.width - margins.right, 50).lineWidth(0.5).strokeColor(page.palette.rule).stroke();
      }
      const label = fill(pageLabel, { page: i - range.start + 1, pages: range.count });
      doc.text(label, margins.left, doc.page.height - 40, { width: page.width, align: 'right', lineBreak: false });
    });
    margins.bottom = savedBottom;
  }
}
