/**
 * The HTML report's one stylesheet, inline: the theme's colours as custom properties, the
 * system's fonts (none fetched), a fluid column readable on a phone, and a print stylesheet that
 * starts the method and the annex on new pages, keeps the colours and leaves the contents out.
 */
import { MAX_SCORE } from '../../grid/rubric.js';
import type { Palette } from '../../theme/theme.js';
import { HEAT_TINT, tint } from '../pdf/look.js';
import { INTENSITY_TINT, inkOn } from '../pdf/table.js';

/** The class of the palette's `index`th family colour (the palette's colours used again when there are more families). */
export const familyClassAt = (palette: Palette, index: number): string | undefined =>
  palette.families.length > 0 ? `f${index % palette.families.length}` : undefined;

/** A heat map's score, 0 to 4, on its tint of the brand colour. */
export const heatClass = (points: number): string => `h${points}`;

/** An intensity, 1 to 4, on its tint of its family's colour (the element's `--c`). */
export const intensityClass = (marks: number): string => `i${marks}`;

const scores = (from: number): number[] => Array.from({ length: MAX_SCORE + 1 - from }, (_, i) => from + i);

/** Each family's colours as custom properties (its colour, its pale tint, its intensities' tints and their ink), and the heat map's. */
function colourClasses(palette: Palette): string {
  const families = palette.families.map((colour, i) => {
    const tints = scores(1).flatMap((marks) => {
      const background = tint(colour, INTENSITY_TINT[marks] ?? 1);
      return [`--c-i${marks}:${background}`, `--c-i${marks}-ink:${inkOn(palette, background)}`];
    });
    return `.f${i}{--c:${colour};--c-pale:${tint(colour, 0.92)};${tints.join(';')}}thead th.f${i}{background:${colour}}`;
  });
  const intensities = scores(1).map((marks) => `.${intensityClass(marks)}{background:var(--c-i${marks});color:var(--c-i${marks}-ink)}`);
  const heat = scores(0).map((points) => {
    const background = tint(palette.brand, HEAT_TINT[points] ?? 1);
    return `.${heatClass(points)}{background:${background};color:${inkOn(palette, background)}}`;
  });
  return [...families, ...intensities, ...heat].join('\n');
}

const COMMON = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Source Sans 3","Helvetica Neue",Arial,sans-serif;font-size:1.0625rem;line-height:1.55;color:var(--ink);background:#fff;overflow-wrap:break-word}
header,nav,main,footer{max-width:52rem;margin:0 auto;padding:0 1.25rem}
header{max-width:none;padding:0;margin-bottom:1.5rem}
header h1{margin:0;padding:2rem max(1.25rem,calc((100% - 49.5rem)/2));background:var(--brand);color:var(--on-brand);font-size:clamp(1.6rem,4.5vw,2.4rem);line-height:1.2}
header .couverture,header>:not(h1){max-width:52rem;margin:1rem auto;padding:0 1.25rem}
h2{font-size:1.5rem;line-height:1.25;color:var(--c,var(--brand));border-bottom:1px solid var(--c,var(--brand));padding-bottom:.25rem;margin:2.5rem 0 1rem}
h3{font-size:1.2rem;line-height:1.3;color:var(--c,var(--brand));margin:1.75rem 0 .5rem}
.famille>h2{background:var(--c);color:var(--on-brand);border:0;padding:.5rem .75rem;border-radius:2px}
p,ul,blockquote,figure{margin:0 0 1rem}
ul{padding-left:1.4rem}
li::marker{color:var(--c,var(--brand))}
blockquote{background:var(--c-pale,var(--brand-pale));border-left:3px solid var(--c,var(--brand));padding:.6rem .9rem}
blockquote p{margin:0}
.details ul{list-style:none;padding:0;color:var(--muted);font-size:1.05rem}
.image img{display:block;max-width:min(100%,22rem);max-height:17rem;height:auto;width:auto}
.vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
nav{font-size:.95rem}
nav h2{font-size:1.1rem;color:var(--ink);border:0;margin:1rem 0 .25rem}
nav ol{padding-left:1.2rem;margin:0 0 .25rem}
nav ol ol{columns:2 14rem}
a{color:var(--brand)}
a:focus-visible,.tableau:focus-visible{outline:3px solid var(--brand);outline-offset:2px}
.tableau{overflow-x:auto;margin:0 0 1.25rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{padding:.35rem .5rem;border-bottom:1px solid var(--rule);text-align:left;vertical-align:middle}
thead th{background:var(--brand);color:var(--on-brand);font-weight:600}
tbody tr:nth-child(even){background:var(--stripe)}
tbody th{font-weight:600}
.c{text-align:center}.r{text-align:right}
.muet{color:var(--muted);font-style:italic}
.fort{font-weight:600}
.nom-famille{color:var(--c)}
table.annexe{table-layout:fixed}
table.annexe th:first-child{width:32%}table.annexe th:nth-child(2){width:5.5rem}
table.annexe td,table.annexe tbody th{vertical-align:top}
table.annexe thead th,table.avis-comite thead th{background:var(--c,var(--brand))}
table.carte{font-size:.85rem}
table.carte td,table.carte th{border:1px solid #fff;padding:.2rem .3rem}
table.carte .score{font-weight:600}
table.legende tbody th,table.legende td{vertical-align:top}
.echelle{vertical-align:middle;margin-right:.5rem;flex:none}
td.intensite{white-space:nowrap}
.echelle-legendee{display:inline-flex;flex-direction:column;align-items:center;margin-right:.75rem;font-size:.8rem;font-style:italic;color:var(--muted)}
.justification{border-left:2px solid var(--c,var(--brand));padding-left:.9rem}
.signatures ul{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:1rem 2rem}
.signatures li{border-top:1px solid var(--muted);padding-top:.4rem}
.chiffres ul{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem}
.chiffres li{background:var(--brand-pale);border-left:4px solid var(--brand);padding:.6rem .9rem}
.chiffres li>strong:first-child{display:block;font-size:2rem;line-height:1.1;color:var(--brand)}
.figure-graphique figcaption{font-weight:600;margin-bottom:.4rem}
svg.graphique{display:block;width:100%;height:auto;font-size:12px;font-family:inherit}
svg.graphique.etroit{display:none;max-width:30rem}
@media (max-width:36rem){svg.graphique.large{display:none}svg.graphique.etroit{display:block}.echelle{width:64px;height:auto}}
svg.graphique .echelle-chiffre{font-size:10px;fill:var(--muted)}
svg.graphique .non-renseigne{font-style:italic;font-size:10.5px}
.legende-graphique{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;font-size:.9rem;color:var(--muted)}
.legende-graphique .marque{vertical-align:middle;margin-right:.35rem}
.cle-carte{font-size:.85rem;display:flex;flex-wrap:wrap;align-items:center;gap:.3rem}
.case{display:inline-block;min-width:1.6rem;text-align:center;font-weight:600;padding:0 .2rem}
.case.vide{border:1px solid var(--rule);color:var(--muted);font-weight:400}
footer{margin-top:3rem;padding-top:1rem;padding-bottom:2rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.9rem}
@media print{
@page{size:A4;margin:18mm 16mm}
body{font-size:10.5pt}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
nav{display:none}
header{break-after:page}
header,main,footer{max-width:none;padding:0}
.annexe,.methode{break-before:page}
h2,h3{break-after:avoid}
blockquote,figure,tr,.chiffres li,.signatures li{break-inside:avoid}
.tableau{overflow:visible}
thead{display:table-header-group}
}
`;

export function stylesheet(palette: Palette): string {
  const properties = [
    `--brand:${palette.brand}`,
    `--brand-pale:${tint(palette.brand, 0.93)}`,
    `--on-brand:${palette.onBrand}`,
    `--ink:${palette.ink}`,
    `--muted:${palette.muted}`,
    `--rule:${palette.rule}`,
    `--stripe:${tint(palette.rule, 0.7)}`,
  ];
  return `:root{${properties.join(';')}}${COMMON}${colourClasses(palette)}\n`;
}
