/**
 * Ctrl-C (SIGINT) or SIGTERM stops a batch gracefully: no new job starts, the ones under way
 * finish writing, so reports are whole and no temporary file is left. A second signal kills.
 */
export function interruptible(onStop: () => void = () => {}): { readonly stopped: () => boolean; readonly release: () => void } {
  let stopped = false;
  const stop = () => {
    stopped = true;
    onStop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    stopped: () => stopped,
    release: () => {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
    },
  };
}
