import { termCounts, wordTermCounts } from './terms.js';
import { cjkVocabulary, cjkWords, hasCjk, usesWord, type CjkVocabulary } from './cjk-words.js';
import { CATEGORY_WORDS } from './categories.js';
import type { Requirement, Target } from './types.js';
// The amounts a text writes are read as targets read numbers: "可用性99.9%" writes 99.9.
import { amountsIn } from './numbers.js';

// Whether a text says nothing at all of a requirement: not one word of it (its stems, their
// translations and synonym families), none of its numbers, no target of a metric it bounds, not
// its category's name, and in Chinese or Japanese none of its whole words. Every word of the
// requirement counts here, not only the distinctive ones a place is ranked by: a restatement that
// shares even a common word with it may be worded loosely, and is left alone.

const vocabularies = new WeakMap<Requirement, CjkVocabulary>();

/** The requirement's words as cjk-words.ts matches a place's against them (its ID and markup left out). */
export function vocabularyOf(req: Requirement): CjkVocabulary {
  let v = vocabularies.get(req);
  if (!v) vocabularies.set(req, (v = cjkVocabulary(`${req.title} ${req.text}`.replace(/<[^<>]*>/g, ' ').replaceAll(req.id, ' '))));
  return v;
}

interface Wording {
  terms: Map<string, number>;
  numbers: Set<string>;
  metrics: Set<string>;
}

const wordings = new WeakMap<Requirement, Wording>();

function wordingOf(req: Requirement): Wording {
  let w = wordings.get(req);
  if (!w) {
    const text = `${req.title} ${req.text}`.replaceAll(req.id, ' ');
    wordings.set(req, (w = { terms: termCounts(text), numbers: new Set(amountsIn(text)), metrics: new Set(req.targets.map((t) => t.metric)) }));
  }
  return w;
}

const titles = new WeakMap<Requirement, Set<string>>();

/** Whether the text's terms hold a word of the requirement's title (its stems and translations; no synonym family). */
export function sharesTitleWord(req: Requirement, terms: Map<string, number>): boolean {
  let own = titles.get(req);
  if (!own) titles.set(req, (own = new Set(wordTermCounts(req.title.replaceAll(req.id, ' ')).keys())));
  for (const t of own) if (terms.has(t)) return true;
  return false;
}

/** The categories whose words a text writes ("Escalabilidad" -> scalability, "認証" -> security). */
export function categoriesIn(text: string): string[] {
  return CATEGORY_WORDS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

/**
 * Whether the text (its terms and targets as termCounts and parseTargets read them) shares
 * nothing at all with the requirement. A bare value ("3") is no target of a metric.
 */
export function saysNothingOf(req: Requirement, text: string, terms: Map<string, number>, stated: readonly Target[]): boolean {
  const w = wordingOf(req);
  for (const t of terms.keys()) if (w.terms.has(t)) return false;
  if (amountsIn(text).some((n) => w.numbers.has(n))) return false;
  if (stated.some((x) => x.metric !== 'value' && w.metrics.has(x.metric))) return false;
  if (req.category && categoriesIn(text).includes(req.category)) return false;
  if (hasCjk(text) && cjkWords(text).some((x) => usesWord(vocabularyOf(req), x))) return false;
  return true;
}
