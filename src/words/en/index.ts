/** Everything impact says in English, held once; its shape is the French catalogue's (../catalogue.ts). */
import type { Words } from '../catalogue.js';
import { annex } from './annex.js';
import { cli } from './cli.js';
import { compareHelp, comparison } from './compare.js';
import { diagnostics } from './diagnostics.js';
import { descriptions, help } from './help.js';
import { html } from './html.js';
import { imports } from './import.js';
import { method } from './method.js';
import { pdf } from './pdf.js';
import { report } from './report.js';
import { skeleton } from './skeleton.js';
import { typography } from './typography.js';

export const en: Words = { typography, diagnostics, annex, cli, descriptions: { ...descriptions, compare: compareHelp }, help, imports, skeleton, pdf, html, report: { ...report, ...method, ...comparison } };
