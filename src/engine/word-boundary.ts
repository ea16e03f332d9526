// Word boundaries for words of any script. JavaScript's \b knows only ASCII word characters, with
// or without the u flag: "\bза" never matches after a space (neither side is a word character) and
// "\b理由\b" never matches "理由：", while a word matched with no boundary at all ("за", "over")
// matches inside "база" and "failover". Words of scripts that put spaces between words (Latin with
// its accents, Vietnamese, Greek, Cyrillic) are bounded here by those scripts' letters; Chinese and
// Japanese words have no spaces around them and take no boundary.

/** A letter (or its combining mark) of a script that spaces its words, or a digit. */
const SPACED = String.raw`\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{M}\p{N}`;

/**
 * Before a word: no letter or digit of a spaced script, nor such a letter and a hyphen ("за" of
 * "из-за", "over" of "fail-over": one word). Needs the u flag.
 */
export const WORD_START = String.raw`(?<![${SPACED}]|[${SPACED}]-)`;

/** After a word: no letter or digit of a spaced script. Needs the u flag. */
export const WORD_END = String.raw`(?![${SPACED}])`;

/** True when a word starts with a letter of a spaced script (it takes a boundary), not with a sign, a digit or a CJK character. */
export const startsSpaced = (word: string) => /^[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}]/u.test(word);

/**
 * Regex alternatives, each written so that it starts a word: those opening with a letter of a
 * spaced script after WORD_START, the others (signs, Chinese and Japanese) as they are. Each
 * alternative is a regex source; the order within each part is kept. With `end`, the spaced ones
 * also end a word. Needs the u flag.
 */
export function wordAlternatives(alternatives: readonly string[], end = false): string {
  const spaced = alternatives.filter(startsSpaced);
  const other = alternatives.filter((a) => !startsSpaced(a));
  const parts = [...(spaced.length ? [`${WORD_START}(?:${spaced.join('|')})${end ? WORD_END : ''}`] : []), ...other];
  return parts.join('|');
}
