import { closeSync, openSync, writeSync } from 'node:fs';

/** Writes a file from the chunks `produce` hands over, each as it comes: the text is never held whole. */
export function writeFileInChunks(file: string, produce: (write: (chunk: string) => void) => void): void {
  const fd = openSync(file, 'w');
  try {
    produce((chunk) => {
      // writeSync may write less than asked (a full disk returns an error instead): write the rest.
      const bytes = Buffer.from(chunk, 'utf8');
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    });
  } finally {
    closeSync(fd);
  }
}
