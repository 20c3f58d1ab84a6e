// A word wider than the line against ordinary words of the same length (all different, as in
// prose), each one site to PDF: typesetting must stay linear in the text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { median, PLAIN, RUNS, timed } from './lib.mjs';

export const TARGET = 1.5;

/** One site whose example is `text`, to PDF: the median wall time of RUNS builds. */
function onePdf(name, text) {
  const dir = mkdtempSync(join(tmpdir(), `impact-bench-${name}-`));
  writeFileSync(join(dir, `${name}.yaml`), stringify({ version: 1, lieu: { nom: name }, effets_individuels: { sante: { effets: ['bien_etre'], exemple: text } } }));
  const times = Array.from({ length: RUNS }, () => timed([PLAIN, 'build', `${name}.yaml`, '--format', 'pdf'], { cwd: dir }));
  rmSync(dir, { recursive: true, force: true });
  return median(times);
}

export function measureLongWord(length = 20_000) {
  const word = 'Anticonstitutionnellement'.repeat(Math.ceil(length / 25)).slice(0, length);
  let words = '';
  for (let i = 0; words.length < length; i += 1) words += `mot${i.toString(36)} `;
  const [wordMs, wordsMs] = [onePdf('mot', word), onePdf('mots', words.slice(0, length).trim())];
  return { characters: length, wordMs: Math.round(wordMs), wordsMs: Math.round(wordsMs), ratio: +(wordMs / wordsMs).toFixed(2), target: TARGET };
}
