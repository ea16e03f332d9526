import { describe, expect, it } from 'vitest';
import { heapUsed, heldBytes, leastOf, medianOf } from './heap-bytes.js';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { buildReport } from '../src/report/report.js';
import { formatJson, writeReportJson } from '../src/formatters/json.js';
import { syntheticDocSet } from '../bench/synthetic.js';
import type { DocSetInput } from '../src/core/finding.js';

// A synthetic doc set holds ~3,900 NFR-like IDs a megabyte (real documents: 100-500), and its
// peak is the check's live output, not garbage: the result and the JSON report (six characters a
// character of documents). Both must grow in proportion to the documents, never faster.
const config = resolveConfig({}).engine;
const inputOf = (bytes: number): DocSetInput => {
  const set = syntheticDocSet(bytes);
  return { name: 'default', prd: [{ path: 'docs/prd.md', text: set.prd }], architecture: [{ path: 'docs/architecture.md', text: set.architecture }], missing: [] };
};
const charsOf = (input: DocSetInput) => [...input.prd, ...input.architecture].reduce((n, f) => n + f.text.length, 0);

// Heap readings on a shared runner go wrong in whole runs of a process, not only reading by
// reading: the JSON write's mid-write reading read the whole text held (2.3-2.4 bytes a character
// of growth) in all three writes of some processes, on this session's code and, run alone, 1 run
// in 4 of this file failed on the session's start too. A regression fails every try; a process
// whose heap reads wrong is tried again. Finding what the heap keeps in those processes is open.
const HEAP_TRIES = { retry: 2 };

describe('memory of a check on a synthetic doc set', () => {
  const small = inputOf(100_000);
  const big = inputOf(400_000);

  it('keeps a result and a JSON report that grow linearly with the documents', HEAP_TRIES, () => {
    // The least of two readings at each size, the first after an unread check: code compiled and
    // caches filled on first use land in the heap during a reading and only ever add to it (an
    // unwarmed first reading read 2.2 times the bytes of the next at the small size).
    const held = (input: DocSetInput) => () => {
      const { value: result, bytes } = heldBytes(() => checkDocSet(input, config));
      return { result, bytes };
    };
    const a = leastOf(held(small), 3);
    const b = leastOf(held(big), 3);
    expect([a.result.requirements.length, a.result.findings.length]).toEqual([393, 321]);
    expect([b.result.requirements.length, b.result.findings.length]).toEqual([1_563, 1_671]);
    // The report's text: the same characters per requirement or finding at both sizes (to 5%; the
    // bigger set has more findings per requirement, as its generator cites fewer of its NFRs).
    const items = (m: typeof a) => m.result.requirements.length + m.result.findings.length;
    const json = (m: typeof a) => formatJson(buildReport([{ result: m.result }], 'error')).length;
    const perItem = (m: typeof a) => json(m) / items(m);
    expect(perItem(b) / perItem(a)).toBeGreaterThan(0.95);
    expect(perItem(b) / perItem(a)).toBeLessThan(1.05);
    // What the result holds on the heap: the same bytes per requirement or finding at both sizes
    // (4.5 times the items, 4 times the characters), with room for the collector's slack, and
    // under 48 bytes a character. Held as the square of the documents, the bigger would hold 4
    // times the bytes per item.
    const heldPerItem = (m: typeof a) => m.bytes / items(m);
    expect(heldPerItem(b) / heldPerItem(a)).toBeLessThan(1.25);
    expect(b.bytes / charsOf(big)).toBeLessThan(48);
  });

  it('writes the JSON report holding about a chunk, not the report\'s text, at both sizes', HEAP_TRIES, () => {
    // The heap halfway through writing, above the report: a report built as one string held all
    // of it written so far (two bytes a character: the findings quote "…"), then its UTF-8 copy.
    const midWrite = (input: DocSetInput) => {
      const report = buildReport([{ result: checkDocSet(input, config) }], 'error');
      const total = formatJson(report).length;
      const before = heapUsed();
      let chars = 0;
      let held = { bytes: 0, chars: 0 };
      writeReportJson(report, (chunk) => {
        chars += chunk.length;
        if (!held.chars && chars >= total / 2) held = { bytes: heapUsed() - before, chars };
      });
      return { ...held, findings: report.docSets[0].findings.length };
    };
    // The least of three writes at each size, after an unread one: a reading that happens to
    // keep garbage of the check beside the write (2.4 bytes a character in one CI run of many)
    // only ever adds.
    const a = leastOf(() => midWrite(small));
    const b = leastOf(() => midWrite(big));
    // About a chunk in flight (~0.4 MB measured) at both sizes, though the bigger writes four
    // times the characters: nothing grows with the report (one string: ≥ 2 bytes a character).
    // Compared as growth between the sizes, so that what one reading sees freed beside the write
    // cancels out (a small-size reading once read 48 KB, not 430: b < 1.5 a then failed).
    expect(b.chars / a.chars).toBeGreaterThan(3.5);
    expect((b.bytes - a.bytes) / (b.chars - a.chars)).toBeLessThan(0.5);
    expect(b.bytes / b.chars).toBeLessThan(0.5);
  });

  it('keeps no term counts of the requirements once the check is over', HEAP_TRIES, () => {
    // A requirement the report still needs holds its ID, title, text, targets and place, not the
    // term map ranking read from it: ~1,030 bytes each at both sizes (~1,780 with the map). The
    // least of three checks at each size, after an unread one: garbage of a check that a reading
    // happens to free too (5,000 bytes a requirement in about one reading of eight, the first big
    // check of a process among them) only ever adds to what a reading sees freed.
    const perRequirement = (input: DocSetInput) => {
      const result = checkDocSet(input, config);
      result.findings = [];
      result.coverage = { ...result.coverage, rows: [], drift: [] };
      const count = result.requirements.length;
      const before = heapUsed();
      result.requirements = [];
      return { bytes: (before - heapUsed()) / count };
    };
    // The middle of five readings after an unread one at each size: a freed-bytes reading goes
    // wrong both ways (one CI run read 6,401 bytes in the least of three, another a negative one).
    const a = medianOf(() => perRequirement(small)).bytes;
    const b = medianOf(() => perRequirement(big)).bytes;
    expect(a).toBeLessThan(1_400);
    expect(b).toBeLessThan(1_400);
    expect(b / a).toBeLessThan(1.33);
    expect(b / a).toBeGreaterThan(0.75);
  });
});
