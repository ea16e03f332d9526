// Generated blocks live only between markers an author placed:
//   <!-- archgate:begin components -->
//   ...generated...
//   <!-- archgate:end -->
// Everything outside them is never touched, byte for byte.

export const KINDS = ['components', 'context', 'container', 'traceability', 'traceability-table'] as const;
export type Kind = (typeof KINDS)[number];

export interface MarkedBlock {
  kind: string;
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

const BEGIN = /^\s*<!--\s*archgate:begin\s+([\w-]*)\s*-->\s*$/;
const END = /^\s*<!--\s*archgate:end\s*-->\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

export function findMarkedBlocks(text: string): { blocks: MarkedBlock[]; problems: MarkerProblem[] } {
  const blocks: MarkedBlock[] = [];
  const problems: MarkerProblem[] = [];
  let offset = 0;
  let fence: string | null = null;
  let open: { kind: string; line: number; contentStart: number } | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineStart = offset;
    offset += line.length + 1;
    const f = FENCE.exec(line);
    if (f) {
      if (!fence) fence = f[1][0].repeat(3);
      else if (line.trim().startsWith(fence)) fence = null;
      continue;
    }
    if (fence && !open) continue;
    if (fence) continue;
    const b = BEGIN.exec(line);
    if (b) {
      if (open) problems.push({ line: open.line, message: `The archgate:begin ${open.kind} marker has no archgate:end before the next begin marker (line ${i + 1}).`, fix: 'Add <!-- archgate:end --> on its own line where the generated block should end.' });
      open = { kind: b[1], line: i + 1, contentStart: Math.min(offset, text.length) };
      continue;
    }
    if (END.test(line)) {
      if (!open) {
        problems.push({ line: i + 1, message: 'This archgate:end marker has no archgate:begin before it.', fix: 'Remove it, or add <!-- archgate:begin KIND --> where the generated block starts.' });
        continue;
      }
      blocks.push({ kind: open.kind, beginLine: open.line, endLine: i + 1, contentStart: open.contentStart, contentEnd: lineStart, content: text.slice(open.contentStart, lineStart) });
      open = null;
    }
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
