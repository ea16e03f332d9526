import { RE2JS } from 're2js';

// A pattern from the config is written by whoever controls the config (a pull request, in CLI
// runs): on JavaScript's backtracking engine, (a|a)*b or (?:\d|\w)+ take exponential time on a
// line of text. RE2 (here its pure-JS port) matches in time linear in the text, whatever the
// pattern, by refusing what needs backtracking: look-arounds and back-references.

/** Why RE2 cannot run the pattern (its syntax error), or null when it can. */
export function linearSyntaxError(pattern: string): string | null {
  try {
    RE2JS.compile(RE2JS.translateRegExp(pattern));
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * A RegExp whose exec runs on RE2: String#matchAll, match, replace, split and test all go
 * through exec, so callers use it as any global RegExp. Positions are UTF-16 offsets, as in JS.
 */
export class LinearRegExp extends RegExp {
  readonly #pattern: string;
  readonly #re2: RE2JS;

  constructor(pattern: string | LinearRegExp, flags = 'g') {
    // The JS engine never runs this one; it only carries flags and lastIndex.
    super('(?:)', flags);
    this.#pattern = typeof pattern === 'string' ? pattern : pattern.#pattern;
    this.#re2 = typeof pattern === 'string' ? RE2JS.compile(RE2JS.translateRegExp(pattern), flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0) : pattern.#re2;
  }

  // RegExp's Symbol.species is `this`: matchAll and split clone a LinearRegExp with this constructor.
  override get source(): string {
    return this.#pattern;
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input);
    const keep = this.global || this.sticky;
    const from = keep ? this.lastIndex : 0;
    const m = this.#re2.matcher(text);
    if (from > text.length || !m.find(from) || (this.sticky && m.start() !== from)) {
      if (keep) this.lastIndex = 0;
      return null;
    }
    const groups = Array.from({ length: m.groupCount() + 1 }, (_, i) => m.group(i) ?? undefined);
    const result = Object.assign(groups, { index: m.start(), input: text, groups: undefined as Record<string, string | undefined> | undefined }) as unknown as RegExpExecArray;
    const names = Object.entries(this.#re2.namedGroups());
    if (names.length) result.groups = Object.fromEntries(names.map(([name, i]) => [name, m.group(i) ?? undefined])) as Record<string, string>;
    if (keep) this.lastIndex = m.end();
    return result;
  }
}
