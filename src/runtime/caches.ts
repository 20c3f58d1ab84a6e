/**
 * What the process keeps from one build to the next, all made here and emptied together by
 * `forgetCaches`: parsed fonts and what was read of them, shaped words, measurements, compiled
 * templates and schemas, rendered documents, themes read. A batch's worker keeps them for every
 * file it builds; `--watch` forgets them all when a template, the theme or one of its files
 * changes, and tests when a case must not reuse what another made.
 *
 * Not caches, and so not here: standard input, read once because it can be read only once
 * (load/stdin.ts), and tables computed once from constant data (the grid's column names).
 */

interface Forgettable {
  clear(): void;
  readonly size?: number;
}

/**
 * How long a cache may live. `snapshot`: what it holds is a function of impact's own files (fonts
 * parsed, words shaped, precompiled code), kept in the start-up snapshot (bin/snapshot.cjs) from
 * its warm-up build. `run`, unless a cache is said to be the other: what is made again by each
 * run, and so forgotten before the snapshot is written: what depends on the user's files or
 * folders (which may change between the snapshot and a run), and `Intl` objects (V8 cannot
 * serialise them).
 */
export type Lifetime = 'snapshot' | 'run';

const caches = new Map<string, { cache: Forgettable; lifetime: Lifetime }>();

function kept<T extends Forgettable>(name: string, cache: T, lifetime: Lifetime): T {
  if (caches.has(name)) throw new Error(`two caches are named ${name}`);
  caches.set(name, { cache, lifetime });
  return cache;
}

/** A map kept for the process under `name`, emptied by `forgetCaches`. */
export const processCache = <K, V>(name: string, lifetime: Lifetime = 'run'): Map<K, V> => kept(name, new Map<K, V>(), lifetime);

/** `make()`, made when first asked and kept until the snapshot or `forgetCaches` (an `Intl` object). */
export function runValue<T>(name: string, make: () => T): () => T {
  const made = processCache<true, T>(name);
  return () => {
    let value = made.get(true);
    if (value === undefined) {
      value = make();
      made.set(true, value);
    }
    return value;
  };
}

/** A weak map: what is kept about an object as long as the object is, and until `forgetCaches`. */
export class WeakCache<K extends object, V> implements Forgettable {
  private map = new WeakMap<K, V>();

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  set(key: K, value: V): this {
    this.map.set(key, value);
    return this;
  }

  clear(): void {
    this.map = new WeakMap();
  }
}

/** A weak map kept for the process under `name`, emptied by `forgetCaches`. */
export const weakProcessCache = <K extends object, V>(name: string, lifetime: Lifetime = 'run'): WeakCache<K, V> => kept(name, new WeakCache<K, V>(), lifetime);

/** Empties every cache: what comes next is read, parsed and compiled again. */
export function forgetCaches(): void {
  for (const { cache } of caches.values()) cache.clear();
}

/** Empties the caches of the `run` lifetime: called before the start-up snapshot is written. */
export function forgetRunState(): void {
  for (const { cache, lifetime } of caches.values()) if (lifetime === 'run') cache.clear();
}

/** Every cache made so far by its name, with its number of entries (none said for a weak one). */
export function cacheSizes(): Record<string, number | undefined> {
  return Object.fromEntries([...caches].map(([name, { cache }]) => [name, cache.size]));
}
