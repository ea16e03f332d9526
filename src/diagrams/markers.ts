// Generated blocks live only between markers an author placed:
//   <!-- archgate:begin components -->
//   ...generated...
//   <!-- archgate:end -->
// Everything outside them is never touched, byte for byte.

import type { Root } from 'mdast';
import { parseMarkdown, walk } from '../engine/markdown.js';

export const KINDS = ['components', 'context', 'container', 'traceability', 'traceability-table'] as const;
export type Kind = (typeof KINDS)[number];

export interface MarkedBlock {
  kind: string;
  /** "<!-- archgate:begin traceability for web -->": only the doc set named web generates it. */
  docSet?: string;
  /** 1-based lines of the two markers. */
  beginLine: number;
  endLine: number;
  /** Character offsets: content starts after the begin marker's line break, ends at the end marker's line start. */
  contentStart: number;
  contentEnd: number;
  content: string;
}

export interface MarkerProblem {
  line: number;
  message: string;
  fix: string;
}

const BEGIN = /^\s*<!--\s*archgate:begin\s+([\w-]*)(?:\s+for\s+([A-Za-z0-9._-]+))?\s*-->\s*$/;
const END = /^\s*<!--\s*archgate:end\s*-->\s*$/;

/**
 * Marker lines where CommonMark puts HTML comments: inside the parsed tree's html nodes, alone
 * on their line. A marker in a fenced or indented code block is an example, not a marker: the
 * tree knows where code is (a fence inside another fence, an indented block) as a line scanner
 * cannot.
 */
function markerLines(text: string, root: Root, lineStarts: number[]): { line: number; kind: string | null; docSet?: string }[] {
  const out: { line: number; kind: string | null; docSet?: string }[] = [];
  const lineText = (n: number) => text.slice(lineStarts[n - 1], n < lineStarts.length ? lineStarts[n] - 1 : text.length).replace(/\r$/, '');
  walk(root, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return false;
    if (node.type !== 'html' || !node.position || !node.value.includes('archgate:')) return;
    for (let n = node.position.start.line; n <= node.position.end.line; n++) {
      const line = lineText(n);
      const b = BEGIN.exec(line);
      if (b) out.push({ line: n, kind: b[1], ...(b[2] ? { docSet: b[2] } : {}) });
      else if (END.test(line)) out.push({ line: n, kind: null });
    }
  });
  return out.sort((a, b) => a.line - b.line);
}

/** The archgate:begin/end blocks of a file; `root` is its parsed tree (parsed here when not given). */
export function findMarkedBlocks(text: string, root: Root = parseMarkdown(text)): { blocks: MarkedBlock[]; problems: MarkerProblem[] } {
  const blocks: MarkedBlock[] = [];
  const problems: MarkerProblem[] = [];
  // Every marker writes "archgate:": most files have none, and need no line index nor walk.
  if (!text.includes('archgate:')) return { blocks, problems };
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const startOf = (line: number) => (line <= lineStarts.length ? lineStarts[line - 1] : text.length);
  let open: { kind: string; docSet?: string; line: number; contentStart: number } | null = null;
  for (const marker of markerLines(text, root, lineStarts)) {
    if (marker.kind !== null) {
      if (open) problems.push({ line: open.line, message: `The archgate:begin ${open.kind} marker has no archgate:end before the next begin marker (line ${marker.line}).`, fix: 'Add <!-- archgate:end --> on its own line where the generated block should end.' });
      open = { kind: marker.kind, ...(marker.docSet ? { docSet: marker.docSet } : {}), line: marker.line, contentStart: startOf(marker.line + 1) };
      continue;
    }
    if (!open) {
      problems.push({ line: marker.line, message: 'This archgate:end marker has no archgate:begin before it.', fix: 'Remove it, or add <!-- archgate:begin KIND --> where the generated block starts.' });
      continue;
    }
    const contentEnd = startOf(marker.line);
    blocks.push({ kind: open.kind, ...(open.docSet ? { docSet: open.docSet } : {}), beginLine: open.line, endLine: marker.line, contentStart: open.contentStart, contentEnd, content: text.slice(open.contentStart, contentEnd) });
    open = null;
  }
  if (open) problems.push({ line: open.line, message: `The archgate:begin ${open.kind} marker has no archgate:end.`, fix: 'Add <!-- archgate:end --> on its own line where the generated block should end.' });
  for (const block of blocks) {
    if (!(KINDS as readonly string[]).includes(block.kind)) {
      problems.push({ line: block.beginLine, message: `Unknown generated block kind "${block.kind}".`, fix: `Use one of: ${KINDS.join(', ')}.` });
    }
  }
  return { blocks, problems };
}

/** Replace the content of each block with what `generate` returns; every other byte stays. */
export function replaceBlocks(text: string, blocks: MarkedBlock[], generate: (block: MarkedBlock) => string | null): string {
  let out = '';
  let cursor = 0;
  for (const block of [...blocks].sort((a, b) => a.contentStart - b.contentStart)) {
    const next = generate(block);
    if (next === null) continue;
    out += text.slice(cursor, block.contentStart) + next;
    cursor = block.contentEnd;
  }
  return out + text.slice(cursor);
}
