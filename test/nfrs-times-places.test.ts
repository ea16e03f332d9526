import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';
import { countWork, workGrowth } from './text-work.js';
import { parseDoc } from '../src/engine/document.js';
import { buildSuggestionIndex, suggestPlaces } from '../src/engine/cite-suggestions.js';
import { scanIds } from '../src/engine/requirements.js';
import { DEFAULT_ID_SETTINGS } from '../src/engine/ids.js';
import { DEFAULT_SYNONYMS, mergeSynonyms } from '../src/engine/section-finder.js';
import { buildView } from '../src/engine/engine.js';
import { computeCoverage } from '../src/engine/coverage.js';
import { resolveConfig } from '../src/config/resolve-config.js';

// Work that grows as NFRs x places (or matches x paragraph): a pull request's author writes both,
// so each must cost about once per NFR plus once per place. Counted by text-work.ts (regex steps
// and characters read), never by the clock: 4.5 allows for the fixed costs around 4 times the input.
const LINEAR = 4.5;
const synonyms = mergeSynonyms(DEFAULT_SYNONYMS, {});

describe('work per NFR does not reread the places it shows', () => {
  // Every NFR resembles one long paragraph: its evidence is cut from it once, not once per NFR.
  const prd = (n: number) => ['## Non-Functional Requirements', ...Array.from({ length: n }, (_, i) => `- NFR${i + 1}: Module ${i + 1} ledger export streams its rows to the archive bucket.`)].join('\n');
  const architecture = (n: number) => ['# Architecture', '', '## Ledger', '', Array.from({ length: n }, (_, i) => `The ledger export of module ${i} streams rows.`).join('\n'), ''].join('\n');
  const suggestions = (n: number) => {
    const requirements = scanIds(parseDoc('prd', [{ path: 'docs/prd.md', text: prd(n) }]), DEFAULT_ID_SETTINGS, true, synonyms).definitions;
    const index = buildSuggestionIndex(parseDoc('architecture', [{ path: 'docs/architecture.md', text: architecture(n * 20) }]));
    return { requirements, index };
  };

  it('the evidence of a place shown to many NFRs', () => {
    const { requirements, index } = suggestions(3);
    expect(suggestPlaces(requirements[0], index).map((s) => `${s.location.line}: ${s.evidence}`)).toEqual([
      '5: Ledger: The ledger export of module 0 streams rows. The ledger export of module 1 streams rows. The ledger export of module 2 streams rows. The ledger export o…',
    ]);
    // NFRs x 4 and the paragraph x 4: was 4.9 (the paragraph flattened again for each NFR), now 4.1.
    const [small, big] = [suggestions(10), suggestions(40)];
    const work = (s: typeof small) => countWork(() => s.requirements.map((r) => suggestPlaces(r, s.index)), 50_000_000).steps;
    expect(work(big) / work(small)).toBeLessThan(LINEAR);
  });
});

describe('work per placeholder does not reread its paragraph', () => {
  const found = (md: string) => rulesOf(check(md, ''), 'prd/no-placeholders').map((f) => `${f.line}:${f.column} ${f.message}`);
  // One paragraph of many [Name]-style slots, with quotes: each slot asks whether it is quoted and
  // whether the paragraph is a template.
  const paragraph = (n: number) => Array.from({ length: n }, (_, i) => `Owner ${i}: [Product Name] says "hello".`).join('\n');

  it('many slots in one paragraph', () => {
    expect(found(paragraph(2))).toEqual(['1:10 Unfilled template placeholder "[Product Name]".', '2:10 Unfilled template placeholder "[Product Name]".']);
    expect(found('A banner reads "Prices as of [Product Name]", then [Product Name] "x".')).toEqual(['1:52 Unfilled template placeholder "[Product Name]".']);
    // Was past 20 million steps at 400 slots (the paragraph read again for each slot), now 4.0.
    expect(workGrowth((n) => found(paragraph(n)), 100).ratio).toBeLessThan(LINEAR);
  });
});

describe('work per NFR does not read every sentence that shares its title', () => {
  // Every sentence shares two words of every NFR's title and states another quantity: each is a
  // sentence each NFR's mismatches are looked for in, and none is one.
  const prd = (n: number) => ['## Non-Functional Requirements', ...Array.from({ length: n }, (_, i) => `- NFR${i + 1}: Ledger export ${i + 1} answers within 2 seconds.`)].join('\n');
  const architecture = (n: number) => ['# Architecture', '', ...Array.from({ length: n }, (_, i) => `The ledger export of shard ${i} keeps 99.9% availability.\n`)].join('\n');
  const coverageWork = (n: number) => {
    const view = buildView({ name: 'default', prd: [{ path: 'docs/prd.md', text: prd(n / 40) }], architecture: [{ path: 'docs/architecture.md', text: architecture(n) }], missing: [] }, resolveConfig({}).engine);
    return countWork(() => computeCoverage(view.requirements, view.architecture, view.architectureIds, [], view.prdIds.settings), 200_000_000);
  };

  it('NFRs x 4 and sentences x 4', () => {
    const small = coverageWork(400);
    const big = coverageWork(1600);
    expect(big.result!.rows.map((r) => r.mismatches.length)).toEqual(Array(40).fill(0));
    // Was 6.3 (each NFR read all 1,600 sentences), now 4.1: each reads the first 200 of a word.
    expect(big.steps / small.steps).toBeLessThan(LINEAR);
  });
});

describe('work per NFR does not read every NFR that states the same value', () => {
  // Many NFRs state 5 s and many 2 s; every sentence restates the 5 s beside a word of the last
  // 5 s NFR's title ("report"). Each 2 s NFR asks at each sentence whether its 5 s restates another
  // NFR: that question read every 5 s NFR each time (NFRs x NFRs x sentences).
  const prd = (n: number) =>
    [
      '## Non-Functional Requirements',
      ...Array.from({ length: n - 1 }, (_, i) => `- NFR${i + 1}: Archive ${i + 1} sync finishes within 5 s.`),
      `- NFR${n}: Report export finishes within 5 s.`,
      ...Array.from({ length: n }, (_, i) => `- NFR${n + i + 1}: Search page loads within 2 s.`),
    ].join('\n');
  const architecture = ['# Architecture', '', ...Array.from({ length: 50 }, (_, i) => `The report page ${i} loads within 5 s.\n`)].join('\n');
  const coverageWork = (n: number) => {
    const view = buildView({ name: 'default', prd: [{ path: 'docs/prd.md', text: prd(n) }], architecture: [{ path: 'docs/architecture.md', text: architecture }], missing: [] }, resolveConfig({}).engine);
    return countWork(() => computeCoverage(view.requirements, view.architecture, view.architectureIds, [], view.prdIds.settings), 200_000_000);
  };

  it('NFRs x 4', () => {
    const small = coverageWork(40);
    const big = coverageWork(160);
    // The sentences restate the report's 5 s: no 2 s NFR is shown a mismatch there.
    expect(big.result!.rows.map((r) => r.mismatches.length)).toEqual(Array(320).fill(0));
    // Was 9.9 (each 2 s NFR read every 5 s NFR at every sentence), now 1.9.
    expect(big.steps / small.steps).toBeLessThan(LINEAR);
  });
});

describe('work per NFR does not reread a long sentence restating its target', () => {
  // Every NFR states 2 s and every sentence restates it beside many words: each NFR asks of each
  // sentence whether it only lists its topic. The sentence's words were read again for each NFR
  // (NFRs x sentence length); now once per sentence.
  const prd = (n: number) => ['## Non-Functional Requirements', ...Array.from({ length: n }, (_, i) => `- NFR${i + 1}: Search page ${i} loads within 2 s.`)].join('\n');
  const architecture = (words: number) => {
    const pad = Array.from({ length: words }, (_, k) => `word${k % 97}`).join(' ');
    return ['# Architecture', '', '## Search', '', ...Array.from({ length: 20 }, () => `The search page loads within 2 s, ${pad}, export < 9 s.\n`)].join('\n');
  };
  const coverageWork = (n: number) => {
    const view = buildView({ name: 'default', prd: [{ path: 'docs/prd.md', text: prd(n) }], architecture: [{ path: 'docs/architecture.md', text: architecture(n * 3) }], missing: [] }, resolveConfig({}).engine);
    return countWork(() => computeCoverage(view.requirements, view.architecture, view.architectureIds, [], view.prdIds.settings), 400_000_000);
  };

  it('NFRs x 4 and the sentences x 4', () => {
    const small = coverageWork(10);
    const big = coverageWork(40);
    // Each NFR reads the sentences as the place it is met, all at one line: a line that would
    // imply that many NFRs lists them and implies none (coverage.ts, IMPLIED_PER_LINE).
    expect(big.result!.rows.map((r) => r.status)).toEqual(Array(40).fill('uncovered'));
    // Was past 400 million steps at 40 NFRs (each read every sentence's words again), now 4.0.
    expect(big.steps / small.steps).toBeLessThan(LINEAR);
  });
});
