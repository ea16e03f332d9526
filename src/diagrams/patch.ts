import type { MarkedBlock } from './markers.js';

// A unified diff of regenerated blocks, for pull requests archgate may not push to (forks):
// `git apply` takes it. Each hunk is one block, with its two marker lines as context.

const lines = (text: string) => {
  const out = text.replace(/\r\n/g, '\n').split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
};

export function unifiedPatch(path: string, original: string, changes: { block: MarkedBlock; expected: string }[]): string {
  const all = original.replace(/\r\n/g, '\n').split('\n');
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let shift = 0;
  for (const { block, expected } of [...changes].sort((a, b) => a.block.beginLine - b.block.beginLine)) {
    const oldLines = lines(block.content);
    const newLines = lines(expected);
    const start = block.beginLine;
    out.push(`@@ -${start},${oldLines.length + 2} +${start + shift},${newLines.length + 2} @@`);
    out.push(` ${all[block.beginLine - 1]}`);
    for (const l of oldLines) out.push(`-${l}`);
    for (const l of newLines) out.push(`+${l}`);
    out.push(` ${all[block.endLine - 1]}`);
    shift += newLines.length - oldLines.length;
  }
  return out.join('\n') + '\n';
}
