/** From a path in the data back to the line and column where the YAML wrote it. */
import { isCollection, isMap, isScalar, isSeq, stringify, type Node } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.js';
import { positionOf, type Loaded } from './load.js';

export type DataPath = readonly (string | number)[];

/**
 * A key as the data has it: `2023:` is the number 2023 in YAML but "2023" in the data, `: x` is
 * "", and a list or a map used as a key is written out in flow style, as yaml's toJS does.
 */
function keyInData(key: unknown): string {
  if (isScalar(key)) return String(key.value ?? '');
  if (isCollection(key)) return stringify(key.toJSON(), { collectionStyle: 'flow' }).trimEnd();
  return String(key ?? '');
}

/**
 * The node at `path` and the offset where it (or its key, when `part` is 'key') is written.
 * When the path goes further than the document does (a missing key), the deepest node that exists.
 */
function find(loaded: Loaded, path: DataPath, part: 'key' | 'value'): { node: unknown; offset: number } {
  let node: unknown = loaded.doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => keyInData(p.key) === String(segment));
      if (!pair) break;
      const keyOffset = (pair.key as Node | null)?.range?.[0];
      const valueOffset = (pair.value as Node | null)?.range?.[0];
      offset = (last && part === 'key' ? keyOffset : (valueOffset ?? keyOffset)) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return { node, offset };
}

export function locate(loaded: Loaded, path: DataPath, part: 'key' | 'value' = 'value'): Position {
  return positionOf(loaded.lineCounter, find(loaded, path, part).offset);
}

/** A scalar exactly as the file writes it (`2023.10`, not the number 2023.1); undefined for a collection. */
export function sourceText(loaded: Loaded, path: DataPath): string | undefined {
  const { node } = find(loaded, path, 'value');
  if (!isScalar(node) || !node.range) return undefined;
  return loaded.source.slice(node.range[0], node.range[1]);
}
