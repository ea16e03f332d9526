import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMarkdown } from '../src/engine/markdown.js';
import { splitAtHeadings } from '../src/engine/section-chunks.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { corpusPairs } from './helpers.js';

// Big documents are parsed section by section; the tree must be the one a whole parse gives,
// positions included. Chunk size 1 cuts before every heading the splitter allows.

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const sameTree = (text: string, chunkChars: number) => isDeepStrictEqual(plain(parseMarkdown(text, chunkChars)), plain(parseMarkdown(text, Infinity)));

describe('parsing section by section', () => {
  it('gives the whole-document tree for every corpus file, cut as finely as it can be', () => {
    const differ: string[] = [];
    let cut = 0;
    for (const pair of corpusPairs()) {
      const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
      for (const f of [...input.prd, ...input.architecture]) {
        if (splitAtHeadings(f.text, 1).length > 1) cut++;
        if (!sameTree(f.text, 1)) differ.push(`${pair.name} ${f.path}`);
      }
    }
    expect(differ).toEqual([]);
    expect(cut).toBeGreaterThan(80); // most of the 119 files really were cut
  });

  it('never cuts inside fenced code, HTML comments or blocks, or front matter; never cuts a text with definitions', () => {
    const cases = [
      '```\n# not a heading\n```\n# H\ntext',
      '~~~~md\n## inside\n~~~\n## still inside\n~~~~\n# after',
      '<!--\n# commented out\n-->\n# H',
      '<pre>\n# pre\n</pre>\n# H',
      '---\n# yaml comment\ntitle: x\n---\n# H',
      '# A\n[ref]: https://example.com\n# B\nsee [ref]',
      '# A\nnote[^1]\n# B\n[^1]: the note',
    ];
    const starts = cases.map((t) => splitAtHeadings(t, 1).map((c) => c.text.split('\n')[0]));
    expect(starts).toEqual([['```', '# H'], ['~~~~md', '# after'], ['<!--', '# H'], ['<pre>', '# H'], ['---', '# H'], ['# A'], ['# A']]);
    for (const t of cases) expect(sameTree(t, 1), t).toBe(true);
  });

  it('gives the whole-document tree for random documents (fast-check)', () => {
    const piece = fc.oneof(
      fc.constantFrom('# H1', '## H2 NFR-1', '###### H6', '#no-space', '  # indented', '```', '```mermaid', '~~~', '````', '<!--', '-->', '<pre>', '</pre>', '<div>', '---', '+++', '- item', '  - nested', '1. one', '> quote', '| a | b |', '|---|---|', '| 1 | 2 |', 'text NFR1 < 200 ms', '**NFR2:** 99.9%', '', '\r', '\t', '[x]: /u', '[^1]: note', 'para[^1]', 'Title\n===', '    code', '<script>', '</script>', '<?x', '?>', '<!DOCTYPE', '<![CDATA[', ']]>', '   ```', '> ```', '- ```', '* * *', '<A', '</pre>', '<span>', '`'),
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
