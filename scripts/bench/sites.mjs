// Made-up evaluations for the batches: deterministic, so that every run builds the same sites.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { FAMILIES, PUBLICS } from '../../dist/grid/grid.js';

/** A deterministic pseudo-random sequence (xorshift). */
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
export function site(index) {
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
  return stringify(evaluation);
}

/** A new folder holding `count` sites under sites/region-*\/: its path. */
export function sites(count) {
  const dir = mkdtempSync(join(tmpdir(), `impact-bench-${count}-`));
  for (let i = 0; i < count; i += 1) {
    const folder = join(dir, 'sites', `region-${i % 10}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `site-${i}.yaml`), site(i));
  }
  return dir;
}
