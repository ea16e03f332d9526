import { describe, expect, it } from 'vitest';
import { mermaidParts } from '../src/engine/mermaid-passages.js';
import { workGrowth } from './text-work.js';

// A raw mermaid file's lines are read one by one for their labels (mermaid-passages.ts). The PR
// author writes the file: each hostile shape below must cost work in proportion to its size.
// Counted in regex steps and characters read (no clock); linear is a ratio near 4 for 4 times the input.

const hostile: Record<string, (n: number) => string[]> = {
  'a line of "[" never closed': (n) => [`flowchart LR`, `  a${'['.repeat(n)}`],
  'a line of spaces': (n) => [`flowchart LR`, ' '.repeat(n) + 'x'],
  'a label of spaces': (n) => [`flowchart LR`, `a[x${' '.repeat(n)}y]`, `b([${' '.repeat(n)}])`],
  'a line of dashes and letters': (n) => [`flowchart LR`, `a ${'-x'.repeat(n / 2)}`],
  'subgraphs opened and never closed': (n) => [`flowchart LR`, ...Array.from({ length: n / 20 }, (_, i) => `subgraph s${i}[Zone ${i}]`)],
  'ten thousand labelled nodes': (n) => [`flowchart LR`, ...Array.from({ length: n / 20 }, (_, i) => `  n${i}[Node ${i}] -->|calls| m${i}((Store ${i}))`)],
};

describe('reading a mermaid diagram\'s lines', () => {
  it('reads labels, edge labels, comments and subgraph titles, with the subgraphs around each line', () => {
    const parts = mermaidParts(['flowchart LR', '  %% Trust boundaries', '  subgraph dmz["Public zone"]', '    gw[mTLS gateway] -->|forwards to| api([Ledger API])', '  end', '  classDef hot fill:#f00', '  api -- streaming replication --> replica[(Standby replica)]']);
    expect(parts).toEqual([
      { index: 1, text: 'Trust boundaries', groups: [] },
      { index: 2, text: 'Public zone', groups: [] },
      { index: 3, text: 'mTLS gateway forwards to Ledger API gw api', groups: ['Public zone'] },
      { index: 6, text: 'Standby replica api streaming replication replica', groups: [] },
    ]);
  });

  for (const [shape, lines] of Object.entries(hostile)) {
    it(`is linear on ${shape}`, () => {
      const { ratio } = workGrowth((n) => mermaidParts(lines(n)), 25_000);
      expect(ratio).toBeLessThan(4.5);
    });
  }
});
