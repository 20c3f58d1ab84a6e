/**
 * An imported site as the evaluation file `impact init` would have become: the modeline, then
 * `version`, `lieu`, `langue`, `evaluation`, `comite`, the families in the grid's order and the
 * conclusions, each section's fields in the order init writes them, lists of words in flow style
 * (`publics: [benevoles, voisins]`), the committee's members one under the other.
 */
import { Document, isScalar, isSeq, visit } from 'yaml';
import { CONCLUSION_FIELDS, MEMBER_FIELDS, MEMBERS, SECTIONS, SITE_DESCRIPTION } from '../grid/context.js';
import { FAMILIES, FORMAT_VERSION, SITE_FIELDS, fieldsOf } from '../grid/grid.js';
import type { Tree } from './site.js';

/** The keys of `tree` that `order` names, in that order, each value given by `child`. */
function ordered(tree: Tree | undefined, order: readonly string[], child: (key: string, value: unknown) => unknown = (_k, v) => v): Tree | undefined {
  if (!tree) return undefined;
  const out: Tree = {};
  for (const key of order) {
    const value = child(key, tree[key]);
    if (value !== undefined) out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The evaluation's keys in the grid's order; what the grid does not have is not there to order. */
export function inGridOrder(answers: Tree): Tree {
  const out: Tree = { version: FORMAT_VERSION, lieu: ordered(answers.lieu as Tree, [...SITE_FIELDS, ...SITE_DESCRIPTION].map((f) => f.id)) };
  if (answers.langue !== undefined) out.langue = answers.langue;
  const evaluation = ordered(answers.evaluation as Tree | undefined, SECTIONS.evaluation.fields.map((f) => f.id));
  if (evaluation) out.evaluation = evaluation;
  const members = (value: unknown) => (value as Tree[]).map((m) => ordered(m, MEMBER_FIELDS.map((f) => f.id)));
  const comite = ordered(answers.comite as Tree | undefined, [...SECTIONS.comite.fields.map((f) => f.id), MEMBERS.id], (key, v) => (key === MEMBERS.id && v !== undefined ? members(v) : v));
  if (comite) out.comite = comite;
  for (const family of FAMILIES) {
    const criteria = family.criteria.map((c) => c.id);
    const value = ordered(answers[family.id] as Tree | undefined, ['mots_cles', ...criteria], (key, v) => {
      const criterion = family.criteria.find((c) => c.id === key);
      return criterion ? ordered(v as Tree | undefined, fieldsOf(criterion).map((f) => f.id)) : v;
    });
    if (value) out[family.id] = value;
  }
  for (const field of CONCLUSION_FIELDS) if (answers[field.id] !== undefined) out[field.id] = answers[field.id];
  return out;
}

/** The file's text: `modeline` is the schema as init names it, `note` a comment on where it came from. */
export function evaluationYaml(answers: Tree, schema: string, note: string): string {
  const doc = new Document(inGridOrder(answers));
  visit(doc, {
    Seq(_key, node) {
      if (isSeq(node)) node.flow = node.items.every(isScalar);
    },
  });
  doc.commentBefore = ` ${note}`;
  return `# yaml-language-server: $schema=${schema}\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}
