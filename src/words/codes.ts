/**
 * The codes the catalogues word, named here so that the words need nothing from the stages that
 * say them (diagnostics, import): a diagnostic's code exists once the reference language has words
 * for it, and every other language must word it too (catalogue.ts).
 */
import type { ErrorCode } from 'yaml';
import type { diagnostics } from './fr/diagnostics.js';

/** What a diagnostic is, the key of its words. */
export type DiagnosticCode = keyof typeof diagnostics.messages;

/** The YAML parser's codes, and the two impact adds: an unresolved alias, and a structure it cannot name better. */
export type YamlCode = ErrorCode | 'ALIAS' | 'UNEXPECTED';

/**
 * Why `impact import` left something of a source out: form metadata (a timestamp), data the grid
 * has no field for (the platform's data panorama), a scale the grid does not share (the
 * platform's 1–5 intensities), the account holder (not said to be the evaluator).
 */
export type LeftOutReason = 'metadata' | 'no-field' | 'other-scale' | 'account';
