import { isConcept, stem, STOP_WORDS, termCounts } from './terms.js';

// "Rate limiting on search endpoints" writes three words of "Rate limiting on all auth endpoints"
// and is about other endpoints: the word before a shared noun names which ones. Where the
// requirement qualifies a noun ("auth endpoints") and the place qualifies the same noun with a
// word of its own ("search endpoints"), without the requirement's word or a synonym of it
// anywhere, the place is about another scope.

const WORD = /[\p{L}\p{N}]+/gu;

/** Short forms whose synonym family is their long form's: "auth endpoints" are the login endpoints. */
const ABBREVIATIONS: Record<string, string> = { auth: 'authentication', authn: 'authentication', authz: 'authorization', admin: 'administration' };

interface Word {
  stem: string;
  word: string;
}

/** Each word with its stem, in order; stop words kept as null, so that "on all auth endpoints" reads "auth" before "endpoints". */
function wordsInOrder(text: string): (Word | null)[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => (w.length < 3 || STOP_WORDS.has(w) ? null : { stem: stem(w), word: w }));
}

/** The qualifiers of each noun the text writes: stem -> the words written right before it. */
function qualifiers(text: string): Map<string, Word[]> {
  const out = new Map<string, Word[]>();
  const words = wordsInOrder(text);
  for (let i = 1; i < words.length; i++) {
    const [before, word] = [words[i - 1], words[i]];
    if (!word || !before) continue;
    const list = out.get(word.stem) ?? [];
    list.push(before);
    out.set(word.stem, list);
  }
  return out;
}

/**
 * Whether `place` qualifies a noun of the requirement's with another word than the requirement
 * does, and never writes the requirement's word nor its synonym family: "search endpoints" for
 * "auth endpoints". `shared` are the terms both write.
 */
export function namesAnotherScope(requirement: string, place: string, shared: readonly string[]): boolean {
  const ours = qualifiers(requirement);
  const theirs = qualifiers(place);
  const placeTerms = termCounts(place);
  const sharedSet = new Set(shared);
  for (const noun of shared) {
    const mine = (ours.get(noun) ?? []).filter((q) => !sharedSet.has(q.stem));
    const other = (theirs.get(noun) ?? []).filter((q) => !sharedSet.has(q.stem));
    if (!mine.length || !other.length) continue;
    // The requirement's qualifier, or a word of its synonym family, written anywhere in the place: the same scope.
    const same = mine.some((q) => other.some((o) => o.word.startsWith(q.word) || q.word.startsWith(o.word)) || placeTerms.has(q.stem) || [...termCounts(ABBREVIATIONS[q.word] ?? q.word).keys()].some((t) => isConcept(t) && placeTerms.has(t)));
    if (!same) return true;
  }
  return false;
}
