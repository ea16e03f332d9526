import { describe, expect, it, vi } from 'vitest';
import type { Nodes } from 'mdast';

// The places to cite in a nested list: each item is read with the items under it, to rank it
// (passages.ts). Read with every item under it, nesting d deep read d²/2 items' words: a pull
// request's 120-deep outline made 7,000 of them. Now with NESTED_LIST_LEVELS levels at most.
// Counted in characters of text read (no clock).

const work = { chars: 0 };
vi.mock('../src/engine/markdown.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/engine/markdown.js')>();
  return {
    ...real,
    plainText: (node: Nodes) => {
      const text = real.plainText(node);
      work.chars += text.length;
      return text;
    },
    plainTextWithin: (node: Nodes, lists: number) => {
      const text = real.plainTextWithin(node, lists);
      work.chars += text.length;
      return text;
    },
  };
});

const { parseDoc } = await import('../src/engine/document.js');
const { passagesOf } = await import('../src/engine/passages.js');
const { NESTED_LIST_LEVELS } = await import('../src/engine/markdown.js');

/** An outline of decisions, each level one short decision nested under the one before. */
const outline = (depth: number) =>
  `# Architecture\n\n## Decisions\n\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- Decision ${i + 1}: the gateway keeps sessions in Redis`).join('\n')}\n`;

const read = (depth: number) => {
  const doc = parseDoc('architecture', [{ path: 'docs/architecture.md', text: outline(depth) }]);
  work.chars = 0;
  const passages = passagesOf(doc);
  return { chars: work.chars, places: passages.length, nested: passages.map((p) => p.nested) };
};

describe('places in a nested list', () => {
  it('are read with the items under them down to NESTED_LIST_LEVELS levels, each item as it is written', () => {
    const { places, nested } = read(12);
    expect(places).toBe(12);
    expect(NESTED_LIST_LEVELS).toBe(8);
    // The first item reads with the eight levels under it; the fourth from last with the three it has.
    expect(nested[0]).toBe(Array.from({ length: 8 }, (_, i) => `Decision ${i + 2}: the gateway keeps sessions in Redis`).join('\n'));
    expect(nested[8]).toBe(['Decision 10', 'Decision 11', 'Decision 12'].map((d) => `${d}: the gateway keeps sessions in Redis`).join('\n'));
    expect(nested[11]).toBeUndefined();
  });

  it('four times the depth, about four times the text read (the square was sixteen)', () => {
    const small = read(30);
    const large = read(120);
    expect([small.places, large.places]).toEqual([30, 120]);
    expect(large.chars / small.chars).toBeLessThan(4.5);
  });
});
