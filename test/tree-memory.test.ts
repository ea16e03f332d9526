import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { parseMarkdown, walk } from '../src/engine/markdown.js';
import { heldBytes, leastOf } from './heap-bytes.js';

// A parsed tree is most of what a check holds while its rules run, and the process's peak memory
// follows what it holds. Bytes per node counted after full collections, at two sizes, not timed.

// Modelled on a BMAD architecture: components with a short paragraph, a bullet list of decisions,
// and a table of NFRs with the place that meets each.
function architecture(components: number): string {
  const part = (i: number) =>
    [
      `### Component ${i}: Ledger writer`,
      '',
      `The ledger writer ${i} appends entries and **never** rewrites them (see NFR-${i}).`,
      '',
      `- Storage: PostgreSQL 16, one schema per tenant`,
      `- Retries: three, with \`backoff\` of 200 ms`,
      `- Owner: team ${i}`,
      '',
      '| NFR | Target | Where |',
      '|---|---|---|',
      `| NFR-${i} | p95 < 200 ms | writer ${i} |`,
      `| NFR-${i + 1} | 99.9% uptime | replica ${i} |`,
      '',
    ].join('\n');
  return ['# Ledger — Architecture', '', ...Array.from({ length: components }, (_, i) => part(i))].join('\n');
}

function treeBytes(components: number): { nodes: number; bytes: number } {
  const text = architecture(components);
  const { value: root, bytes } = heldBytes(() => parseMarkdown(text));
  let nodes = 0;
  walk(root as Nodes, () => void nodes++);
  return { nodes, bytes };
}

describe('a parsed tree in memory', () => {
  it('holds each node in a bounded number of bytes, the same at four times the size', () => {
    // The least of two readings at each size, after an unread parse: compiled code and the
    // parser's caches are not the tree's, and only ever add to a reading (one loaded run read 242
    // bytes a node, not 234).
    const small = leastOf(() => treeBytes(500), 2, () => parseMarkdown(architecture(100)));
    const large = leastOf(() => treeBytes(2000), 2, () => {});
    expect([small.nodes, large.nodes]).toEqual([20503, 82003]);
    // Children arrays as the parser grew them (room for 16 or more) came to 305 bytes a node;
    // copied to their size, 235: the node, its position and its share of one exact array.
    expect(large.bytes / large.nodes).toBeLessThan(265);
    // And the 61,500 nodes the larger adds cost each what a node costs (234), to 25%: read as
    // growth between the sizes, so that what a small reading sees freed beside the tree does not
    // count against the larger.
    expect((large.bytes - small.bytes) / (large.nodes - small.nodes)).toBeLessThan(290);
  });
});
