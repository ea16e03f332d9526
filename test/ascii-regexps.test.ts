import { describe, expect, it } from 'vitest';
// @ts-expect-error: the build's own script, plain JavaScript without types
import { asciiRegExps } from '../scripts/ascii-regexps.mjs';

// The build writes every file of dist/ in ASCII (scripts/ascii-regexps.mjs): what it rewrites must
// evaluate to the same patterns and strings as what esbuild wrote (esbuild escapes the characters
// of string literals itself, so the inputs here do too).

const rewrite = asciiRegExps as (text: string) => string;
/** What a script leaves in `out`: its code run as a function body. */
const run = (code: string): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  new Function('out', code)(out);
  return out;
};
const NON_ASCII = /[^\x00-\x7f]/;

describe('the build writes regular expressions and String.raw templates in ASCII', () => {
  it('a regular expression literal becomes a RegExp call with the same source, flags and matches', () => {
    const code = 'out.marks=/^\\s*(?:[✅✔✓]|\\[[ xX]\\])/u;function f(s){return/[–—]\\//g.exec(s)}out.dash=f("a \\u2014 b/c");out.range=/[─-╿]/.test("\\u250c")';
    const ascii = rewrite(code);
    expect(NON_ASCII.test(ascii)).toBe(false);
    // "return/…/": a word before the literal keeps a space before `new`.
    expect(ascii).toContain('return new RegExp(');
    const [before, after] = [run(code), run(ascii)];
    for (const key of ['marks', 'range'] as const) expect(String(after[key])).toBe(String(before[key]));
    expect((after.marks as RegExp).flags).toBe('u');
    expect((after.marks as RegExp).source).toBe('^\\s*(?:[✅✔✓]|\\[[ xX]\\])');
    expect(after.dash).toEqual(before.dash);
    expect(after.range).toBe(true);
  });

  it('a String.raw template becomes the same raw strings, its substitutions kept (and rewritten where they hold a literal)', () => {
    const code = 'const d="\\\\d+";out.sep=String.raw`\\s{0,3}[/／・、]\\s{0,3}${d}|(?:秒|分)${/é/.source}`;';
    const ascii = rewrite(code);
    expect(NON_ASCII.test(ascii)).toBe(false);
    expect(run(ascii).sep).toBe(run(code).sep);
    expect(run(ascii).sep).toBe('\\s{0,3}[/／・、]\\s{0,3}\\d+|(?:秒|分)é');
  });

  it('comments write their characters as \\uXXXX; a text already in ASCII comes back unchanged', () => {
    expect(rewrite('// 2–5 s\nout.x = 1; /* ≤ 4× */')).toBe('// 2\\u20135 s\nout.x = 1; /* \\u2264 4\\u00d7 */');
    const plain = 'out.x = /a\\/b/g; // plain';
    expect(rewrite(plain)).toBe(plain);
  });
});
