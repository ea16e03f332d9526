// Patterns from the vocabulary (src/engine/vocabulary.ts): the words of the text under the
// headings live there with the heading synonyms, so a language is added in one place.
import { TOPIC_WORDS } from '../../engine/vocabulary.js';

export { TOPIC_WORDS, RATIONALE_COLUMNS, OPTION_WORDS, COMPARISON_COLUMNS } from '../../engine/vocabulary.js';

/** Letters and digits of scripts that put spaces between words. */
const SPACED_LETTER = '\\p{sc=Latin}\\p{sc=Greek}\\p{sc=Cyrillic}\\p{N}';

/** Alternatives joined into one case-insensitive pattern, matched as whole words where the text has word boundaries. */
export function words(list: readonly string[]): RegExp {
  // Chinese and Japanese have no spaces between words: their alternatives match anywhere.
  const cjk = list.filter((w) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(w));
  // \\w is ASCII in JavaScript: "autenticaci\\w+" would stop at the "ó" of "autenticación".
  const spaced = list.filter((w) => !cjk.includes(w)).map((w) => w.replace(/\\w/g, '[\\p{L}\\p{N}_]'));
  // A look-ahead on the possible first characters turns most positions away in one step,
  // instead of trying every alternative at every word start.
  const first = firstChars(spaced);
  const gate = first ? `(?=[${first}])` : '';
  // Word edges are letters of spaced scripts: "通信はTLS 1.2以上" holds the word TLS. The gate
  // goes first: one plain class turns a position away before the look-behind's Unicode classes
  // are consulted (both hold at the same position, so the order changes only the speed: half).
  const bounded = `${gate}(?<![${SPACED_LETTER}])(?:${spaced.join('|')})(?![${SPACED_LETTER}])`;
  return new RegExp(cjk.length ? `${bounded}|${cjk.join('|')}` : bounded, 'iu');
}

/** The characters an alternative can start with, as a class body (both cases), or null when one is not plain. */
function firstChars(list: readonly string[]): string | null {
  const chars = new Set<string>();
  for (const alt of list) {
    const c = alt[0];
    if (c === undefined) return null;
    if (/[\p{L}]/u.test(c)) {
      chars.add(c.toLowerCase());
      chars.add(c.toUpperCase());
    } else if (c === '\\' && alt[1] === 'd') chars.add('0-9');
    else if (c === '\\' && /[{$.(]/.test(alt[1] ?? '')) chars.add(`\\${alt[1]}`);
    else if (c === '[') {
      const end = alt.indexOf(']');
      if (end < 0) return null;
      for (const ch of alt.slice(1, end)) chars.add(ch === '$' ? '$' : ch);
    } else if (/[0-9"]/.test(c)) chars.add(c);
    else return null;
  }
  return [...chars].map((c) => (c.length === 1 && /[\]\\^-]/.test(c) ? `\\${c}` : c)).join('');
}

export const REASON_WORDS = words(TOPIC_WORDS.reason);
