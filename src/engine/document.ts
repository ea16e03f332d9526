import type { Heading, Root, RootContent } from 'mdast';
import { parseMarkdown, plainText, lineOf } from './markdown.js';
import { closeSections, normalizeHeading, sectionNumberOf } from './headings.js';
import type { DocKind, SourceFile } from './types.js';
import { findMarkedBlocks, type MarkedBlock, type MarkerProblem } from '../diagrams/markers.js';
import { isRawMermaid, rawMermaidRoot } from './raw-diagrams.js';

export interface ParsedFile {
  path: string;
  text: string;
  root: Root;
  lineCount: number;
  /** The archgate:begin/end blocks of the file, and marker problems, found once at parse time. */
  marked: { blocks: MarkedBlock[]; problems: MarkerProblem[] };
  /** Line ranges (inclusive, markers included) of archgate-generated blocks: derived text, never evidence. */
  generated: [number, number][];
}

/** A file's generated ranges by first line, and the furthest last line among each range and those before it. */
const generatedLookups = new WeakMap<[number, number][], { starts: number[]; reach: number[] }>();

/**
 * Whether a line lies in a generated block. Asked for every node of every file: a scan of the
 * blocks per node made a doc set with many blocks nodes × blocks; a binary search keeps it linear.
 */
export function inGenerated(file: ParsedFile, line: number): boolean {
  const ranges = file.generated;
  if (!ranges.length) return false;
  let lookup = generatedLookups.get(ranges);
  if (!lookup) {
    const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
    const reach: number[] = [];
    for (const [, b] of sorted) reach.push(Math.max(b, reach[reach.length - 1] ?? -Infinity));
    generatedLookups.set(ranges, (lookup = { starts: sorted.map(([a]) => a), reach }));
  }
  // The last range starting at or before the line: it, or one before it reaching further, holds the line.
  let lo = 0;
  let hi = lookup.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lookup.starts[mid] <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && lookup.reach[lo - 1] >= line;
}

export interface Section {
  file: string;
  line: number;
  /** The markdown level (1-6); where the section sits is `parent`, which numbers may also decide. */
  depth: number;
  /** The section number the title opens with ("5.1"), if any. */
  number: string | null;
  title: string;
  /** normalizeHeading(title) */
  key: string;
  /** Index in ParsedDoc.sections. */
  index: number;
  parent: Section | null;
  /** Top-level nodes between this heading and the next heading of any depth. */
  blocks: RootContent[];
}

/** One document (PRD or architecture) made of one or more files, in reading order. */
export interface ParsedDoc {
  kind: DocKind;
  files: ParsedFile[];
  sections: Section[];
}

/** Lines of a text, counted without splitting it (a 10 MB document would make an array of every line). */
function lineCountOf(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Trees already parsed in this run, by the file's text (the parse depends on nothing else; base
 * and head may name the same text differently). The host creates one per run (a Map will do, or
 * one that keeps only the texts it expects again) and the engine only adds to it: no stage changes
 * a tree after parsing (test/parse-memo.test.ts freezes them to prove it).
 */
export interface ParseMemo {
  get(text: string): Root | undefined;
  set(text: string, root: Root): unknown;
}

function parseOnce(text: string, memo: ParseMemo | undefined): Root {
  const known = memo?.get(text);
  if (known) return known;
  const root = parseMarkdown(text);
  memo?.set(text, root);
  return root;
}

export function parseDoc(kind: DocKind, sources: SourceFile[], memo?: ParseMemo): ParsedDoc {
  const files = sources.map((s): ParsedFile => {
    // A raw mermaid file is one diagram, never markdown, and has no archgate markers to regenerate.
    const raw = isRawMermaid(s.path);
    const root = raw ? rawMermaidRoot(s.text) : parseOnce(s.text, memo);
    const marked = raw ? { blocks: [], problems: [] } : findMarkedBlocks(s.text, root);
    return {
      path: s.path,
      text: s.text,
      root,
      lineCount: lineCountOf(s.text),
      marked,
      generated: marked.blocks.map((b): [number, number] => [b.beginLine, b.endLine]),
    };
  });
  const sections: Section[] = [];
  for (const file of files) {
    // A shard starts with an empty stack: its first heading is its section.
    const stack: Section[] = [];
    let current: Section | null = null;
    for (const node of file.root.children) {
      if (node.type === 'heading') {
        const heading = node as Heading;
        const title = plainText(heading).trim();
        const number = sectionNumberOf(title);
        closeSections(stack, heading.depth, number);
        current = {
          file: file.path,
          line: lineOf(heading),
          depth: heading.depth,
          number,
          title,
          key: normalizeHeading(title),
          index: sections.length,
          parent: stack[stack.length - 1] ?? null,
          blocks: [],
        };
        sections.push(current);
        stack.push(current);
      } else if (current) {
        current.blocks.push(node);
      }
    }
  }
  return { kind, files, sections };
}

/** The section and every section nested below it (the headings that follow whose parent is inside it). */
export function sectionTree(doc: ParsedDoc, section: Section): Section[] {
  const out = [section];
  const inside = new Set(out);
  for (let i = section.index + 1; i < doc.sections.length; i++) {
    const next = doc.sections[i];
    if (!next.parent || !inside.has(next.parent)) break;
    out.push(next);
    inside.add(next);
  }
  return out;
}

/** Plain text of a section including its subsections and their headings. */
export function sectionText(doc: ParsedDoc, section: Section): string {
  return sectionTree(doc, section)
    .map((s) => [s.title, ...s.blocks.map((b) => plainText(b))].join('\n'))
    .join('\n');
}

const levels = new WeakMap<Section, number>();

/**
 * How deep a section sits, as its parents decide: its markdown level, or one below its parent's
 * when numbering nested it in a heading of the same level ("## 5.1" after "## 5." is level 3
 * under "# Title"; see closeSections). Memoised: linear over any chain of nested numbers.
 */
export function levelOf(section: Section): number {
  const known = levels.get(section);
  if (known !== undefined) return known;
  const chain: Section[] = [];
  let s: Section | null = section;
  while (s && !levels.has(s)) {
    chain.push(s);
    s = s.parent;
  }
  let level = s ? levels.get(s)! : 0;
  for (let i = chain.length - 1; i >= 0; i--) {
    level = Math.max(chain[i].depth, level + 1);
    levels.set(chain[i], level);
  }
  return level;
}

export function ancestors(section: Section): Section[] {
  const out: Section[] = [];
  for (let s: Section | null = section; s; s = s.parent) out.push(s);
  return out;
}

const proseCache = new WeakMap<ParsedDoc, string>();

/** The whole document's text without code blocks, for keyword checks; computed once per document. */
export function docProse(doc: ParsedDoc): string {
  const cached = proseCache.get(doc);
  if (cached !== undefined) return cached;
  const prose = doc.files
    .map((f) => f.root.children.filter((n) => n.type !== 'code' && n.type !== 'yaml').map((n) => plainText(n)).join('\n'))
    .join('\n');
  proseCache.set(doc, prose);
  return prose;
}
