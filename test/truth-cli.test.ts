/** What `impact validate` and `impact score` say of answers in words, bare yes/no and fields that do not apply. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');
const TEXTS_ONLY = 'test/fixtures/truth/coco-velten.yaml';
const NBSP = '\u00A0';

function impact(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function evaluation(yaml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'impact-truth-')), 'site.yaml');
  writeFileSync(file, `version: 1\nlieu: { nom: Test }\n${yaml}`);
  return file;
}

describe('impact validate', () => {
  test('a family described in words only is pointed out at its key, with the committee’s way out', () => {
    const run = impact(['validate', TEXTS_ONLY]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${TEXTS_ONLY}:5:1: avertissement${NBSP}: la famille «${NBSP}effets_individuels${NBSP}» n’est décrite qu’en mots`);
    expect(run.stderr).toContain(`${TEXTS_ONLY}:14:1: avertissement${NBSP}: la famille «${NBSP}effets_collectifs${NBSP}»`);
    expect(run.stderr).toContain('intensite: { valeur: 1 à 4, justification: "…" }');
    expect(run.stderr).not.toContain('effets_territoriaux »');
  });

  test('a committee’s intensity answers it', () => {
    const file = evaluation('effets_collectifs:\n  intensite: { valeur: 3, justification: "vu sur place" }\n  solidarite: { exemple: "prêt de machines" }\n');
    expect(impact(['validate', file]).stderr).not.toContain('n’est décrite qu’en mots');
  });

  test('a bare « oui » is warned about where it is written; a field that does not apply is not asked for', () => {
    const run = impact(['validate', 'examples/la-petite-manchester.yaml']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`la-petite-manchester.yaml:29:93: avertissement${NBSP}: «${NBSP}oui${NBSP}» ne dit pas ce qui a été observé`);
    expect(run.stderr).not.toContain('publics_exclus');
  });

  test('a field answered although the other answers rule it out is located and explained', () => {
    const file = evaluation('effets_collectifs:\n  inclusion_exclusion:\n    constat: appartenance\n    publics_exclus: [voisins]\n');
    const run = impact(['validate', file, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${file}:6:5: warning: “publics_exclus” applies only when “constat” is exclusion or les_deux, and here it is “appartenance”`);
    expect(impact(['validate', file, '--strict']).code).toBe(1);
  });

  test('a field that applies only after a count above 0 says so, in both languages', () => {
    const file = evaluation('effets_individuels:\n  capacite_agir:\n    nouveaux_projets: 0\n    portes_par: [occupants]\n');
    expect(impact(['validate', file]).stderr).toContain(
      `${file}:6:5: avertissement${NBSP}: «${NBSP}portes_par${NBSP}» ne s’applique que si «${NBSP}nouveaux_projets${NBSP}» vaut au moins 1, et il vaut ici 0${NBSP}: retirez ce champ`,
    );
    expect(impact(['validate', file, '--lang', 'en']).stderr).toContain(`${file}:6:5: warning: “portes_par” applies only when “nouveaux_projets” is at least 1, and here it is 0: remove the field`);
  });

  test('a free practice shaped like a mistyped id gets its suggestion', () => {
    const file = evaluation('effets_territoriaux:\n  innovation_publique:\n    effet: nouveaux_modes\n    pratiques: [co_constrution, "un budget participatif"]\n');
    const run = impact(['validate', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${file}:6:17: avertissement${NBSP}: «${NBSP}co_constrution${NBSP}» n’est pas une option de «${NBSP}pratiques${NBSP}»`);
    expect(run.stderr).toContain('co_construction');
    expect(run.stderr).not.toContain('budget participatif');
  });
});

describe('impact score', () => {
  test('says a family is described, not rated, in both languages and in JSON', () => {
    expect(impact(['score', TEXTS_ONLY]).stdout).toContain('Effets individuels — effets décrits, non notés');
    expect(impact(['score', TEXTS_ONLY, '--lang', 'en']).stdout).toContain('Individual effects — effects described, not rated');
    const json = JSON.parse(impact(['score', TEXTS_ONLY, '--json']).stdout) as { familles: { id: string; statut: string; criteres: { statut: string }[] }[] };
    expect(json.familles.map((f) => f.statut)).toEqual(['described', 'described', 'not-assessed']);
    expect(json.familles[0]?.criteres.map((c) => c.statut)).toEqual(['described', 'described', 'unanswered', 'described', 'described']);
  });
});
