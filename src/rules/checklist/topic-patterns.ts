// Patterns from the vocabulary (src/engine/vocabulary.ts): the words of the text under the
// headings live there with the heading synonyms, so a language is added in one place.
import { TOPIC_WORDS } from '../../engine/vocabulary.js';

export { TOPIC_WORDS, RATIONALE_COLUMNS, OPTION_WORDS, COMPARISON_COLUMNS } from '../../engine/vocabulary.js';

/** Letters and digits of scripts that put spaces between words. */
const SPACED_LETTER = '\\p{sc=Latin}\\p{sc=Greek}\\p{sc=Cyrillic}\\p{N}';

/** Alternatives joined into one case-insensitive pattern, matched as whole words where the text has word boundaries. */
export function words(list: readonly string[]): RegExp {
  // Chinese and Japanese have no spaces between words: their alternatives match anywhere.
  const cjk = list.filter((w) => CJK_CHAR.test(w));
  // \\w is ASCII in JavaScript: "autenticaci\\w+" would stop at the "ó" of "autenticación".
  const spaced = list.filter((w) => !cjk.includes(w)).map((w) => w.replace(/\\w/g, '[\\p{L}\\p{N}_]'));
  const re = new WordsPattern(joinedSource(spaced, cjk));
  wordLists.set(re, { spaced, cjk });
  return re;
}

let fullCompiled = 0;

/** How many words() patterns (whole or narrowed) this process has built with their own flags: copies with other flags (sourceOf) are not counted. */
export function fullWordsPatternsCompiled(): number {
  return fullCompiled;
}

/**
 * A words() or narrowed pattern that compiles itself on first use. Checks run only the global
 * copies of narrowed versions (evidence.ts, from sourceOf): compiling every whole pattern at
 * load, and each narrowed one besides its copy, cost a few ms of each run.
 * The stand-in the RegExp holds ('(?:)') is never run: source, exec and every Symbol method
 * answer from the full pattern, so a caller sees the real one. The full pattern is assigned only
 * once built: a check stopped mid-build (the vm timeout) leaves nothing half-made behind.
 */
class WordsPattern extends RegExp {
  /** The pattern as joined (RegExp's source escapes "/"): what copies with other flags are built from. */
  readonly joined: string;
  #full: RegExp | undefined;
  constructor(source: string) {
    super('(?:)', 'iu');
    this.joined = source;
  }
  /** The full pattern, compiled on first use. */
  full(): RegExp {
    if (this.#full) return this.#full;
    const full = new RegExp(this.joined, 'iu');
    fullCompiled++;
    return (this.#full = full);
  }
  // As RegExp spells it ("/" escaped): callers copy a pattern through its source.
  override get source(): string {
    return this.full().source;
  }
  override exec(text: string): RegExpExecArray | null {
    return this.full().exec(text);
  }
  override test(text: string): boolean {
    return this.full().test(text);
  }
  override toString(): string {
    return this.full().toString();
  }
  override [Symbol.match](text: string): RegExpMatchArray | null {
    return this.full()[Symbol.match](text);
  }
  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpExecArray> {
    return this.full()[Symbol.matchAll](text);
  }
  override [Symbol.search](text: string): number {
    return this.full()[Symbol.search](text);
  }
  override [Symbol.split](text: string, limit?: number): string[] {
    return this.full()[Symbol.split](text, limit);
  }
  override [Symbol.replace](text: string, replacement: string | ((substring: string, ...args: unknown[]) => string)): string {
    return this.full()[Symbol.replace](text, replacement as string);
  }
}

const CJK_CHAR = /[\u3040-\u30ff\u4e00-\u9fff]/;

function joinedSource(spaced: readonly string[], cjk: readonly string[]): string {
  // A look-ahead on the possible first characters turns most positions away in one step,
  // instead of trying every alternative at every word start.
  const first = firstChars(spaced);
  const gate = first ? `(?=[${first}])` : '';
  // Word edges are letters of spaced scripts: "通信はTLS 1.2以上" holds the word TLS. The gate
  // goes first: one plain class turns a position away before the look-behind's Unicode classes
  // are consulted (both hold at the same position, so the order changes only the speed: half).
  const bounded = spaced.length ? `${gate}(?<![${SPACED_LETTER}])(?:${spaced.join('|')})(?![${SPACED_LETTER}])` : '';
  return [bounded, ...cjk].filter(Boolean).join('|');
}

// Compiling these patterns is most of a process's first check: V8 builds the Unicode classes
// ([\\p{L}\\p{N}_] for each \\w, the word edges) under case folding, for every alternative, in
// every language. A document holds few of those words: narrowWords compiles only the alternatives
// that can match in it.
/**
 * Whether words() or narrowWords built the pattern; sourceOf gives its source, for a copy with other flags: a words() pattern's (or a narrowed one's)
 * without compiling it. Checks run only such copies (the global twins in evidence.ts): building
 * the pattern with its own flags as well would parse each of them twice.
 */
export function builtByWords(re: RegExp): boolean {
  return re instanceof WordsPattern;
}

/** See builtByWords. */
export function sourceOf(re: RegExp): string {
  return re instanceof WordsPattern ? re.joined : re.source;
}

const wordLists = new WeakMap<RegExp, { spaced: readonly string[]; cjk: readonly string[]; prefixes?: string[] }>();

/** Whether the pattern is one words() built (narrowWords can narrow it). */
export function isWordsPattern(re: RegExp): boolean {
  return wordLists.has(re);
}

/** What a text holds, as narrowWords asks it. */
export interface TextWords {
  /** Whether a word of the text (a run of a-z and 0-9, case folded) starts with this lower-case prefix. */
  hasWordStartingWith(prefix: string): boolean;
  /** Whether the text has a Chinese or Japanese character. */
  hasCjk: boolean;
}

/** A pattern that matches nothing (an empty class: no anchor, so one search of a document says so). */
export const NOTHING = /[]/u;

/**
 * A words() pattern without the alternatives that cannot match in the text: the same matches, in
 * the same order, on the text and on any part of it. Another pattern comes back as it is; one
 * with no alternative left, as NOTHING.
 */
export function narrowWords(re: RegExp, text: TextWords): RegExp {
  const list = wordLists.get(re);
  if (!list) return re;
  // Each alternative's prefix is found once per process, not once per document.
  const prefixes = (list.prefixes ??= list.spaced.map(literalPrefix));
  const spaced = list.spaced.filter((_, i) => prefixes[i] === '' || text.hasWordStartingWith(prefixes[i]));
  // A plain literal with a Chinese or Japanese character needs that character in the text.
  const cjk = text.hasCjk ? list.cjk : list.cjk.filter((alt) => /[\\[\](){}|?*+.^$]/.test(alt));
  if (spaced.length === list.spaced.length && cjk.length === list.cjk.length) return re;
  if (!spaced.length && !cjk.length) return NOTHING;
  // Documents checked one after another (head and base, doc sets) mostly keep the same
  // alternatives: one RegExp per narrowed list, not one per document.
  const key = `${spaced.join('|')}\u0000${cjk.join('|')}`;
  let narrow = narrowedLists.get(key);
  if (!narrow) {
    if (narrowedLists.size > 5_000) narrowedLists.clear(); // bounded, for long-running processes
    narrowedLists.set(key, (narrow = new WordsPattern(joinedSource(spaced, cjk))));
  }
  return narrow;
}

const narrowedLists = new Map<string, RegExp>();

/**
 * The lower-case ASCII letters and digits every match of the alternative opens with: "backup"
 * for "backups?", "log" for "log ?in", "" for "[$€£¥]…" or "über" (what is not plain ASCII has
 * case foldings beyond upper and lower case, so it tells nothing here). An alternative starts
 * only where a word starts (the look-behind refuses a Latin, Greek or Cyrillic letter or a digit
 * before it), so a text none of whose words starts with the prefix has no match of it.
 */
function literalPrefix(alt: string): string {
  // An alternative with a top-level "|" is several: nothing can be said of all of them.
  let depth = 0;
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) return '';
  }
  let end = 0;
  while (end < alt.length && isAsciiAlnum(alt.charCodeAt(end)) && !QUANTIFIERS.includes(alt[end + 1] ?? '.')) end++;
  return alt.slice(0, end).toLowerCase();
}

const QUANTIFIERS = '?*{';
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

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
