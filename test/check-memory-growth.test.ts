import { describe, expect, it } from 'vitest';
import { heldBytes } from './heap-bytes.js';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { buildReport } from '../src/report/report.js';
import { formatJson } from '../src/formatters/json.js';
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

describe('memory of a check on a synthetic doc set', () => {
  const small = inputOf(100_000);
  const big = inputOf(400_000);
  const ratio = charsOf(big) / charsOf(small);

  it('keeps a result and a JSON report that grow linearly with the documents', () => {
    const measure = (input: DocSetInput) => {
      const { value: result, bytes } = heldBytes(() => checkDocSet(input, config));
      return { result, bytes, json: formatJson(buildReport([{ result }], 'error')).length };
    };
    const a = measure(small);
    const b = measure(big);
    expect([a.result.requirements.length, a.result.findings.length]).toEqual([393, 321]);
    expect([b.result.requirements.length, b.result.findings.length]).toEqual([1_563, 1_671]);
    // The report's text: the same characters per requirement or finding at both sizes (to 5%; the
    // bigger set has more findings per requirement, as its generator cites fewer of its NFRs).
    const perItem = (m: typeof a) => m.json / (m.result.requirements.length + m.result.findings.length);
    expect(perItem(b) / perItem(a)).toBeGreaterThan(0.95);
    expect(perItem(b) / perItem(a)).toBeLessThan(1.05);
    // What the result holds on the heap: at most in proportion to the documents, with room for
    // the collector's slack, and under 48 bytes a character.
    expect(b.bytes / a.bytes).toBeLessThan(ratio * 1.25);
    expect(b.bytes / charsOf(big)).toBeLessThan(48);
  });
});
