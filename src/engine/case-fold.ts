// A case-insensitive Unicode pattern (flags i and u) costs V8 most of its compilation: every
// literal character and class is closed over its case variants through ICU, and the target
// patterns hold hundreds of comparator and unit words in nine languages. A process's first check
// spent more time compiling them than reading the documents. The same matches come cheaper from
// the text case folded once and the pattern without the i flag, its literals folded alike:
// /iu compares characters by simple case folding, and for the characters these patterns name
// (and for \p{L}, \w, \d, \s) folding a text is its lower case, with the few lower-case letters
// that fold to another (ſ as s, ᲀ as в: FOLD_OF_LOWER) replaced; test/case-fold.test.ts checks
// every code point.

/**
 * The text case folded as /iu compares it, each character in its place (same length), or null
 * when lower case changes the length (İ): the caller then keeps the i flag.
 */
export function foldCase(text: string): string | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  return FOLDED_APART.test(lower) ? lower.replace(FOLDED_APART_ALL, (c) => FOLD_OF_LOWER[c]) : lower;
}

/**
 * Lower-case characters whose simple case folding is another character (CaseFolding.txt, status
 * C and S, where the fold is not the lower case): /iu matches them to it. ſ, the ypogegrammeni,
 * µ, final ς, the Greek symbol forms, the old Cyrillic forms of в д о с т ъ ѣ ꙋ (the patterns
 * name Russian words: "в час"), ẛ and the Greek prosgegrammeni.
 */
const FOLD_OF_LOWER: Record<string, string> = {
  '\u00b5': '\u03bc', '\u017f': 's', '\u0345': '\u03b9', '\u03c2': '\u03c3', '\u03d0': '\u03b2', '\u03d1': '\u03b8',
  '\u03d5': '\u03c6', '\u03d6': '\u03c0', '\u03f0': '\u03ba', '\u03f1': '\u03c1', '\u03f5': '\u03b5',
  '\u1c80': '\u0432', '\u1c81': '\u0434', '\u1c82': '\u043e', '\u1c83': '\u0441', '\u1c84': '\u0442', '\u1c85': '\u0442',
  '\u1c86': '\u044a', '\u1c87': '\u0463', '\u1c88': '\ua64b', '\u1e9b': '\u1e61', '\u1fbe': '\u03b9',
};
const FOLDED_APART_CLASS = `[${Object.keys(FOLD_OF_LOWER).join('')}]`;
const FOLDED_APART = new RegExp(FOLDED_APART_CLASS);
const FOLDED_APART_ALL = new RegExp(FOLDED_APART_CLASS, 'g');

const cased = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();

/** One character folded as foldCase folds it in a text. */
const foldChar = (c: string): string => foldCase(c) ?? c;

/**
 * The pattern's source with its literal characters folded, for a pattern without the i flag run
 * on foldCase's text. Escapes (\d, \p{L}, \u202f), group names and quantifiers are kept; a class
 * range between two cased letters has no folded equivalent and is refused.
 */
export function foldPatternSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      // \p{…}, \P{…}, \u{…} and \k<…> carry names or numbers, not text.
      const end = /[pPu]/.test(next) && source[i + 2] === '{' ? source.indexOf('}', i) : next === 'k' && source[i + 2] === '<' ? source.indexOf('>', i) : next === 'u' ? i + 5 : next === 'x' ? i + 3 : i + 1;
      out += source.slice(i, end + 1);
      i = end;
      continue;
    }
    if (!inClass && c === '(' && source.startsWith('(?<', i) && !/[=!]/.test(source[i + 3] ?? '')) {
      const end = source.indexOf('>', i);
      out += source.slice(i, end + 1);
      i = end;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    else if (inClass && c === '-' && source[i - 1] !== '[' && source[i + 1] !== ']' && source[i - 2] !== '\\' && cased(source[i - 1]) && cased(source[i + 1] ?? '')) {
      throw new Error(`foldPatternSource: a class range between letters (${source.slice(i - 1, i + 2)}) has no folded form`);
    }
    out += foldChar(c);
  }
  return out;
}

/**
 * A case-insensitive Unicode pattern both ways: as written (i and u), and folded (without i, with
 * d for the groups' places) for foldCase's text. Each is compiled on first use only.
 */
export class CasePattern {
  /** Every case pattern made, so that test/case-fold.test.ts checks the characters of each. */
  static readonly all: CasePattern[] = [];
  #unicode: RegExp | null = null;
  #folded: RegExp | null = null;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    if (!flags.includes('i') || !flags.includes('u')) throw new Error('CasePattern: a pattern with the i and u flags');
    CasePattern.all.push(this);
  }

  get unicode(): RegExp {
    return (this.#unicode ??= new RegExp(this.source, this.flags));
  }

  get folded(): RegExp {
    return (this.#folded ??= new RegExp(foldPatternSource(this.source), `${this.flags.replace('i', '')}d`));
  }

  /** Whether the pattern matches the text; `folded` is foldCase(text). */
  test(text: string, folded: string | null): boolean {
    const re = folded === null ? this.unicode : this.folded;
    re.lastIndex = 0;
    return re.test(folded ?? text);
  }

  /**
   * Every match in the text, as the i-flag pattern gives it: the match and its groups are the
   * text's own characters, whichever way it was found. The pattern must have the g flag.
   */
  *matchAll(text: string, folded: string | null): Generator<RegExpMatchArray> {
    if (folded === null) {
      yield* text.matchAll(this.unicode);
      return;
    }
    for (const m of folded.matchAll(this.folded)) {
      const at = m.index ?? 0;
      const original = [text.slice(at, at + m[0].length)] as unknown as RegExpMatchArray;
      const places = m.indices!;
      for (let g = 1; g < m.length; g++) original.push(m[g] === undefined ? (undefined as unknown as string) : text.slice(places[g]![0], places[g]![1]));
      original.index = at;
      original.input = text;
      if (m.groups) {
        const groups: Record<string, string> = {};
        for (const [name, value] of Object.entries(m.groups)) {
          const place = places.groups![name];
          groups[name] = value === undefined || !place ? (undefined as unknown as string) : text.slice(place[0], place[1]);
        }
        original.groups = groups;
      }
      yield original;
    }
  }
}
