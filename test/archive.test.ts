/**
 * Archive-grade PDFs (PDF/A-3a) and the evaluation a report carries with `--embed-source`, read
 * back with MuPDF, and `impact extract` giving it back byte for byte: the command line as a user
 * runs it (spawned).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { PdfSyntaxError } from '../src/extract/pdf-syntax.js';
import { embeddedSource } from '../src/extract/source.js';
import { parseSource } from '../src/load/load.js';
import { modelOf } from '../src/pipeline/stages.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { pdfReport } from '../src/render/pdf/index.js';
import { checkPdf, fonts, info, tagging, xmpOf } from './support/pdf-document.js';
import { textOf, withPdf } from './support/pdf.js';
import { expectWellFormedXml } from './support/xml.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');
const ICC = readFileSync(join(ROOT, 'node_modules', 'pdfkit', 'js', 'data', 'sRGB_IEC61966_2_1.icc'));

function impact(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.toString('utf8') };
}

/**
 * The seed as an evaluator's editor may save it: a byte-order mark, CRLF line ends, and a
 * private note in a comment, in French with an emoji.
 */
const SEED = readFileSync(join(ROOT, 'examples', 'la-petite-manchester.yaml'), 'utf8');
const SAVED = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`# Note privée : « à revoir » avec Zoë 🎉\n${SEED}`.replace(/\n/g, '\r\n'))]);

const dir = mkdtempSync(join(tmpdir(), 'impact-archive-'));
writeFileSync(join(dir, 'site.yaml'), SAVED);
copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'le-relais.yaml'));

/** The catalog's associated files, as `impact build --embed-source` writes them. */
function attachments(file: string) {
  return withPdf(file, (doc) => {
    const root = doc.getTrailer().get('Root');
    const af = root.get('AF');
    const named = root.get('Names', 'EmbeddedFiles', 'Names');
    return {
      named: named.isArray() ? Array.from({ length: named.length / 2 }, (_, i) => named.get(2 * i).asString()) : [],
      files: Array.from({ length: af.isArray() ? af.length : 0 }, (_, i) => {
        const spec = af.get(i);
        const stream = spec.get('EF', 'F');
        return {
          relationship: spec.get('AFRelationship').asName(),
          name: spec.get('F').asString(),
          unicodeName: spec.get('UF').asString(),
          type: stream.get('Subtype').asName(),
          modified: stream.get('Params', 'ModDate').asString(),
          created: stream.get('Params', 'CreationDate').asString(),
          size: stream.get('Params', 'Size').asNumber(),
          bytes: Buffer.from(stream.readStream().asUint8Array()),
        };
      }),
    };
  });
}

/** The output intents of the catalog, with the bytes of each ICC profile. */
const outputIntents = (file: string) =>
  withPdf(file, (doc) => {
    const intents = doc.getTrailer().get('Root', 'OutputIntents');
    return Array.from({ length: intents.length }, (_, i) => {
      const intent = intents.get(i);
      const profile = intent.get('DestOutputProfile');
      return { type: intent.get('S').asName(), condition: intent.get('OutputConditionIdentifier').asString(), components: profile.get('N').asNumber(), profile: Buffer.from(profile.readStream().asUint8Array()) };
    });
  });

/** What PDF/A-3a asks of every PDF impact writes, that can be read back. */
function expectArchiveGrade(file: string): void {
  checkPdf(file);
  const xmp = xmpOf(file);
  expectWellFormedXml(xmp);
  expect(xmp).toMatch(/<pdfaid:part>3<\/pdfaid:part>\s*<pdfaid:conformance>A<\/pdfaid:conformance>/);
  // The XMP says what the Info dictionary says: both dates, the title.
  const meta = info(file);
  const xmpDate = (date: string | undefined) => (date ?? '').replace(/^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z');
  expect(xmp).toContain(`<xmp:CreateDate>${xmpDate(meta.CreationDate)}</xmp:CreateDate>`);
  expect(xmp).toContain(`<xmp:ModifyDate>${xmpDate(meta.ModDate)}</xmp:ModifyDate>`);
  expect(xmp).toContain(`<rdf:li xml:lang="x-default">${meta.Title ?? ''}</rdf:li>`);
  expect(outputIntents(file)).toEqual([{ type: 'GTS_PDFA1', condition: 'sRGB IEC61966-2.1', components: 3, profile: ICC }]);
  const used = fonts(file);
  expect(used.length).toBeGreaterThan(0);
  for (const font of used) expect({ font: font.name, embedded: font.embedded, toUnicode: font.toUnicode }).toEqual({ font: font.name, embedded: true, toUnicode: true });
  expect(tagging(file)).toMatchObject({ marked: true, lang: expect.any(String) });
}

/** The report with its evaluation, which every test below reads or damages. */
const pdf = join(dir, 'site.pdf');
let first: Buffer;
beforeAll(() => {
  expect(impact(['build', 'site.yaml', '--embed-source', '--format', 'pdf'], dir).code).toBe(0);
  first = readFileSync(pdf);
});

describe('impact build --embed-source', () => {
  test('writes a PDF/A-3a report, still tagged', () => {
    expectArchiveGrade(pdf);
    for (const type of ['Document', 'H1', 'P', 'Table', 'Figure']) expect(tagging(pdf).structureTypes.has(type)).toBe(true);
  });

  test('attaches the evaluation byte for byte as the catalog’s /Source associated file, dated as the document', () => {
    const date = info(pdf).CreationDate;
    expect(date).toBe('D:20000101000000Z');
    expect(attachments(pdf)).toEqual({
      named: ['site.yaml'],
      files: [{ relationship: 'Source', name: 'site.yaml', unicodeName: 'site.yaml', type: 'application/yaml', modified: date, created: date, size: SAVED.length, bytes: SAVED }],
    });
  });

  test('writes the same bytes run after run', () => {
    const again = impact(['build', 'site.yaml', '--embed-source', '--format', 'pdf', '--out-dir', 'again'], dir);
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'again', 'site.pdf')).equals(first)).toBe(true);
  });

  test('impact extract prints the evaluation back byte for byte, BOM, CRLF and all', () => {
    const run = impact(['extract', 'site.pdf'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.equals(SAVED)).toBe(true);
  });

  test('impact extract -o writes it to a file, and never over the PDF itself', () => {
    const written = impact(['extract', 'site.pdf', '-o', 'sortie/relu.yaml'], dir);
    expect(written.code).toBe(0);
    expect(readFileSync(join(dir, 'sortie', 'relu.yaml')).equals(SAVED)).toBe(true);
    const over = impact(['extract', 'site.pdf', '-o', './site.pdf'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('site.pdf: erreur\u00A0: «\u00A0./site.pdf\u00A0» est le PDF lui-même\u00A0: impact extract ne l’écrase pas\u202F; choisissez un autre nom avec -o');
    expect(readFileSync(pdf).equals(first)).toBe(true);
  });

  test('impact extract reads a report a PDF tool updated in place (an incremental update)', () => {
    const updated = withPdf(pdf, (doc) => {
      doc.getTrailer().get('Info').put('Title', doc.newString('Titre changé'));
      return doc.saveToBuffer('incremental').asUint8Array();
    });
    writeFileSync(join(dir, 'updated.pdf'), updated);
    expect(Buffer.from(updated).subarray(0, first.length).equals(first)).toBe(true);
    expect(impact(['extract', 'updated.pdf'], dir).stdout.equals(SAVED)).toBe(true);
  });

  test('from standard input, attaches it as evaluation.yaml, impact init’s name', () => {
    const run = spawnSync(process.execPath, [BIN, 'build', '-', '--format', 'pdf', '--embed-source'], { cwd: dir, input: SAVED });
    expect(run.status).toBe(0);
    writeFileSync(join(dir, 'stdin.pdf'), run.stdout);
    expect(attachments(join(dir, 'stdin.pdf')).files.map((file) => [file.name, file.bytes.equals(SAVED)])).toEqual([['evaluation.yaml', true]]);
  });

  test('is refused without a PDF to attach to', () => {
    const run = impact(['build', 'site.yaml', '--embed-source', '--format', 'md', '--lang', 'en'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error: --embed-source attaches the evaluation to the PDF, which is not asked for (--format md); add pdf to the formats');
  });
});

describe('without --embed-source', () => {
  test('a report is PDF/A-3a and carries no evaluation: its comments may hold private notes', () => {
    const run = impact(['build', 'le-relais.yaml', '--format', 'pdf'], dir);
    expect(run.code).toBe(0);
    const file = join(dir, 'le-relais.pdf');
    expectArchiveGrade(file);
    expect(attachments(file)).toEqual({ named: [], files: [] });
    const extract = impact(['extract', 'le-relais.pdf', '-o', 'le-relais.out.yaml'], dir);
    expect(extract.code).toBe(1);
    expect(extract.stderr).toContain('le-relais.pdf: erreur\u00A0: ce PDF ne porte pas d’évaluation\u202F; seul un rapport construit avec impact build --embed-source en porte une');
    expect(existsSync(join(dir, 'le-relais.out.yaml'))).toBe(false);
  });

  test('the portfolio is PDF/A-3a', () => {
    const run = impact(['summary', 'le-relais.yaml', 'site.yaml', '--format', 'pdf', '-o', 'portefeuille'], dir);
    expect(run.code).toBe(0);
    expectArchiveGrade(join(dir, 'portefeuille.pdf'));
  });
});

/** How many times the pages' text draws glyph 0 (.notdef): pdfkit writes glyph ids as four hex digits. */
const notdefs = (file: string): number =>
  withPdf(file, (doc) => {
    let found = 0;
    for (let i = 0; i < doc.countPages(); i += 1) {
      const content = new TextDecoder('latin1').decode(doc.findPage(i).get('Contents').readStream().asUint8Array());
      for (const [, hex = ''] of content.matchAll(/<([0-9a-f]+)>/g)) found += (hex.match(/.{4}/g) ?? []).filter((id) => id === '0000').length;
    }
    return found;
  });

test('a character the font lacks prints as a white square, never as the .notdef glyph PDF/A forbids; a mark it lacks goes with it', async () => {
  const yaml = 'version: 1\nlieu: { nom: "Le Relais 🎉" }\neffets_individuels:\n  lien_social: { publics: [benevoles], exemple: "la fête 🎉 du quartier, 👍🏽 et 👩\u200D👩\u200D👧" }\n';
  const result = parseSource('emoji.yaml', Buffer.from(yaml));
  if (!result.ok) throw new Error('the evaluation does not load');
  const model = modelOf(result.loaded, 'fr');
  const file = join(dir, 'emoji.pdf');
  writeFileSync(file, await pdfReport(model, renderMarkdown(model)));
  expect(notdefs(file)).toBe(0);
  expect(notdefs(pdf)).toBe(0);
  expect(textOf(file)).toContain('la fête \u25A1 du quartier, \u25A1 et \u25A1\u25A1\u25A1');
  expectArchiveGrade(file);
});

describe('impact extract refuses, with exit code 1, what holds no evaluation to give', () => {
  test.each([
    ['a file that is not a PDF', 'le-relais.yaml', 'le-relais.yaml: error: this file is not a PDF; give the PDF report impact build wrote'],
    ['a missing file', 'absent.pdf', 'absent.pdf: error: file not found'],
  ])('%s', (_, file, message) => {
    const run = impact(['extract', file, '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toContain(message);
  });

  test('an attachment that inflates past what an evaluation may weigh (IMPACT_MAX_BYTES)', () => {
    const run = impact(['extract', 'site.pdf', '--lang', 'en'], dir, { IMPACT_MAX_BYTES: String(SAVED.length - 1) });
    expect(run.code).toBe(1);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toContain('site.pdf: error: the attached evaluation is larger than an evaluation may be (IMPACT_MAX_BYTES, see docs/limits.md)');
    expect(impact(['extract', 'site.pdf'], dir, { IMPACT_MAX_BYTES: String(SAVED.length) }).stdout.equals(SAVED)).toBe(true);
  });

  test('a truncated PDF', () => {
    writeFileSync(join(dir, 'truncated.pdf'), first.subarray(0, 4000));
    const run = impact(['extract', 'truncated.pdf', '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('truncated.pdf: error: the PDF’s structure cannot be read: the file is truncated or damaged');
  });

  test('a report saved again with compressed cross-references', () => {
    const saved = withPdf(pdf, (doc) => doc.saveToBuffer('compress,objstms').asUint8Array());
    writeFileSync(join(dir, 'compressed.pdf'), saved);
    const run = impact(['extract', 'compressed.pdf', '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/compressed\.pdf: error: this PDF was saved again with compressed cross-reference tables \(PDF 1\.5\), which impact does not read; take the report as impact build wrote it \(byte \d+\)/);
  });
});

describe('a damaged PDF', () => {
  const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
  const readable = (bytes: Uint8Array): boolean => {
    try {
      embeddedSource(bytes);
      return true;
    } catch (e) {
      if (e instanceof PdfSyntaxError) return true;
      throw e;
    }
  };

  test('cut short anywhere, or with bytes changed anywhere, gives the evaluation, none, or a syntax error: never a crash', () => {
    const bytes = first;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length }), fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), (cut, changes) => {
        const damaged = Buffer.from(bytes.subarray(0, cut));
        for (const [at, value] of changes) if (at < damaged.length) damaged[at] = value;
        expect(readable(damaged)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test('nested past any report’s depth is a syntax error', () => {
    const deep = Buffer.from(`%PDF-1.7\n1 0 obj\n${'['.repeat(100_000)}\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Root 1 0 R >>\nstartxref\n${9 + 8 + 100_001 + 7}\n%%EOF\n`);
    expect(() => embeddedSource(deep)).toThrow(PdfSyntaxError);
  });
});
