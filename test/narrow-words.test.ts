import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDoc } from '../src/engine/document.js';
import { docUnits, narrowed } from '../src/rules/checklist/evidence.js';
import { NOTHING, TOPIC_WORDS, words } from '../src/rules/checklist/topic-patterns.js';

// A checklist pattern is compiled only with the alternatives a document can hold: the same
// matches, at the same places, with a fraction of the compilation (see narrowWords).

const arch = (text: string) => parseDoc('architecture', [{ path: 'docs/architecture.md', text }]);
const allMatches = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags + 'g'))].map((m) => `${m.index}:${m[0]}`);

describe('a words() pattern narrowed to a document', () => {
  it('keeps the alternatives whose words the document has, in their order', () => {
    const backup = words(['backups?', 'snapshots?', 'sauvegarde\\w*', 'yedek\\w*', 'backup\\w*', '备份', 'バックアップ']);
    const doc = arch('# Architecture\n\n## Backups\n\nNightly Snapshots of PostgreSQL, kept 30 days.');
    expect(narrowed(doc, backup).source).toBe(words(['backups?', 'snapshots?', 'backup\\w*']).source);
  });

  it('keeps what it cannot judge: non-ASCII openings, classes, and Chinese or Japanese words in a text that has them', () => {
    const cost = words(['[$€£¥]\\s?\\d[\\d,.]{0,15}k?', 'über', 'free tier', '費用']);
    expect(narrowed(arch('# Kosten\n\n日本語のテキスト.'), cost).source).toBe(words(['[$€£¥]\\s?\\d[\\d,.]{0,15}k?', 'über', '費用']).source);
  });

  it('is the pattern itself when every alternative can match, and NOTHING when none can', () => {
    const rpo = words(['rpo', 'recovery point']);
    expect(narrowed(arch('# A\n\nRPO: 15 minutes; the recovery point is hourly.'), rpo)).toBe(rpo);
    expect(narrowed(arch('# A\n\nNo word of it here.'), rpo)).toBe(NOTHING);
    const custom = /rpo/i;
    expect(narrowed(arch('# A\n\nNothing.'), custom)).toBe(custom);
  });

  it('reads ſ as s and the Kelvin sign as k, as the i flag does', () => {
    const scaling = words(['shard\\w*', 'kubernetes']);
    const doc = arch('# A\n\nData is ſharded across \u212Aubernetes nodes.');
    expect(narrowed(doc, scaling)).toBe(scaling);
    expect(allMatches(narrowed(doc, scaling), 'ſharded \u212Aubernetes')).toEqual(['0:ſharded', '8:\u212Aubernetes']);
  });

  // What the narrowing stands on: under the i and u flags, no character but ASCII letters and
  // digits, ſ and the Kelvin sign matches an ASCII letter or digit, and each of those is a letter
  // the word-edge look-behind refuses before a word.
  it('only ASCII letters and digits, ſ and K are read as ASCII letters and digits, and all of them are word letters', () => {
    const ascii = /[a-z0-9]/iu;
    const edge = /[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{N}]/iu;
    const odd: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (ascii.test(c) && !/[A-Za-z0-9]/.test(c)) odd.push(c);
    }
    expect(odd).toEqual(['ſ', '\u212A']);
    for (const c of ['ſ', '\u212A', ...'azAZ09']) expect(edge.test(c)).toBe(true);
  });

  it('finds the same matches as the whole pattern on any text built of vocabulary words (fast-check)', () => {
    const vocabulary = Object.values(TOPIC_WORDS).flat().map((w) => w.replace(/\\w[*+]?|\\d(\{[^}]*\})?|\\s[?*]?|[?*+]|\(\?:|[()[\]{}|\\]|\{\d+,?\d*\}/g, ''));
    const piece = fc.oneof(
      fc.constantFrom(...vocabulary),
      fc.constantFrom(' ', '\n', '-', '_', 'é', 'ſ', '\u212A', 'İ', 'ı', '2', 'x', 'TLS', '日本', 'ção', ': ', '$5'),
      fc.string({ maxLength: 6 }),
    );
    const text = fc.array(fc.tuple(piece, fc.boolean()), { maxLength: 25 }).map((parts) => parts.map(([p, upper]) => (upper ? p.toUpperCase() : p)).join(''));
    const patterns = Object.values(TOPIC_WORDS).map((list) => words(list));
    fc.assert(
      fc.property(text, (body) => {
        const doc = arch(`# A\n\n${body}`);
        // The patterns run on the units' texts and heading chains: those are what must agree.
        const texts = docUnits(doc).flatMap((u) => [u.text, u.headings]);
        for (const re of patterns) for (const t of texts) expect(allMatches(narrowed(doc, re), t)).toEqual(allMatches(re, t));
      }),
      { numRuns: 300 },
    );
  });
});
