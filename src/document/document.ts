/**
 * The document model between the templates and the writers, as pandoc's AST sits between its
 * readers and its writers: blocks of prose and tables, and containers that give the blocks they
 * hold a role (`synthese`, `carte`…) with attributes, as the templates wrote them. A writer
 * dispatches on roles and attributes, never on a block's place, a heading's text or a cell's
 * content; a block outside any role is set plainly. docs/templates.md lists the roles.
 */

/** The roles a template can give blocks (docs/templates.md says what each writer makes of them). */
export const ROLES = [
  'couverture',
  'details',
  'image',
  'presentation',
  'synthese',
  'graphique',
  'vigilance',
  'cle_intensites',
  'famille',
  'avis_comite',
  'justification_comite',
  'signatures',
  'annexe',
  'tableau_annexe',
  'chiffres',
  'carte',
  'legende',
  'methode',
] as const;

/**
 * A run of text in one style, as word processors and typesetters name it: pandoc's inlines,
 * flattened to the two styles a report uses.
 */
export interface Run {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

export type Attributes = Readonly<Record<string, string>>;

/** A column's alignment as the Markdown's delimiter row writes it (`:---:`); none for `---`. */
export type Align = 'left' | 'center' | 'right' | undefined;

export interface Cell {
  readonly runs: readonly Run[];
  /** What the template said of this cell (`{{attributs points=score}}`): its meaning, never read from its text. */
  readonly attributes: Attributes;
}

export type Block =
  | { readonly kind: 'heading'; readonly level: number; readonly runs: readonly Run[] }
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Run[])[] }
  | { readonly kind: 'quote'; readonly runs: readonly Run[] }
  | {
      readonly kind: 'table';
      readonly header: readonly Cell[];
      readonly rows: readonly (readonly Cell[])[];
      readonly aligns: readonly Align[];
    }
  | Container;

export interface Container {
  readonly kind: 'container';
  readonly role: string;
  readonly attributes: Attributes;
  readonly blocks: readonly Block[];
}

export type TableBlock = Extract<Block, { kind: 'table' }>;
export type Leaf = Exclude<Block, Container>;

/** A block with the containers it sits in, outermost first; an empty container stands for itself. */
export interface Placed {
  readonly block: Leaf | Container;
  readonly within: readonly Container[];
}

/** The document's blocks in reading order, each with its containers. */
export function placed(blocks: readonly Block[], within: readonly Container[] = []): Placed[] {
  return blocks.flatMap((block): Placed[] => {
    if (block.kind !== 'container') return [{ block, within }];
    if (block.blocks.length === 0) return [{ block, within }];
    return placed(block.blocks, [...within, block]);
  });
}

/** The innermost container around a block with one of `roles`. */
export const roleOf = (place: Placed, roles: readonly string[]): Container | undefined =>
  [...place.within].reverse().find((container) => roles.includes(container.role));

export const plainText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');
