import { stem, STOP_WORDS } from './terms.js';

// Chinese and Japanese write words without spaces, so the terms text is compared by are
// character pairs of a Han run and whole katakana runs: one word shared ("環境変数", four
// characters) counts as three terms, and a word inside a longer loanword ("タイムアウト" in
// "レスポンスタイムアウト") counts as none. Which NFR a place speaks of is then judged again on the
// words a reader sees: each run of one script, or Latin word, of the place is one word.

const CJK = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u;
const RUN = /\p{Script=Han}+|[\p{Script=Katakana}ー]+|\p{Script=Hiragana}+|(?:(?![\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー])[\p{L}\p{N}])+/gu;
const HAN = /^\p{Script=Han}+$/u;
const KATAKANA = /^[\p{Script=Katakana}ー]+$/u;

export const hasCjk = (text: string): boolean => CJK.test(text);

/** The words of a text a reader could match: Han runs of two characters or more, katakana runs, Latin words (stemmed); no grammar (hiragana), no stop words. */
export function cjkWords(text: string): string[] {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(RUN) ?? []) {
    if (HAN.test(w) || KATAKANA.test(w)) {
      if (w.length >= 2) out.add(w);
    } else if (/^\p{L}/u.test(w) && !/^\p{Script=Hiragana}/u.test(w) && w.length >= 3 && !STOP_WORDS.has(w)) out.add(stem(w));
  }
  return [...out];
}

const pairs = (w: string) => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) out.add(w.slice(i, i + 2));
  return out;
};

/** What one text's words are matched against: its Latin stems, its Han character pairs, its katakana runs and their parts. */
export interface CjkVocabulary {
  latin: Set<string>;
  hanPairs: Set<string>;
  katakana: Set<string>;
  /** Every part of three characters or more of its katakana runs up to LONGEST_LOANWORD long: a word inside one is found at once. */
  katakanaParts: Set<string>;
}

/** Longer katakana runs are matched whole only: a loanword compound is rarely longer, and parts of a longer run would grow as its square. */
const LONGEST_LOANWORD = 16;
const SHORTEST_PART = 3;

function partsOf(w: string, visit: (part: string) => boolean | void): boolean {
  if (w.length > LONGEST_LOANWORD) return false;
  for (let from = 0; from < w.length; from++) for (let to = from + SHORTEST_PART; to <= w.length; to++) if (visit(w.slice(from, to))) return true;
  return false;
}

export function cjkVocabulary(text: string): CjkVocabulary {
  const v: CjkVocabulary = { latin: new Set(), hanPairs: new Set(), katakana: new Set(), katakanaParts: new Set() };
  for (const w of cjkWords(text)) {
    if (HAN.test(w)) for (const p of pairs(w)) v.hanPairs.add(p);
    else if (KATAKANA.test(w)) {
      v.katakana.add(w);
      partsOf(w, (part) => void v.katakanaParts.add(part));
    } else v.latin.add(w);
  }
  return v;
}

/**
 * Whether a word of the place is one of the vocabulary's: a Han word sharing a character pair, a
 * katakana word inside a longer one or holding it when the shorter has three characters or more
 * ("タイムアウト" in "レスポンスタイムアウト"; "ログ" is not in "ログイン"), a Latin word by its stem.
 * Each look-up costs the word's length (squared, at most LONGEST_LOANWORD's), never the vocabulary's.
 */
export function usesWord(v: CjkVocabulary, word: string): boolean {
  if (HAN.test(word)) {
    for (const p of pairs(word)) if (v.hanPairs.has(p)) return true;
    return false;
  }
  if (KATAKANA.test(word)) return v.katakana.has(word) || v.katakanaParts.has(word) || partsOf(word, (part) => v.katakana.has(part));
  return v.latin.has(word);
}
