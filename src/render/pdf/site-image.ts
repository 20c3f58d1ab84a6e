/**
 * The site's logo or photo on the cover (role `image`): the path its container names, read from
 * the evaluation's folder (checked to be a PNG or JPEG there when the file was loaded), fitted in
 * a box under the site's details, with the container's text as its alternative text.
 */
import { resolve } from 'node:path';
import type { ChartPage } from './chart.js';

const BOX = { width: 260, height: 200, gap: 18 } as const;

export function drawSiteImage(page: ChartPage, image: string | undefined, alternative: string, folder: string | undefined): void {
  if (image === undefined || folder === undefined) return;
  const { doc } = page;
  page.ensure(BOX.height + BOX.gap);
  const top = doc.y + BOX.gap / 2;
  const draw = () => {
    doc.image(resolve(folder, image), page.left, top, { fit: [BOX.width, BOX.height] });
  };
  page.section.add(doc.struct('Figure', { alt: alternative }, [draw]));
  doc.x = page.left;
  doc.y = top + BOX.height + BOX.gap / 2;
}
