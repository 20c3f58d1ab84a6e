// `npm run bench`: impact's speed, as ratios to `node -e 0` measured in the same run. Each
// measure is a module of scripts/bench/; this runs them, prints a table and writes
// bench/results.json. Needs a build (`npm run build`: the snapshot too) and GNU time
// (/usr/bin/time) for memory.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureBatch } from './bench/batch.mjs';
import { measureCold } from './bench/cold.mjs';
import { incrementalRows, measureIncremental } from './bench/incremental.mjs';
import { ROOT, RUNS } from './bench/lib.mjs';
import { measureLongWord } from './bench/long-word.mjs';
import { measureValidate } from './bench/validate.mjs';

const cold = measureCold();
const validate = measureValidate();
const [hundred, thousand] = [measureBatch(100), measureBatch(1000)];
const longWord = measureLongWord();
const incremental = measureIncremental();

const results = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  runs: RUNS,
  baselineMs: cold.launcher.baselineMs,
  cold,
  validate,
  batch: [hundred, thousand],
  flatness: +(thousand.msPerSite / hundred.msPerSite - 1).toFixed(3),
  longWord,
  incremental,
};
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const ratio = (m) => [`${m.ms} ms`, `${m.ratio} ×`];
const rows = [
  ['node -e 0 (baseline)', `${results.baselineMs} ms`, '', ''],
  ['cold build, pdf + md (snapshot)', ...ratio(cold.launcher), `≤ ${cold.target} ×`],
  ['cold build, pdf + md (plain path)', ...ratio(cold.plain), ''],
  ['cold build of another site (snapshot)', ...ratio(cold.otherSite), ''],
  ['validate one file', ...ratio(validate), `≤ ${validate.target} ×`],
  ...results.batch.map((b) => [`batch of ${b.sites}, pdf + md`, `${b.perSecond} reports/s`, `${b.peakMb} MB peak`, `≥ ${b.target.perSecond}/s, ≤ ${b.target.peakMb} MB`]),
  ['cost per site, 1000 vs 100', `${(results.flatness * 100).toFixed(1)} %`, '', ''],
  [`a ${longWord.characters}-character word vs ordinary words`, `${longWord.wordMs} ms`, `${longWord.ratio} ×`, `≤ ${longWord.target} ×`],
  ...incrementalRows(incremental),
];
const width = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
console.log(`${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGb} GB, Node ${results.machine.node}; medians of ${RUNS} runs`);
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(width[i])).join('  ').trimEnd());
