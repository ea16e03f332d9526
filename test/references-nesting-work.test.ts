import { describe, expect, it } from 'vitest';
import { parseDoc } from '../src/engine/document.js';
import { scanIds } from '../src/engine/requirements.js';
import { DEFAULT_ID_SETTINGS } from '../src/engine/ids.js';
import { countWork } from './text-work.js';

// Reading an architecture's references, each list item's text is checked for a claim ("all NFRs
// are addressed"), read with the items under it. Read with every level under it, a list nested d
// deep built and scanned d times the text at its bottom: "- - - - … x" (a pull request's author
// writes it in one line, two characters a level) was the square of its length. Now each item is
// read with NESTED_LIST_LEVELS levels under it at most, as places to cite are (passages.ts).
// Counted in pattern steps and characters searched (no clock).

/** d nested lists on one line, the innermost with a sentence that cites an NFR. */
const oneLine = (depth: number) => `# Architecture\n\n${'- '.repeat(depth)}The gateway keeps sessions in Redis (NFR-1). ${'Sessions expire after a day. '.repeat(depth / 10)}\n`;
/** A decision outline, each level one short decision under the one before. */
const outline = (depth: number) => `# Architecture\n\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- Decision ${i + 1}: the gateway keeps sessions in Redis (NFR-${i + 1})`).join('\n')}\n`;

const work = (text: string) => {
  const doc = parseDoc('architecture', [{ path: 'docs/architecture.md', text }]);
  const { steps, result } = countWork(() => scanIds(doc, DEFAULT_ID_SETTINGS, false));
  return { steps, references: result?.references.length };
};

describe('references in deeply nested lists', () => {
  it('one line nesting 4 times as deep: about 4 times the work (16 when each level read all below it)', () => {
    const small = work(oneLine(200));
    const big = work(oneLine(800));
    expect([small.references, big.references]).toEqual([1, 1]);
    expect(big.steps / small.steps).toBeLessThan(5);
  });

  it('an outline 4 times as deep: about 4 times its length in work', () => {
    const small = work(outline(50));
    const big = work(outline(200));
    expect([small.references, big.references]).toEqual([50, 200]);
    // The outline's text (without its indentation) grows 4 times; its indentation 16 times, and
    // the parser reads that, not this.
    expect(big.steps / small.steps).toBeLessThan(5);
  });

  it('a claim is still read with the items under it ("All NFRs are addressed:" over the IDs)', () => {
    const doc = parseDoc('architecture', [{ path: 'docs/architecture.md', text: '# Architecture\n\n- All NFRs are addressed:\n  - NFR-1\n  - NFR-2\n- Search cache (NFR-3)\n' }]);
    expect(scanIds(doc, DEFAULT_ID_SETTINGS, false).references.map((r) => [r.id, r.noise ?? null])).toEqual([
      ['NFR-1', 'claim'],
      ['NFR-2', 'claim'],
      ['NFR-3', null],
    ]);
  });
});
