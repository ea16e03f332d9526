import type { Root } from 'mdast';

// A diagram kept as its own file beside the markdown (docs/architecture/trust.mmd): many
// repositories keep their mermaid this way. The core reads such a file as a source whose whole
// text is one mermaid block, numbered as the raw file is (its first line is line 1), so that it is
// a place to cite, its `%% NFR-3` comments are citations, and mermaid's errors point into it.
// archgate never writes to it: regenerated diagrams live only between its markers in markdown.

/** A raw mermaid file, by its name: `.mmd` or `.mermaid`. */
export const RAW_MERMAID = /\.(?:mmd|mermaid)$/i;

export const isRawMermaid = (path: string): boolean => RAW_MERMAID.test(path);

/**
 * The tree of a raw mermaid file: one mermaid code block whose fence would stand on line 0, so
 * that its code's line n is the file's line n (a fenced block's code starts one below its fence).
 */
export function rawMermaidRoot(text: string): Root {
  const value = text.replace(/\r?\n$/, '');
  let lines = 1;
  let lastStart = 0;
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) {
    lines++;
    lastStart = i + 1;
  }
  return {
    type: 'root',
    children: [{ type: 'code', lang: 'mermaid', meta: null, value, position: { start: { line: 0, column: 1, offset: 0 }, end: { line: lines, column: value.length - lastStart + 1, offset: value.length } } }],
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines, column: value.length - lastStart + 1, offset: value.length } },
  };
}
