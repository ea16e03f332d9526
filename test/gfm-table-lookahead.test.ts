import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, Table } from 'mdast';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { parseMarkdown, plainText, walk } from '../src/engine/markdown.js';
import { splitAtHeadings } from '../src/engine/section-chunks.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { corpusPairs, itWithShared } from './helpers.js';

// src/engine/gfm-table-lookahead.ts gives up on a header row early when the next line cannot be
// a delimiter row. The trees must be the ones micromark-extension-gfm-table itself gives,
// positions included: the reference below is src/engine/markdown.ts's processor with the
// extension as published.
function gfmAsPublished(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}
const published = unified().use(remarkParse).use(gfmAsPublished).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const sameAsPublished = (text: string) => isDeepStrictEqual(parseMarkdown(text, Infinity), published.parse(text));

/** Each table of the text: its first line and its rows' cells. */
function tables(text: string): { line: number; rows: string[][] }[] {
  const out: { line: number; rows: string[][] }[] = [];
  walk(parseMarkdown(text, Infinity) as Root, (n) => {
    if (n.type === 'table') out.push({ line: n.position!.start.line, rows: (n as Table).children.map((r) => r.children.map((c) => plainText(c))) });
  });
  return out;
}

describe('tables with the look-ahead', () => {
  itWithShared('gives the published extension\'s tree for every corpus file, with LF line ends, and a quarter of it with CRLF, CR and a byte order mark', () => {
    const differ: string[] = [];
    let pieces = 0;
    for (const pair of corpusPairs()) {
      const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
      for (const f of [...input.prd, ...input.architecture]) {
        // Piece by piece as the engine cuts them (a whole big file is slow to parse, twice more so here).
        for (const [i, chunk] of splitAtHeadings(f.text, 16 * 1024).entries()) {
          pieces++;
          // Every piece with LF line ends; one in four also with CRLF, CR and a byte order mark.
          const variants = pieces % 4 ? { lf: chunk.text } : { lf: chunk.text, crlf: chunk.text.replace(/\n/g, '\r\n'), cr: chunk.text.replace(/\n/g, '\r'), bom: `\uFEFF${chunk.text}` };
          for (const [kind, text] of Object.entries(variants)) if (!sameAsPublished(text)) differ.push(`${pair.name} ${f.path} piece ${i} (${kind})`);
        }
      }
    }
    expect(differ).toEqual([]);
    expect(pieces).toBeGreaterThan(150);
  });

  it('still reads every kind of table: after a paragraph, in a quote, a list item or a footnote, one column, aligned, with CR or CRLF line ends and a byte order mark', () => {
    expect(tables('Intro line\n| NFR | Target |\n|:--|--:|\n| NFR1 | 200 ms |')).toEqual([{ line: 2, rows: [['NFR', 'Target'], ['NFR1', '200 ms']] }]);
    expect(tables('> a | b\n> --- | ---\n> 1 | 2')).toEqual([{ line: 1, rows: [['a', 'b'], ['1', '2']] }]);
    expect(tables('- item\n\n  a | b\n  -|-\n  1 | 2')).toEqual([{ line: 3, rows: [['a', 'b'], ['1', '2']] }]);
    expect(tables('x[^1]\n\n[^1]: a | b\n    --|--\n    1 | 2')).toEqual([{ line: 3, rows: [['a', 'b'], ['1', '2']] }]);
    expect(tables('abc\n|---|\n| 1 |')).toEqual([{ line: 1, rows: [['abc'], ['1']] }]);
    expect(tables('a|b\r\n-|-\r\n1|2')).toEqual([{ line: 1, rows: [['a', 'b'], ['1', '2']] }]);
    expect(tables('a|b\r-|-\r1|2')).toEqual([{ line: 1, rows: [['a', 'b'], ['1', '2']] }]);
    expect(tables('\uFEFFa | b\n:-:|-\n1 | 2')).toEqual([{ line: 1, rows: [['a', 'b'], ['1', '2']] }]);
    // Not tables, as the published extension has it: no pipe or colon, a setext underline, a lazy line.
    expect(tables('a | b\n---\n')).toEqual([]);
    expect(tables('a\n-\n')).toEqual([]);
    expect(tables('> a | b\n--|--')).toEqual([]);
    for (const text of ['Intro line\n| NFR | Target |\n|:--|--:|\n| NFR1 | 200 ms |', 'abc\n|---|\n| 1 |', 'a|b\r-|-\r1|2', '\uFEFFa | b\n:-:|-\n1 | 2', 'a | b\n---\n', '> a | b\n--|--']) expect(sameAsPublished(text), text).toBe(true);
  });

  it('gives the published extension\'s tree for random documents (fast-check)', () => {
    const piece = fc.oneof(
      fc.constantFrom('a | b', '| a | b |', 'a|b|c', '|---|---|', '--|--', ':-|-:', '| :-: |', '-|-', '---', '- - -', '-', ':', '|', '||', '| 1 | 2 |', '1 | 2 | 3', '> a | b', '> --|--', '>', '- a | b', '  --|--', '  a | b', '    --|--', '1. x | y', '   |-|', '\t|-|', 'text', 'text - with | pipe', 'a \\| b', '`a | b`', '[^1]: a | b', '# H | x', '```', '<div>', '', ' ', '\uFEFF'),
      fc.string({ maxLength: 8 }),
    );
    const end = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, end), { maxLength: 30 }), (parts) => {
        const text = parts.map(([p, e]) => p + e).join('');
        expect(parseMarkdown(text, Infinity)).toEqual(published.parse(text));
      }),
      { numRuns: 1000, seed: 16 },
    );
  });
});
