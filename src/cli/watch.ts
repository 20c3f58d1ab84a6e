/**
 * `impact build --watch`: rebuild on every save of an evaluation (that one), of a template or of
 * the theme (all of them), and keep going through errors until Ctrl-C.
 */
import { existsSync, watch as watchFs, type FSWatcher, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { shownPath } from '../diagnostics/format.js';
import type { Lang } from '../grid/types.js';
import { joinList } from '../words/prose.js';
import { wordsOf } from '../words/words.js';

export interface WatchPlan {
  readonly inputs: readonly string[];
  /** The templates folder and the theme file, when given. */
  readonly look: readonly string[];
  /** The files the theme names (fonts, logo): asked again after the look changed, as the theme may name others. */
  readonly themeFiles: () => Promise<readonly string[]>;
  readonly lang: Lang;
  /** Drops what was read of the templates, the theme and its fonts, so that they are read again. */
  readonly forgetLook: () => Promise<void>;
  readonly rebuild: (changedInputs: readonly string[], lookChanged: boolean) => Promise<void>;
}

/** Editors save by writing a new file and renaming it: watch folders, not files. */
const SETTLE_MS = 120;
/** How often a folder that was deleted is looked for again. */
const RETURN_POLL_MS = 250;

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

export async function watch(plan: WatchPlan): Promise<number> {
  const words = wordsOf(plan.lang).cli.watch;
  const inputs = new Map(plan.inputs.map((file) => [resolve(file), file]));
  const lookFolders = plan.look.filter(isFolder).map((path) => resolve(path));
  const themeFiles = await plan.themeFiles();
  const lookFiles = new Set([...plan.look.filter((path) => !isFolder(path)), ...themeFiles].map((path) => resolve(path)));

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const flush = () => {
    const isLook = (path: string) => lookFiles.has(path) || lookFolders.some((folder) => !relative(folder, path).startsWith('..'));
    // The folders also see the reports being written: only inputs and the look count.
    const changed = [...pending].filter((path) => inputs.has(path) || isLook(path));
    pending.clear();
    const changedInputs = changed.filter((path) => inputs.has(path)).map((path) => inputs.get(path) as string);
    const lookChanged = changed.some(isLook);
    if (changed.length === 0) return;
    process.stderr.write(`${words.changed(changed.map((path) => shownPath(relative(process.cwd(), path), plan.lang)).join(', '))}\n`);
    // The files a changed theme names are watched before the rebuild reports: a save right after
    // the report's line is then seen.
    running = running
      .then(async () => {
        if (!lookChanged) return;
        await plan.forgetLook();
        for (const file of await plan.themeFiles()) {
          lookFiles.add(resolve(file));
          watchFolder(dirname(resolve(file)));
        }
      })
      .then(() => plan.rebuild(changedInputs, lookChanged))
      .catch((e: unknown) => {
        process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
      });
  };

  const noticed = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  };

  // A folder's watcher, or the timer looking for it again after it was deleted; by folder and depth.
  const watchers = new Map<string, FSWatcher | NodeJS.Timeout>();
  const keyOf = (folder: string, recursive: boolean) => `${recursive ? 'tree' : 'folder'}:${folder}`;
  const relativeName = (folder: string) => relative(process.cwd(), folder) || '.';

  /** Watched again when it comes back, and everything in it taken as changed: it may all be new. */
  function awaitReturn(folder: string, recursive: boolean): void {
    process.stderr.write(`${words.gone(shownPath(relativeName(folder), plan.lang))}\n`);
    const timer = setInterval(() => {
      if (!existsSync(folder)) return;
      clearInterval(timer);
      process.stderr.write(`${words.back(shownPath(relativeName(folder), plan.lang))}\n`);
      arm(folder, recursive);
      for (const path of [...inputs.keys(), ...lookFiles]) if (dirname(path) === folder) noticed(path);
      if (recursive) noticed(folder);
    }, RETURN_POLL_MS);
    watchers.set(keyOf(folder, recursive), timer);
  }

  function arm(folder: string, recursive: boolean): void {
    const key = keyOf(folder, recursive);
    // inotify says nothing more once the folder itself is gone: wait for it to come back.
    const lost = () => {
      if (watchers.get(key) !== watcher) return;
      watcher.close();
      awaitReturn(folder, recursive);
    };
    const watcher = watchFs(folder, { recursive }, (_, name) => {
      if (!existsSync(folder)) lost();
      else if (name) noticed(resolve(folder, name.toString()));
    });
    watcher.on('error', lost);
    watchers.set(key, watcher);
  }

  function watchFolder(folder: string): void {
    if (!watchers.has(keyOf(folder, false))) arm(folder, false);
  }
  for (const path of [...inputs.keys(), ...lookFiles]) watchFolder(dirname(path));
  for (const folder of lookFolders) arm(folder, true);
  process.stderr.write(`${words.watching(joinList([...plan.inputs, ...plan.look, ...themeFiles].map((file) => shownPath(file, plan.lang)), plan.lang))}\n`);

  return new Promise((done) => {
    const stop = () => {
      for (const watcher of watchers.values()) {
        if ('close' in watcher) watcher.close();
        else clearInterval(watcher);
      }
      clearTimeout(timer);
      process.stderr.write(`${words.stopped}\n`);
      void running.then(() => done(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
