import { describe, expect, it } from 'vitest';
import { check, corpusPairs, describeWithShared, rulesOf } from './helpers.js';
import { parseDoc, inGenerated, type ParsedFile } from '../src/engine/document.js';
import { buildView } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { buildSuggestionIndex, FOLLOWER_MIN_SCORE, MIN_SCORE, rankPlaces, suggestionIndexOf, suggestPlaces, type SuggestionIndex } from '../src/engine/cite-suggestions.js';
import type { DocSetInput, Requirement } from '../src/engine/types.js';
import { realisticDocSet } from '../bench/realistic.js';
import { countAskedPlaces } from './asked-places.js';
import { parseTargets } from '../src/engine/targets.js';

// Places to cite are scored exactly only from the best bound down, until no place left can be
// shown: the three shown must be those the whole ranking puts first, and the places scored must
// not grow with every place that shares a word with the NFR.

/** Every NFR's places to cite, against the whole ranking's first three. */
function compareWithWholeRanking(input: DocSetInput): number {
  const view = buildView(input, resolveConfig({}).engine);
  if (!view.architecture) return 0;
  const index = suggestionIndexOf(view.architecture);
  let compared = 0;
  for (const req of view.requirements.filter((r) => r.kind === 'nfr')) {
    // The first three the whole ranking keeps, none when even the best does not resemble the NFR.
    const whole = rankPlaces(req, index, () => false, FOLLOWER_MIN_SCORE).slice(0, 3);
    expect(suggestPlaces(req, index)).toEqual(whole.length && whole[0].score >= MIN_SCORE ? whole : []);
    compared++;
  }
  return compared;
}

describeWithShared('places to cite, pruned, on real documents', () => {
  it('shows for every NFR of every corpus pair the three places the whole ranking puts first', () => {
    let compared = 0;
    for (const pair of corpusPairs()) compared += compareWithWholeRanking(readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture }));
    expect(compared).toBeGreaterThan(300);
  });

  it('does so on a realistic doc set where every place has copies that tie with it', () => {
    const set = realisticDocSet(corpusPairs(), 400_000);
    const input: DocSetInput = { name: 'realistic', prd: [{ path: 'docs/prd.md', text: set.prd }], architecture: [{ path: 'docs/architecture.md', text: set.architecture }], missing: [] };
    expect(compareWithWholeRanking(input)).toBeGreaterThan(50);
  });
});

// Modelled on an audit-logging NFR and an architecture of many modules, each retaining something.
const nfr: Requirement = {
  id: 'NFR-7',
  key: 'NFR7',
  kind: 'nfr',
  title: 'Audit retention',
  text: 'Audit logs are retained for 90 days in tamper-evident storage.',
  category: 'security',
  targets: [],
  standards: [],
  location: { file: 'docs/prd.md', line: 1, column: 1 },
};

function architecture(modules: number): string {
  const module = (i: number) =>
    [`## Module ${i}`, `Module ${i} renders the order table.`, `Its cache entries are retained for one hour.`, `It exposes a REST endpoint for orders.`, `Team ${i} owns its deployment.`, `Its errors go to the shared queue.`, `It reads the catalogue read model.`].join('\n\n');
  const audit = ['## Audit Trail', 'Audit logs are retained for 90 days in tamper-evident storage (WORM bucket).', '## Compliance', 'Audit logs are retained for 90 days; the storage is tamper-evident.', '## Operations', 'Operators review audit logs retained in tamper-evident storage for 90 days.'].join('\n\n');
  return ['# Shop Architecture', audit, ...Array.from({ length: modules }, (_, i) => module(i))].join('\n\n');
}

/** The places scored exactly while the NFR is ranked (each is asked for the NFR's terms), and the places its terms touch. */
function scoredPlaces(index: SuggestionIndex, rank: () => unknown): { shown: unknown; scored: number; touched: number } {
  const asked = countAskedPlaces(index);
  const shown = rank();
  const touched = new Set(['audit', 'log', 'retain', 'tamper', 'evident', 'storag'].flatMap((t) => index.postings.get(t) ?? [])).size;
  return { shown, scored: asked.size, touched };
}

describe('places to cite, pruned', () => {
  it('scores the same few places however many modules share a word with the NFR', () => {
    const rank = (modules: number) => {
      const index = buildSuggestionIndex(parseDoc('architecture', [{ path: 'docs/architecture.md', text: architecture(modules) }]));
      return scoredPlaces(index, () => suggestPlaces(nfr, index).map((s) => [s.location.line, s.heading, s.score]));
    };
    const small = rank(20);
    const large = rank(200);
    expect(small.shown).toEqual([
      [9, 'Compliance', 0.51],
      [5, 'Audit Trail', 0.48],
      [13, 'Operations', 0.46],
    ]);
    expect(large.shown).toEqual([
      [9, 'Compliance', 0.51],
      [5, 'Audit Trail', 0.49],
      [13, 'Operations', 0.46],
    ]);
    // Every module's "retained" line shares a word with the NFR: ten times the places touched...
    expect([small.touched, large.touched]).toEqual([23, 203]);
    // ...and only the three shown scored exactly, at both sizes.
    expect([small.scored, large.scored]).toEqual([3, 3]);
  });
});

/** The places whose targets are read while `rank` runs (each place's list of targets, asked through a getter). */
function placesWithTargetsRead(index: SuggestionIndex, rank: () => unknown): { shown: unknown; read: number } {
  const read = new Set<unknown>();
  for (const p of index.passages) {
    let targets = p.targets;
    Object.defineProperty(p, 'targets', {
      get: () => (read.add(p), targets),
      set: (value) => (targets = value),
    });
  }
  const shown = rank();
  return { shown, read: read.size };
}

describe('places to cite for an NFR with a target', () => {
  // The audit NFR with its number: every module's "retained for 1 hour" states a target, so every
  // module's line might restate or tighten it, and was read for it for every NFR with a target
  // (a 10 MB realistic architecture: 2.7 million places touched for its 1,500 NFRs ranked).
  const withTarget: Requirement = { ...nfr, targets: parseTargets(nfr.text) };
  it('reads the targets of the same few places however many modules share a word with it', () => {
    const rank = (modules: number) => {
      const text = architecture(modules).replaceAll('retained for one hour', 'retained for 1 hour');
      const index = buildSuggestionIndex(parseDoc('architecture', [{ path: 'docs/architecture.md', text }]));
      // Whether a place writes a target at all is read once per place, for the first NFR.
      suggestPlaces(withTarget, index);
      return { ...placesWithTargetsRead(index, () => suggestPlaces(withTarget, index).map((s) => [s.location.line, s.heading, s.score])), touched: index.postings.get('retain')!.length };
    };
    const small = rank(100);
    const large = rank(400);
    expect([small.touched, large.touched]).toEqual([103, 403]);
    // Only the three audit places, the best, at both sizes: a module's line, whose target could
    // add at most a restated target's bonus to its score, stays below them even so (before: 103
    // and 403, every place touched).
    expect([small.read, large.read]).toEqual([3, 3]);
    expect(small.shown).toEqual([
      [9, 'Compliance', 0.51],
      [5, 'Audit Trail', 0.48],
      [13, 'Operations', 0.46],
    ]);
    expect(large.shown).toEqual([
      [9, 'Compliance', 0.52],
      [5, 'Audit Trail', 0.49],
      [13, 'Operations', 0.47],
    ]);
  });
});

/** The places the ranking walks (the postings it reads) while `rank` runs. */
function walkedPlaces(index: SuggestionIndex, rank: () => unknown): { shown: unknown; walked: number } {
  const postings = index.postings;
  let walked = 0;
  index.postings = new (class extends Map<string, number[]> {
    override get(key: string): number[] | undefined {
      const list = postings.get(key);
      walked += list?.length ?? 0;
      return list;
    }
  })(postings);
  const shown = rank();
  index.postings = postings;
  return { shown, walked };
}

describe('places to cite on a big architecture', () => {
  it('walks the same places for an NFR once a word of it is in more than a thousand places', () => {
    const rank = (modules: number) => {
      const index = buildSuggestionIndex(parseDoc('architecture', [{ path: 'docs/architecture.md', text: architecture(modules) }]));
      // Read once per index, not per NFR: the ranking's own walk is what grows with NFRs × places.
      suggestPlaces(nfr, index);
      return { ...walkedPlaces(index, () => suggestPlaces(nfr, index).map((s) => [s.location.line, s.heading, s.score])), places: index.passages.length, retained: index.postings.get('retain')!.length };
    };
    const small = rank(1100);
    const large = rank(2200);
    // "retained" is in every module: under a fifth of the places, but in more than a thousand.
    expect([small.places, large.places, small.retained, large.retained]).toEqual([6603, 13203, 1103, 2203]);
    // So it is not what finds a place: only the three audit places' postings are walked, at both
    // sizes (with it, 1,121 and 2,221: every module's line again for every NFR).
    expect([small.walked, large.walked]).toEqual([18, 18]);
    expect(small.shown).toEqual([
      [9, 'Compliance', 0.52],
      [5, 'Audit Trail', 0.49],
      [13, 'Operations', 0.47],
    ]);
    expect(large.shown).toEqual(small.shown);
  });
});

describe('generated blocks', () => {
  it('finds a line inside any of many ranges, overlapping or not, by binary search', () => {
    const file = { generated: [[40, 45], [10, 30], [12, 14], [50, 50]] } as unknown as ParsedFile;
    const inside = Array.from({ length: 60 }, (_, line) => line).filter((line) => inGenerated(file, line));
    expect(inside).toEqual([...Array.from({ length: 21 }, (_, i) => 10 + i), 40, 41, 42, 43, 44, 45, 50]);
  });
});

// Modelled on a PRD that writes one template per service ("each service answers within 200 ms").
describe('citation drift with NFRs written alike', () => {
  it('names the first of the NFRs that read alike, as before they were grouped', () => {
    const prd = [
      '## Non-Functional Requirements',
      '- **NFR-1:** The orders service answers within 200 ms at p95.',
      '- **NFR-2:** The orders service answers within 200 ms at p95.',
      '- **NFR-3:** Payment card data is encrypted with AES-256 at rest.',
    ].join('\n');
    const arch = ['# Architecture', '## Orders', '| ID | How |', '|---|---|', '| NFR-3 | The orders service answers within 200 ms at p95 behind a read cache. |'].join('\n');
    expect(rulesOf(check(prd, arch), 'trace/citation-drift').map((f) => [f.line, f.message])).toEqual([
      [5, 'This place cites NFR-3 (Payment card data is encrypted with AES-256 at rest) but describes it as "The orders service answers within 200 ms at p95 behind a read cache."; NFR-1 (The orders service answers within 200 ms at p95) reads closer.'],
    ]);
  });
});
