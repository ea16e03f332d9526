import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareText } from '../src/engine/compare-text.js';
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
