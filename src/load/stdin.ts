/**
 * `-` as a file: the evaluation piped on standard input (`impact validate - < site.yaml`), read
 * once per process.
 */
let read: Promise<Uint8Array | { tooLarge: true }> | undefined;

/**
 * Everything standard input holds, or `tooLarge` once it passes `maxBytes`: reading stops
 * there, so that an endless pipe cannot fill the memory.
 */
export function readStdin(maxBytes: number): Promise<Uint8Array | { tooLarge: true }> {
  read ??= (async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        process.stdin.destroy();
        return { tooLarge: true };
      }
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  })();
  return read;
}
