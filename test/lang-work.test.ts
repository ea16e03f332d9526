import { describe, expect, it } from 'vitest';
import { parseTargets } from '../src/engine/targets.js';
import { parseDoc } from '../src/engine/document.js';
import { scanIds } from '../src/engine/requirements.js';
import { DEFAULT_ID_SETTINGS } from '../src/engine/ids.js';
import { DEFAULT_SYNONYMS, mergeSynonyms } from '../src/engine/section-finder.js';
import { proposeNfrIds } from '../src/engine/id-proposals.js';
import { workGrowth } from './text-work.js';

// The patterns added for other languages and for IDs of any prefix run on text a pull request's
// author writes: their work, counted by text-work.ts (no clock), grows like the text, never as its
// square. 4.5 allows for the fixed costs around a 4-times bigger input.
const LINEAR = 4.5;
const growth = (fn: (n: number) => unknown, n = 400) => workGrowth(fn, n).ratio;
const synonyms = mergeSynonyms(DEFAULT_SYNONYMS, {});
const nfrSection = (body: string) => parseDoc('prd', [{ path: 'prd.md', text: `## Requisitos no funcionales\n\n${body}\n` }]);

describe('work grows like the text on adversarial input', () => {
  it.each([
    ['a comparator word, spaces', (n: number) => `menor a${' '.repeat(n)}x, y 2 segundos`],
    ['comparator words repeated', (n: number) => `${'hasta '.repeat(n / 6)}x, y 2 segundos`],
    ['a run of digits before 以下', (n: number) => `${'7'.repeat(n)}x、2秒以下`],
    ['suffix comparators repeated', (n: number) => `${'以内'.repeat(n / 2)}、2秒以下`],
    ['full-width digits', (n: number) => `${'７'.repeat(n)}x、２秒以下`],
    // Russian, Ukrainian, Vietnamese and Korean: comparators of two words, a percentile after the number.
    ['a Russian comparator, spaces', (n: number) => `не более${' '.repeat(n)}x, и до 30 секунд`],
    ['short Russian comparators repeated', (n: number) => `${'до за '.repeat(n / 6)}x, до 30 секунд`],
    ['a number, a percentile word repeated', (n: number) => `${'< 500 мс на 95-м '.repeat(n / 17)}перцентиле`],
    ['Vietnamese comparators repeated', (n: number) => `${'tối đa '.repeat(n / 7)}x, dưới 2 giây`],
    ['Korean suffixes repeated', (n: number) => `${'이내'.repeat(n / 2)}, 3초 이내`],
    // Comparator words start a word (word-boundary.ts): a lookbehind at each place, never a run.
    ['Cyrillic letters before a comparator', (n: number) => `${'ба'.repeat(n / 2)}за 5 минут`],
    ['hyphens before a comparator', (n: number) => `${'из-'.repeat(n / 3)}за 5 минут`],
    ['a comparator ending words, repeated', (n: number) => `${'база '.repeat(n / 5)}за 5 минут`],
    ['Latin letters before "over"', (n: number) => `${'fail'.repeat(n / 4)}over 30 s`],
    ['Vietnamese letters with their marks before a comparator', (n: number) => `${'ố'.normalize('NFD').repeat(n / 3)}dưới 2 giây`],
    ['a Korean year run', (n: number) => `${'2025년 '.repeat(n / 6)}3초 이내`],
  ])('localized targets: %s', (_name, make) => {
    expect(growth((n) => parseTargets(make(n)))).toBeLessThan(LINEAR);
  });

  it('IDs of any prefix: dashed letter groups and long letter runs opening a list item', () => {
    const ids = (text: string) => scanIds(nfrSection(text), DEFAULT_ID_SETTINGS, true, synonyms).definitions.length;
    expect(growth((n) => ids(`- ${'AB-'.repeat(n / 3)}1: x`))).toBeLessThan(LINEAR);
    expect(growth((n) => ids(`- ${'A'.repeat(n)}1: x`))).toBeLessThan(LINEAR);
    expect(ids('- **RNF-01:** x')).toBe(1);
    // A title with a run of commas or spaces inside: its trailing punctuation is cut in one pass.
    const titles = (text: string) => scanIds(nfrSection(text), DEFAULT_ID_SETTINGS, true, synonyms).definitions.map((d) => d.title);
    expect(growth((n) => titles(`- **RNF-01:** a${','.repeat(n)}x`))).toBeLessThan(LINEAR);
    expect(growth((n) => titles(`- **RNF-01:** a${' ,'.repeat(n / 2)}x`))).toBeLessThan(LINEAR);
    expect(titles('- **RNF-01:** Tiempo de respuesta, ;')).toEqual(['Tiempo de respuesta']);
  });

  it('proposing IDs for a long list without them', () => {
    const propose = (n: number) => {
      const doc = nfrSection(Array.from({ length: n / 20 }, (_, i) => `- Requirement ${i} answers in 2 s`).join('\n'));
      return proposeNfrIds(doc, scanIds(doc, DEFAULT_ID_SETTINGS, true, synonyms), synonyms).ids.length;
    };
    expect(growth(propose, 2000)).toBeLessThan(LINEAR);
    expect(propose(2000)).toBe(100);
  });
});
