/**
 * An imported site as the evaluation file `impact init` would have become: the modeline, then
 * `version`, `lieu`, `langue` and the families in the grid's order, each criterion's fields in
 * the order init writes them, lists in flow style (`publics: [benevoles, voisins]`).
 */
import { Document, isSeq, visit } from 'yaml';
import { SITE_DESCRIPTION } from '../grid/context.js';
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
  for (const family of FAMILIES) {
    const criteria = family.criteria.map((c) => c.id);
    const value = ordered(answers[family.id] as Tree | undefined, ['mots_cles', ...criteria], (key, v) => {
      const criterion = family.criteria.find((c) => c.id === key);
      return criterion ? ordered(v as Tree | undefined, fieldsOf(criterion).map((f) => f.id)) : v;
    });
    if (value) out[family.id] = value;
  }
  return out;
}

/** The file's text: `modeline` is the schema as init names it, `note` a comment on where it came from. */
export function evaluationYaml(answers: Tree, schema: string, note: string): string {
  const doc = new Document(inGridOrder(answers));
  visit(doc, {
    Seq(_key, node) {
      if (isSeq(node)) node.flow = true;
    },
  });
  doc.commentBefore = ` ${note}`;
  return `# yaml-language-server: $schema=${schema}\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}
