import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CasePattern, foldCase, foldPatternSource } from '../src/engine/case-fold.js';
import { parseTargets } from '../src/engine/targets.js';

// The target patterns run without the i flag on the case-folded text (src/engine/case-fold.ts):
// V8 compiles them several times faster. These check, code point by code point, that a folded
// character matches exactly where /iu matched the original, and that targets read the same.

const codePoints = function* () {
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) yield String.fromCodePoint(cp);
};

describe('case folding a text', () => {
  it('keeps every character in its place, and gives up where lower case is longer', () => {
    expect(foldCase('Latency ≤ 200 MS, ſtate, \u212Aelvin, \u0345')).toBe('latency ≤ 200 ms, state, kelvin, \u03b9');
    expect(foldCase('İstanbul')).toBeNull();
  });

  it('folds a pattern\'s literals and keeps its escapes, group names and quantifiers', () => {
    expect(foldPatternSource(String.raw`(?<Num>\d{1,3})\s?(?:MS|Sec)(?![\p{L}\d])\u00C9[kK]\p{Script=Latin}`)).toBe(String.raw`(?<Num>\d{1,3})\s?(?:ms|sec)(?![\p{L}\d])\u00C9[kk]\p{Script=Latin}`);
    expect(() => foldPatternSource('[A-Z]')).toThrow('foldPatternSource: a class range between letters (A-Z) has no folded form');
  });

  it('every class the target patterns use holds a folded character exactly when /iu holds the original', () => {
    for (const cls of [String.raw`\p{L}`, String.raw`[\p{L}\d]`, String.raw`[\p{L}-]`, String.raw`[\p{Script=Latin}\d]`, String.raw`\w`, String.raw`\d`, String.raw`\s`]) {
      const iu = new RegExp(`^${cls}$`, 'iu');
      const u = new RegExp(`^${cls}$`, 'u');
      const wrong: string[] = [];
      for (const c of codePoints()) {
        const f = foldCase(c);
        if (f !== null && iu.test(c) !== u.test(f)) wrong.push(c);
      }
      expect(wrong, cls).toEqual([]);
    }
  });

  it('every literal character of every target pattern matches a folded character exactly when /iu matches the original', () => {
    // The characters the patterns name, outside escapes: one group per folded form.
    const literals = new Set<string>();
    for (const p of CasePattern.all) {
      const plain = p.source.replace(/\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|.)|\(\?<[A-Za-z0-9]+>|\{\d+(?:,\d*)?\}/g, '');
      for (const c of plain) if (!/[()[\]|?*+.^$\\{}:=!<-]/.test(c)) literals.add(foldCase(c) ?? c);
    }
    const list = [...literals];
    const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    const which = new RegExp(`^(?:${list.map((c) => `(${escape(c)})`).join('|')})$`, 'iu');
    const wrong: string[] = [];
    for (const c of codePoints()) {
      const f = foldCase(c);
      if (f === null) continue;
      const m = which.exec(c);
      const byIu = m ? list[m.slice(1).findIndex((g) => g !== undefined)] : null;
      const byFold = literals.has(f) ? f : null;
      if (byIu !== byFold) wrong.push(`${c} (U+${c.codePointAt(0)!.toString(16)}): /iu ${byIu}, folded ${byFold}`);
    }
    expect(list.length).toBeGreaterThan(80);
    expect(wrong).toEqual([]);
  });

  it('reads the same targets as the i-flag patterns, on any text built of target words (fast-check)', () => {
    const piece = fc.oneof(
      fc.constantFrom('p95', 'P99', '<', '≤', '>=', 'at least', 'AT MOST', 'less than', 'Within', 'menor a', 'höchstens', 'HÖCHSTENS', 'al menos', 'en az', 'moins de', '至少', '以下', '以内'),
      fc.constantFrom('200', '1,000', '2.5', '99.9', '10k', '5+', '3-', '０', '１０'),
      fc.constantFrom('ms', 'MS', 'Sekunden', 'segundos', 'SECONDS', 'sec', 'ſec', '\u212Ab', 'KB', 'users', 'Users', 'Kullanıcı', 'KULLANICI', 'rps', 'req/s', '%', 'percent', 'x', '×', 'USD', '€', '$', 'zero', 'known', 'CVEs', 'concurrent', 'Simultanés', '秒', 'ミリ秒', 'uptime', 'error rate', 'İ', '\u0345'),
      fc.constantFrom(' ', '  ', '-', '(', ')', ', ', '. ', '\n'),
      fc.string({ maxLength: 4 }),
    );
    const text = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(parseTargets(t)).toEqual(parseTargets(t, false));
      }),
      { numRuns: 5000 },
    );
  });
});
