import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareNumbered, compareText } from '../src/engine/compare-text.js';
import { check, ROOT } from './helpers.js';

// archgate sorts text in English collation without building ICU's collator for ASCII text:
// the order must be ICU's own, and a check of an English doc set must never need the collator.

const icu = (a: string, b: string) => Math.sign(a.localeCompare(b, 'en'));
const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

describe('compareText', () => {
  it('orders every two printable ASCII characters as ICU does', () => {
    const wrong = PRINTABLE.flatMap((a) => PRINTABLE.filter((b) => compareText(a, b) !== icu(a, b)).map((b) => `${a} ${b}`));
    expect(wrong).toEqual([]);
  });

  it('orders strings as ICU does: case only after the letters, a prefix first, punctuation before digits before letters', () => {
    expect(['docs/prd.md', 'Docs/PRD.md', 'docs/architecture.md', 'docs/prd-v2.md', 'docs/prd_v2.md', 'docs/Prd.md', 'docs/prd.md/x', '~latency', 'latenc'].sort(compareText)).toEqual([
      '~latency',
      'docs/architecture.md',
      'docs/prd_v2.md',
      'docs/prd-v2.md',
      'docs/prd.md',
      'docs/Prd.md',
      'Docs/PRD.md',
      'docs/prd.md/x',
      'latenc',
    ]);
  });

  it('agrees with ICU on any two strings, ASCII or not (fast-check)', () => {
    // A small alphabet makes ties, case pairs and prefixes common; the rest goes to ICU itself.
    const char = fc.constantFrom(...'aAbB_-./ 0~$zZ', ...PRINTABLE, 'é', 'É', 'ß', '→', '日', '\t');
    const text = fc.array(char, { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => compareText(a, b) === icu(a, b)),
      { numRuns: 20_000 },
    );
  });
});

const icuNumbered = (a: string, b: string) => Math.sign(a.localeCompare(b, 'en', { numeric: true }));

describe('compareNumbered', () => {
  it('orders shard files by their numbers as ICU does: 2 before 10, leading zeros ignored, case after the letters', () => {
    const names = ['10-deployment.md', '2-tech-stack.md', '02-tech-stack.md', 'index.md', '1-intro.md', 'Index.md', 'v1.10.md', 'v1.9.md', 'appendix-a.md', '_drafts'];
    expect(names.sort(compareNumbered)).toEqual(['_drafts', '1-intro.md', '2-tech-stack.md', '02-tech-stack.md', '10-deployment.md', 'appendix-a.md', 'index.md', 'Index.md', 'v1.9.md', 'v1.10.md']);
    expect(compareNumbered('shard-02.md', 'shard-2.md')).toBe(0);
  });

  it('agrees with ICU on any two strings, ASCII or not, digits frequent (fast-check)', () => {
    const char = fc.constantFrom(...'0000112399aAbB_-./ ~zZ', ...PRINTABLE, 'é', '٣', '\t');
    const text = fc.array(char, { maxLength: 14 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => compareNumbered(a, b) === icuNumbered(a, b)),
      { numRuns: 20_000 },
    );
  });

  it('agrees with ICU on long numbers, at and past the 254 digits ICU reads as one', () => {
    for (const n of [20, 253, 254, 255, 300]) {
      const big = `a${'9'.repeat(n)}`;
      for (const other of [`a1${'0'.repeat(n)}`, `a${'0'.repeat(n)}9`, `a${'9'.repeat(n - 1)}8b`, `${big}b`]) {
        expect([n, other.length, compareNumbered(big, other)]).toEqual([n, other.length, icuNumbered(big, other)]);
        expect(compareNumbered(other, big)).toBe(icuNumbered(other, big));
      }
    }
  });
});

describe('a check of an English doc set', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sorts its findings, terms and places without building the collator: localeCompare is never called', () => {
    const read = (name: string) => readFileSync(path.join(ROOT, 'examples/demo/docs', name), 'utf8');
    const localeCompare = vi.spyOn(String.prototype, 'localeCompare');
    const result = check(read('prd.md'), read('architecture.md'));
    expect(result.findings.length).toBeGreaterThan(1);
    expect(localeCompare).not.toHaveBeenCalled();
  });

  it('still sorts non-ASCII text with ICU: a French term is compared by localeCompare', () => {
    const localeCompare = vi.spyOn(String.prototype, 'localeCompare');
    expect(compareText('sécurité', 'securite')).toBe(icu('sécurité', 'securite'));
    expect(localeCompare).toHaveBeenCalledWith('securite', 'en');
  });
});
