// Patterns from the vocabulary (src/engine/vocabulary.ts): the words of the text under the
// headings live there with the heading synonyms, so a language is added in one place.
import { TOPIC_WORDS } from '../../engine/vocabulary.js';

export { TOPIC_WORDS, RATIONALE_COLUMNS, OPTION_WORDS, COMPARISON_COLUMNS } from '../../engine/vocabulary.js';

/** Alternatives joined into one case-insensitive pattern, matched as whole words where the text has word boundaries. */
export function words(list: readonly string[]): RegExp {
  // Chinese and Japanese have no spaces between words: their alternatives match anywhere.
  const cjk = list.filter((w) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(w));
  const spaced = list.filter((w) => !cjk.includes(w));
  const bounded = `(?:^|(?<=[^\\p{L}\\p{N}]))(?:${spaced.join('|')})(?![\\p{L}\\p{N}])`;
  return new RegExp(cjk.length ? `${bounded}|${cjk.join('|')}` : bounded, 'iu');
}

export const REASON_WORDS = words(TOPIC_WORDS.reason);
