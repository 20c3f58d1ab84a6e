// `npm run bench`: impact's speed, measured as ratios to `node -e 0` in the same run (these
// machines are noisy: absolute times drift, ratios much less). Prints a table and writes
// bench/results.json. Needs a build (`npm run build`) and GNU time (/usr/bin/time) for memory.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { FAMILIES, PUBLICS } from '../dist/grid/grid.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const SEED = join(ROOT, 'examples', 'la-petite-manchester.yaml');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Wall time of a new process, in ms. */
function timed(args, options = {}) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: 'ignore', ...options });
  if (run.status !== 0 && !options.allowFailure) throw new Error(`${args.join(' ')} exited ${run.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Runs `args` (and the baseline) RUNS times, interleaved so that both see the same noise. */
function compare(args) {
  const baseline = [];
  const measured = [];
  for (let i = 0; i < RUNS; i += 1) {
    baseline.push(timed(['-e', '0']));
    measured.push(timed(args));
  }
  return { baseline: median(baseline), measured: median(measured) };
}

/** A deterministic pseudo-random sequence, so that every run builds the same sites. */
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** A made-up evaluation that answers about two thirds of the grid. */
function site(index) {
  const next = random(index + 1);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list) => list.filter(() => next() < 0.5);
  const evaluation = { version: 1, lieu: { nom: `Tiers-lieu n° ${index + 1}`, commune: pick(['Mulhouse', 'Lyon', 'Brest', 'Alès', 'Saint-Étienne']), date_evaluation: '2025-06-30' } };
  for (const family of FAMILIES) {
    if (family.optional && next() < 0.7) continue;
    const answers = { mots_cles: some(['rencontres', 'entraide', 'emploi', 'quartier', 'culture']) };
    for (const criterion of family.criteria) {
      if (next() < 0.3) continue;
      const fields = {};
      for (const field of criterion.fields) {
        if (next() < 0.3) continue;
        const ids = (field.options ?? PUBLICS).map((o) => o.id);
        if (field.kind === 'single') fields[field.id] = pick(ids);
        if (field.kind === 'multi') fields[field.id] = some(ids);
        if (field.kind === 'count') fields[field.id] = Math.floor(next() * 300);
        if (field.kind === 'texts') fields[field.id] = ['une pratique nouvelle'];
      }
      if (next() < 0.6) fields.exemple = `exemple observé n° ${index}`;
      answers[criterion.id] = fields;
    }
    evaluation[family.id] = answers;
  }
  return `${stringify(evaluation)}`;
}

function sites(count) {
  const dir = mkdtempSync(join(tmpdir(), `impact-bench-${count}-`));
  for (let i = 0; i < count; i += 1) {
    const folder = join(dir, 'sites', `region-${i % 10}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `site-${i}.yaml`), site(i));
  }
  return dir;
}

/** A batch of `count` sites to PDF and Markdown: wall time and the process's peak memory. */
function batch(count) {
  const dir = sites(count);
  const times = [];
  let peakKb = 0;
  for (let i = 0; i < Math.max(1, Math.floor(RUNS / 3)); i += 1) {
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    const started = process.hrtime.bigint();
    // GNU time writes the peak resident memory, in kB, as the last line of stderr.
    const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, 'build', 'sites', '--out-dir', 'out', '--format', 'pdf,md', '--quiet'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    peakKb = Math.max(peakKb, Number(run.stderr.trim().split('\n').at(-1)));
  }
  rmSync(dir, { recursive: true, force: true });
  const ms = median(times);
  return { sites: count, ms, perSecond: (count * 1000) / ms, msPerSite: ms / count, peakMb: peakKb / 1024 };
}

/** One site whose example is `text`, to PDF: the median wall time of RUNS builds. */
function onePdf(name, text) {
  const dir = mkdtempSync(join(tmpdir(), `impact-bench-${name}-`));
  writeFileSync(join(dir, `${name}.yaml`), stringify({ version: 1, lieu: { nom: name }, effets_individuels: { sante: { effets: ['bien_etre'], exemple: text } } }));
  const times = Array.from({ length: RUNS }, () => timed([BIN, 'build', `${name}.yaml`, '--format', 'pdf'], { cwd: dir }));
  rmSync(dir, { recursive: true, force: true });
  return median(times);
}

/** A word wider than the line against ordinary words of the same length (all different, as in prose): typesetting linear in the text. */
function longWord(length) {
  const word = 'Anticonstitutionnellement'.repeat(Math.ceil(length / 25)).slice(0, length);
  let words = '';
  for (let i = 0; words.length < length; i += 1) words += `mot${i.toString(36)} `;
  return { characters: length, word: onePdf('mot', word), words: onePdf('mots', words.slice(0, length).trim()) };
}

const cold = compare([BIN, 'build', SEED, '--format', 'pdf,md', '--out-dir', mkdtempSync(join(tmpdir(), 'impact-bench-cold-'))]);
const validate = compare([BIN, 'validate', SEED]);
const hundred = batch(100);
const thousand = batch(1000);
const word = longWord(20_000);

const results = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  runs: RUNS,
  baselineMs: Math.round(cold.baseline),
  cold: { ms: Math.round(cold.measured), ratio: +(cold.measured / cold.baseline).toFixed(2), target: 3 },
  validate: { ms: Math.round(validate.measured), ratio: +(validate.measured / validate.baseline).toFixed(2), target: 2 },
  batch: [hundred, thousand].map((b) => ({ ...b, ms: Math.round(b.ms), perSecond: +b.perSecond.toFixed(1), msPerSite: +b.msPerSite.toFixed(2), peakMb: Math.round(b.peakMb) })),
  flatness: +(thousand.msPerSite / hundred.msPerSite - 1).toFixed(3),
  longWord: { characters: word.characters, wordMs: Math.round(word.word), wordsMs: Math.round(word.words), ratio: +(word.word / word.words).toFixed(2), target: 1.5 },
};
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const rows = [
  ['node -e 0 (baseline)', `${results.baselineMs} ms`, '', ''],
  ['cold build, pdf + md', `${results.cold.ms} ms`, `${results.cold.ratio} ×`, '≤ 3 ×'],
  ['validate one file', `${results.validate.ms} ms`, `${results.validate.ratio} ×`, '≤ 2 ×'],
  ...results.batch.map((b) => [`batch of ${b.sites}, pdf + md`, `${b.perSecond} reports/s`, `${b.peakMb} MB peak`, '≥ 100/s, ≤ 300 MB']),
  ['cost per site, 1000 vs 100', `${(results.flatness * 100).toFixed(1)} %`, '', 'within 10 %'],
  [`a ${word.characters}-character word vs ordinary words`, `${results.longWord.wordMs} ms`, `${results.longWord.ratio} ×`, '≤ 1.5 ×'],
];
const width = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
console.log(`${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGb} GB, Node ${results.machine.node}; medians of ${RUNS} runs`);
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(width[i])).join('  ').trimEnd());
