import { isConcept } from './terms.js';

// A place that writes nearly every word of a short requirement restates it, even where each of
// those words is shared with other requirements ("provider_timeout | retry_same_step →
// fallback_model" for "provider_timeout 默认 retry_same_step → fallback_model"): distinctiveness
// cannot tell such a place apart, its wording can.

/** Fewer words than this and a topical line could write them all. */
const MIN_WORDS = 5;
/** The share of the requirement's words the place must write. */
const MIN_SHARE = 0.85;

/** Whether a place's own text writes nearly all the words of a requirement of a few words. */
export function restatesWording(requirementTerms: ReadonlyMap<string, number>, placeTerms: ReadonlyMap<string, number>): boolean {
  let words = 0;
  let written = 0;
  for (const t of requirementTerms.keys()) {
    if (isConcept(t)) continue;
    words++;
    if (placeTerms.has(t)) written++;
  }
  return words >= MIN_WORDS && written >= MIN_SHARE * words;
}
