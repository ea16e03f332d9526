import { readFileSync, writeFileSync } from 'node:fs';
import { containedPath } from './file-source.js';
import type { FileFix } from '../diagrams/plan-fixes.js';
import { UserError } from '../errors.js';

/**
 * The bytes of `original` with the text between each edit's marker lines replaced. Lines are
 * found by their 0x0A bytes, which a UTF-8 decoder never folds into a replacement character:
 * bytes that are not UTF-8 outside the markers are written back as they were, not as U+FFFD.
 */
export function spliceLines(original: Uint8Array, edits: { beginLine: number; endLine: number; text: string }[]): Buffer {
  const lineStarts = [0];
  for (let i = original.indexOf(0x0a); i !== -1; i = original.indexOf(0x0a, i + 1)) lineStarts.push(i + 1);
  const startOf = (line: number) => (line <= lineStarts.length ? lineStarts[line - 1] : original.length);
  const parts: Uint8Array[] = [];
  let cursor = 0;
  for (const edit of [...edits].sort((a, b) => a.beginLine - b.beginLine)) {
    parts.push(original.subarray(cursor, startOf(edit.beginLine + 1)), Buffer.from(edit.text, 'utf8'));
    cursor = startOf(edit.endLine);
  }
  parts.push(original.subarray(cursor));
  return Buffer.concat(parts);
}

/** Write each fix into the file under `root` it was computed from; only the marked ranges change. */
export function writeFixes(root: string, fixes: FileFix[], onFixed?: (path: string) => void): void {
  for (const fix of fixes) {
    // Resolved again at write time: never through a symlink that leads out of the directory.
    const file = containedPath(root, fix.path);
    const bytes = readFileSync(file);
    if (bytes.toString('utf8') !== fix.original) throw new UserError(`${fix.path} changed while archgate was checking it; nothing was written to it. Run the check again.`);
    writeFileSync(file, spliceLines(bytes, fix.edits));
    onFixed?.(fix.path);
  }
}
