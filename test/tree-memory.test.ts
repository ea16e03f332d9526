import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { parseMarkdown, walk } from '../src/engine/markdown.js';
import { heldBytes } from './heap-bytes.js';

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

function bytesPerNode(components: number): { nodes: number; perNode: number } {
  const text = architecture(components);
  const { value: root, bytes } = heldBytes(() => parseMarkdown(text));
  let nodes = 0;
  walk(root as Nodes, () => void nodes++);
  return { nodes, perNode: bytes / nodes };
}

describe('a parsed tree in memory', () => {
  it('holds each node in a bounded number of bytes, the same at four times the size', () => {
    parseMarkdown(architecture(100)); // compiled code and the parser's caches are not the tree's
    const small = bytesPerNode(500);
    const large = bytesPerNode(2000);
    expect([small.nodes, large.nodes]).toEqual([20503, 82003]);
    // Children arrays as the parser grew them (room for 16 or more) came to 305 bytes a node;
    // copied to their size, 235: the node, its position and its share of one exact array.
    expect(large.perNode).toBeLessThan(265);
    expect(large.perNode).toBeLessThan(small.perNode * 1.25);
  });
});
