import { describe, expect, it } from 'vitest';
import { parseDoc } from '../src/engine/document.js';
import { passagesOf } from '../src/engine/passages.js';
import { buildSuggestionIndex } from '../src/engine/cite-suggestions.js';
import { heldBytes, leastOf } from './heap-bytes.js';

// What the places to cite hold grows with the architecture, and only with it: a section of many
// short paragraphs under long headings once held its heading path once per paragraph, and a long
// table its header once per row. Counted in bytes of the heap (after full collections), not timed.
// Each figure is the least of three readings after a warm-up: code compiled in the background
// (more of it on a loaded runner) lands in the heap during a reading and only ever adds to it.

// Modelled on an arc42 document's cross-cutting concepts: numbered headings three deep, a runbook of
// short steps, and a table of audit events.
const TITLES = [
  '## 8. Cross-cutting Concepts for the Ledger, the Document Store and the Reporting Pipeline',
  '### 8.3 Audit Logging, Retention and Tamper Evidence across Every Region We Operate In',
  '#### 8.3.2 Retention of Audit Records in the Write-once Bucket and Their Replication Schedule',
];
function architecture(steps: number): string {
  const lines = ['# Ledger Architecture', '', ...TITLES.flatMap((t) => [t, '']), ...Array.from({ length: steps }, (_, i) => `Step ${i}: the worker copies batch ${i} to the bucket.\n`)];
  lines.push('| Event | Retained for | Stored in | Owner | Checked by |', '|---|---|---|---|---|', ...Array.from({ length: steps }, (_, i) => `| audit.write.${i} | 90 days | WORM | ops | job ${i} |`));
  return lines.join('\n') + '\n';
}

/** Bytes the passages of a parsed architecture add to the heap (the tree itself is counted before). */
function passageBytesOnce(steps: number): { passages: number; bytes: number } {
  const doc = parseDoc('architecture', [{ path: 'docs/architecture.md', text: architecture(steps) }]);
  const { value: passages, bytes } = heldBytes(() => passagesOf(doc));
  return { passages: passages.length, bytes };
}
const passageBytes = (steps: number) => leastOf(() => passageBytesOnce(steps), 3, () => passageBytesOnce(50));

/** Bytes the suggestion index adds to the heap beyond the passages (found first). */
function indexBytesOnce(steps: number): { places: number; bytes: number } {
  const doc = parseDoc('architecture', [{ path: 'docs/architecture.md', text: architecture(steps) }]);
  passagesOf(doc);
  const { value: index, bytes } = heldBytes(() => buildSuggestionIndex(doc));
  return { places: index.passages.length, bytes };
}
const indexBytes = (steps: number) => leastOf(() => indexBytesOnce(steps), 3, () => indexBytesOnce(50));

describe('places to cite in memory', () => {
  it('hold one heading path per section and one header per table, not one per place', () => {
    const small = passageBytes(1000);
    const large = passageBytes(4000);
    expect([small.passages, large.passages]).toEqual([2002, 8002]);
    // 1000 paragraphs, 1000 rows and the two headings with nothing under them. With the heading
    // path (about 250 characters) and the table's context held per place, a place cost 540 bytes;
    // now about 270: its object, its own text and that text's cached copy.
    expect(large.bytes / large.passages).toBeLessThan(350);
    // And no more per place at four times the size (hash tables grow by doubling: a few per cent
    // either way): the 6,000 places the larger adds cost under 175 bytes each (about 140). Read as
    // growth between the sizes: bytes freed beside the places during a small reading (the least
    // of three, on a loaded runner, once read 102 bytes a place, not 140) no longer fail the test.
    expect((large.bytes - small.bytes) / (large.passages - small.passages)).toBeLessThan(175);
  });

  it('hold each term once in the index, however many places use it', () => {
    // Every step and row repeats the same words (worker, copies, batch, bucket, audit, write...).
    const large = indexBytes(4000);
    expect(large.places).toBe(8002);
    // A copy of each stem per place cost 840 bytes a place (its counts, postings and the copies);
    // one string per term, about 700.
    expect(large.bytes / large.places).toBeLessThan(780);
  });
});
