import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONCEPTS, literalAnchors, termCounts } from '../src/engine/terms.js';

// termCounts tries a concept's pattern only on text holding one of its anchors (a run of plain
// characters each alternative's matches contain). These pin that the anchors never hide a match.

describe('concept anchors', () => {
  it('are the plain runs each alternative needs, quantified characters and classes left out', () => {
    expect(literalAnchors(/fail-?over|\bp(?:50|95)\b|\d{1,3}(?:th)? percentile|load[- ]balanc|ci\/cd|\$\s?\d/i)).toEqual(['fail', 'p', ' percentile', 'balanc', 'ci/cd', '$']);
    // An alternative with no plain character: the pattern is always tried.
    expect(literalAnchors(/latenc|\d+ms/i)).toEqual(['latenc', 'ms']);
    expect(literalAnchors(/latenc|(?:a|b)\d/i)).toBeNull();
  });

  it('every concept has them', () => {
    for (const [token, re] of CONCEPTS) expect([token, literalAnchors(re) === null]).toEqual([token, false]);
  });

  it('never hide a match: a text the pattern matches holds an anchor, in any case and script', () => {
    // Text made of the concepts' own words, cut and recased, between separators and letters
    // whose case folds oddly (Kelvin sign, dotted capital I, long s).
    const words = CONCEPTS.flatMap(([, re]) => re.source.split('|').map((w) => w.replace(/\\[bds]|[()?:[\]{}+*\\^$]/g, '')));
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).chain((w) => fc.nat(w.length).map((n) => w.slice(n))),
      fc.constantFrom(' ', '-', '\n', '95', '$ 5', 'th', 'K', 'İ', 'ſ', 'P', 'TLS', 'é'),
    );
    const text = fc.array(fc.tuple(piece, fc.boolean()), { maxLength: 8 }).map((parts) => parts.map(([p, upper]) => (upper ? p.toUpperCase() : p)).join(''));
    fc.assert(
      fc.property(text, (t) => {
        const lower = t.toLowerCase();
        for (const [, re] of CONCEPTS) if (re.test(t)) expect(literalAnchors(re)!.some((a) => lower.includes(a))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('a text gets the concept tokens its words name, as before', () => {
    expect([...termCounts('Responses return in under 200 ms at P95; TLS 1.3 in transit.').keys()].filter((t) => t.startsWith('~'))).toEqual(['~latency', '~encryption']);
    expect([...termCounts('Nightly snapshots, kept 30 days.').keys()].filter((t) => t.startsWith('~'))).toEqual(['~backup']);
  });
});
