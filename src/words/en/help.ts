/** What `--help` says in English: every command, argument and option, and commander's own words. */
import type { Words } from '../catalogue.js';

export const descriptions: Omit<Words['descriptions'], 'compare'> = {
  values: { files: 'files', file: 'file', folder: 'folder', lang: 'lang', name: 'name', formats: 'formats', command: 'command', separator: 'separator', format: 'format' },
  program: 'Compiles the evaluation of the social and urban effects of a third place (YAML) into a report.',
  exitCodes: 'Exit codes: 0 success; 1 invalid file or cannot write; 2 wrong usage; 70 bug in impact; 130 interrupted (Ctrl-C).',
  evaluations: 'YAML evaluations, or folders to search for them (*.yaml, *.yml); “-” reads standard input',
  lang: 'language of the report and of the messages',
  langDefault: 'the file’s, else fr',
  formats: (formats: string) => `comma-separated formats: ${formats}`,
  templates: 'templates that replace impact’s, file by file (see docs/templates.md)',
  theme: 'the PDF’s theme: colours, fonts, logo; the HTML takes its colours (see docs/templates.md)',
  reporter: 'output for people (text) or for machines (json)',
  quiet: 'show errors only',
  build: {
    description: 'checks each evaluation and writes its report (site.yaml → site.pdf and site.md)',
    outDir: 'write the reports in this folder (keeping the sub-folders) instead of next to the evaluations',
    jobs: 'evaluations processed in parallel',
    jobsDefault: 'the number of cores',
    check: 'write nothing: fail, listing the reports that are missing or out of date (computing nothing again when the manifest says up to date)',
    force:
      'rebuild every report, even up to date: without it, a report is made again only when the evaluation, the images it names, impact, the templates, the theme, the language, the formats or --embed-source changed, or the report was changed (see docs/ci.md)',
    shard: 'process only the i-th of n parts of the batch (parallel CI)',
    watch: 'rebuild on every save of the evaluation, the templates, the theme or its fonts and logo',
    embedSource:
      'attach the YAML evaluation to the PDF as it is (impact extract reads it back); its comments go with it: leave none of the evaluators’ private notes there',
  },
  validate: {
    description: 'checks evaluations without writing anything and lists what is not answered (exit 0 if valid, 1 otherwise)',
    strict: 'criteria and fields not answered become errors',
  },
  score: {
    description: 'prints the score of every criterion and family, with their reasons',
    file: 'YAML evaluation (“-”: standard input)',
    json: 'write the scores as JSON, each family and criterion with its status (a 0: not-assessed, described or no-positive-effect)',
  },
  schema: {
    description: 'writes the JSON Schema of evaluations, for editors',
    out: 'write the schema to this file instead of standard output',
  },
  init: {
    description: 'writes an evaluation to fill in: the whole grid, its questions and options as comments',
    file: (yaml: string, csv: string) => `YAML evaluation to create (default: ${yaml}), or CSV form with --format csv (${csv})`,
    force: 'replace the file if it already exists',
    lang: 'language of the comments and messages',
    format: 'yaml: the evaluation to fill in; csv: the header row that impact import reads, options included',
  },
  extract: {
    description: 'writes the YAML evaluation that a report built with impact build --embed-source carries, byte for byte',
    file: 'PDF report',
    output: 'write the evaluation to this file instead of standard output',
    lang: 'language of the messages',
  },
  import: {
    description: 'writes one YAML evaluation per site from the Commune Mesure platform’s place files (.json) or a form export (.csv, .xlsx)',
    files: 'place files (.json), form exports or spreadsheets (.csv, .tsv, .txt, .xlsx)',
    outDir: 'write the evaluations in this folder instead of next to each imported file',
    force: 'replace the evaluations that already exist',
    lang: 'language of the messages and of the comment at the top of the files',
  },
  summary: {
    description: 'a portfolio comparing the sites: intensities, heat map of the criteria, totals, what is missing (portefeuille.pdf and .md)',
    output: 'name of the files written, without extension: each format adds its own',
    lang: 'language of the portfolio and of the messages',
    csvSeparator: 'separator between the CSV’s fields (default: “;” with --lang fr, “,” with --lang en)',
  },
};

/** The words commander puts in every help: its headings, its notes after a description, its own options. */
export const help: Words['help'] = {
  titles: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Global Options:': 'Global options:' },
  options: '[options]',
  command: '[command]',
  defaultIs: (value: string) => `default: ${value}`,
  choices: (values: string) => `values: ${values}`,
  help: 'show this help',
  helpCommand: 'help [command]',
  helpCommandDescription: 'show the help of a command',
  version: 'show the version',
  examples: 'Examples:',
};
