import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHUNK_CHARS, parseMarkdown } from '../src/engine/markdown.js';
import { splitAtHeadings } from '../src/engine/section-chunks.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { corpusPairs, itWithShared } from './helpers.js';

// Big documents are parsed section by section; the tree must be the one a whole parse gives,
// positions included. Chunk size 1 cuts before every heading the splitter allows.

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const sameTree = (text: string, chunkChars: number) => isDeepStrictEqual(plain(parseMarkdown(text, chunkChars)), plain(parseMarkdown(text, Infinity)));

describe('parsing section by section', () => {
  itWithShared('gives the whole-document tree for every corpus file, cut as finely as it can be', () => {
    const differ: string[] = [];
    let cut = 0;
    for (const pair of corpusPairs()) {
      const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
      for (const f of [...input.prd, ...input.architecture]) {
        // A file that is not cut is parsed whole either way: nothing to compare.
        if (splitAtHeadings(f.text, 1).length === 1) continue;
        cut++;
        if (!sameTree(f.text, 1)) differ.push(`${pair.name} ${f.path}`);
      }
    }
    expect(differ).toEqual([]);
    expect(cut).toBeGreaterThan(80); // most of the 119 files really were cut
  });

  it('never cuts inside fenced code, HTML comments or blocks, or front matter; cuts a text with definitions all the same', () => {
    const cases = [
      '```\n# not a heading\n```\n# H\ntext',
      '~~~~md\n## inside\n~~~\n## still inside\n~~~~\n# after',
      '<!--\n# commented out\n-->\n# H',
      '<pre>\n# pre\n</pre>\n# H',
      '---\n# yaml comment\ntitle: x\n---\n# H',
      '# A\n[ref]: https://example.com\n# B\nsee [ref]',
      '# A\nnote[^1]\n# B\n[^1]: the note',
      // Definitions in containers, after front matter, referred to in other sections and cases.
      '---\ntitle: x\n---\nsee [Ref One] and [^n]\n# B\n> [ref   one]: /u "t"\n# C\n- [^N]: note\n\n  more\n# D\n![ref one][] [x][ref one]',
      // Not definitions: inside code, or continuing a paragraph.
      '# A\n```ts\nconst t: { [key: string]: any } = {};\n```\n# B\ntext\n[k]: /u\n# C\n[k] and [key: string]',
    ];
    const starts = cases.map((t) => splitAtHeadings(t, 1).map((c) => c.text.split('\n')[0]));
    expect(starts).toEqual([['```', '# H'], ['~~~~md', '# after'], ['<!--', '# H'], ['<pre>', '# H'], ['---', '# H'], ['# A', '# B'], ['# A', '# B'], ['---', '# B', '# C', '# D'], ['# A', '# B', '# C']]);
    // Only sections with a line that can open a definition are read twice.
    expect(splitAtHeadings(cases[8], 1).map((c) => c.mayDefine)).toEqual([false, true, false]);
    for (const t of cases) expect(sameTree(t, 1), t).toBe(true);
  });

  itWithShared('cuts realistic documents at any size: four times the text, four times the pieces, none larger (code with "[key: string]:" and real definitions included)', () => {
    // Real documents concatenated, IDs renamed per copy (the realistic doc sets of issue 16). Seven
    // corpus files hold "[x]:" in code; before, any of them made the whole text one piece, and
    // micromark's work grows faster than its piece (2.35x slower at 619 KB, 7x at 1.7 MB).
    const texts = corpusPairs().flatMap((p) => {
      const d = readDocSet(p.dir, { name: p.name, prd: p.prd, architecture: p.architecture });
      return [...d.prd, ...d.architecture].map((f) => f.text);
    });
    const one = `${texts.join('\n')}\n\n# References\n\n[adr]: https://example.com/adr\n\nSee [adr] and \`{ [key: string]: any }\`.\n`;
    const copies = (n: number) => Array.from({ length: n }, (_, i) => one.replace(/\b(N?FR)-?(\d+)/g, `$1-${i + 1}$2`)).join('\n');
    const pieces = (n: number) => splitAtHeadings(copies(n), CHUNK_CHARS);
    const small = pieces(1);
    const big = pieces(4);
    expect(small.length).toBeGreaterThan(20);
    expect(big.length / small.length).toBeGreaterThanOrEqual(3.9);
    // A piece is cut at the first heading past CHUNK_CHARS: shorter than that plus the longest
    // section, whatever the size of the text (a piece may span the seam between two copies).
    const longestSection = Math.max(...splitAtHeadings(copies(1), 1).map((c) => c.text.length));
    for (const p of [small, big]) expect(Math.max(...p.map((c) => c.text.length))).toBeLessThan(CHUNK_CHARS + longestSection);
    // Read twice: only the pieces with a line that can open a definition, here the one per copy.
    expect([small, big].map((p) => p.filter((c) => c.mayDefine).length)).toEqual([1, 4]);
  });

  it('gives the whole-document tree for random documents (fast-check)', () => {
    const piece = fc.oneof(
      fc.constantFrom('[X]', '[x]', '![x]', '[a][x]', '[^1]', '> [y]: /v', '- [z]: /w', '[y] [Z]', '[^2]: two', '  [x]: /u2', '{ [key: string]: any }', '[x\\]y]: /e', '[x\\]y]', '\uFEFF# bom', '# H1', '## H2 NFR-1', '###### H6', '#no-space', '  # indented', '```', '```mermaid', '~~~', '````', '<!--', '-->', '<pre>', '</pre>', '<div>', '---', '+++', '- item', '  - nested', '1. one', '> quote', '| a | b |', '|---|---|', '| 1 | 2 |', 'text NFR1 < 200 ms', '**NFR2:** 99.9%', '', '\r', '\t', '[x]: /u', '[^1]: note', 'para[^1]', 'Title\n===', '    code', '<script>', '</script>', '<?x', '?>', '<!DOCTYPE', '<![CDATA[', ']]>', '   ```', '> ```', '- ```', '* * *', '<A', '</pre>', '<span>', '`'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('\n');
        expect(plain(parseMarkdown(text, 1))).toEqual(plain(parseMarkdown(text, Infinity)));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
