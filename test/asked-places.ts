import type { SuggestionIndex } from '../src/engine/cite-suggestions.js';

/**
 * The places scored exactly while places are ranked, counted: each place's term map is asked for
 * the NFR's terms when it is scored. Returns the set of maps asked (clear it between NFRs).
 * Used by the scale tests and bench/rank-bound-work.ts.
 */
export function countAskedPlaces(index: SuggestionIndex): Set<Map<string, number>> {
  const asked = new Set<Map<string, number>>();
  class CountingMap extends Map<string, number> {
    override has(key: string): boolean {
      asked.add(this);
      return super.has(key);
    }
  }
  for (const p of index.passages) p.terms = new CountingMap(p.terms);
  return asked;
}
