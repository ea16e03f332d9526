import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { splitAtHeadings, type TextChunk } from './section-chunks.js';
import { gfmTableWithLookahead } from './gfm-table-lookahead.js';

/**
 * GitHub-flavoured markdown as remark-gfm reads it, less autolink literals: a bare URL stays
 * text, which reads the same to every rule, and finding them took a third of all parsing time.
 */
function gfmWithoutAutolinks(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTableWithLookahead(() => parsing), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

// One frozen processor: every file is parsed once and every rule walks that tree.
const processor = unified().use(remarkParse).use(gfmWithoutAutolinks).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

// The text the processor is parsing: the table extension looks ahead in it (gfm-table-lookahead.ts).
let parsing: string | null = null;

function parse(text: string): Root {
  parsing = text;
  try {
    return processor.parse(text) as Root;
  } finally {
    parsing = null;
  }
}

/**
 * Pieces of at least this many characters: small enough for micromark to stay linear and for a
 * piece's tokens to die young (16 KB against 64 KB: 8-12% less garbage, 11% less promoted to the
 * old generation, CPU 0.95 on the largest corpus pairs; 8 KB gains nothing more), big enough that
 * per-parse costs vanish.
 */
export const CHUNK_CHARS = 16 * 1024;

/**
 * Told before each piece is parsed: the whole text and the piece's first line. A host that runs
 * the engine under a time limit (src/io/bounded-check.ts) reports where the parser was when the
 * limit struck; the engine itself only calls it.
 */
export const parseProgress: { onChunk: ((text: string, line: number) => void) | null; onParsed: (() => void) | null } = { onChunk: null, onParsed: null };

export function parseMarkdown(text: string, chunkChars = CHUNK_CHARS): Root {
  const root = parsePieces(text, chunkChars);
  // Told once the text is parsed: a limit striking after this is not the parser's.
  parseProgress.onParsed?.();
  return root;
}

function parsePieces(text: string, chunkChars: number): Root {
  const chunks = splitAtHeadings(text, chunkChars);
  if (chunks.length === 1) {
    parseProgress.onChunk?.(text, 1);
    return parse(text);
  }
  // Definitions are document-wide: "[x]" is a link only if some piece defines x. First the pieces
  // that may hold a definition are parsed alone (a definition is recognised from its own piece),
  // then each piece is parsed with the definitions it may refer to written before it.
  const first = new Map<TextChunk, Root>();
  const definitions = new Map<string, string>();
  for (const chunk of chunks) {
    if (!chunk.mayDefine) continue;
    parseProgress.onChunk?.(text, chunk.line);
    const tree = parse(chunk.text);
    first.set(chunk, tree);
    collectDefinitions(tree, definitions);
  }
  // Section by section (see section-chunks.ts), each tree moved to where its piece sits in the text.
  // The parser drops a leading byte order mark and counts offsets after it.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const root: Root = { type: 'root', children: [] };
  for (const chunk of chunks) {
    const lines = definitionsFor(chunk.text, definitions);
    let part: Root;
    let inserted: Inserted | null = null;
    if (!lines.length) part = first.get(chunk) ?? parsePiece(text, chunk);
    else {
      // After front matter or a byte order mark: both count only at the very start.
      const at = chunk.afterFrontMatter ?? (chunk.text.startsWith('\uFEFF') ? 1 : 0);
      const extra = lines.join('\n\n') + '\n\n';
      parseProgress.onChunk?.(text, chunk.line);
      part = parse(chunk.text.slice(0, at) + extra + chunk.text.slice(at));
      const from = at - (chunk.offset === 0 ? bom : 0);
      inserted = { at: from, length: extra.length, lines: countLines(extra) };
      // The written definitions are the top-level nodes that start inside the inserted text.
      part.children = part.children.filter((n) => !((n.position?.start.offset ?? 0) >= from && (n.position?.start.offset ?? 0) < from + extra.length));
    }
    place(part, inserted, chunk.line - 1, chunk.offset - (chunk.offset > 0 ? bom : 0));
    root.children.push(...part.children);
    root.position = { start: { line: 1, column: 1, offset: 0 }, end: part.position!.end };
  }
  return root;
}

function parsePiece(text: string, chunk: TextChunk): Root {
  parseProgress.onChunk?.(text, chunk.line);
  return parse(chunk.text);
}

const countLines = (s: string) => s.split('\n').length - 1;

/** Label as micromark compares them: whitespace collapsed, case folded (mdast's identifier). */
const identifierOf = (label: string) => label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();

/** Each definition's identifier (footnotes with "^"), and a line that defines it again. */
function collectDefinitions(tree: Root, into: Map<string, string>): void {
  walk(tree, (node) => {
    if (node.type === 'definition' && !into.has(node.identifier)) into.set(node.identifier, `[${node.identifier}]: x`);
    if (node.type === 'footnoteDefinition' && !into.has(`^${node.identifier}`)) into.set(`^${node.identifier}`, `[^${node.identifier}]: x`);
  });
}

// A label between brackets, without brackets inside (CommonMark's labels have none unescaped), at
// most 999 characters: a bounded run, linear on any text.
const BRACKETED = /\[([^[\]]{1,999})\]/g;

/** The definition lines a piece may refer to: those whose label it writes between brackets. */
function definitionsFor(text: string, definitions: Map<string, string>): string[] {
  if (!definitions.size || !text.includes('[')) return [];
  const written = new Set<string>();
  for (const m of text.matchAll(BRACKETED)) written.add(identifierOf(m[1]));
  // A label with an escaped bracket is not read whole above: such definitions always go along.
  return [...definitions].filter(([key]) => written.has(key) || key.includes('\\')).map(([, line]) => line);
}

interface Inserted {
  at: number;
  length: number;
  lines: number;
}

/** Move a piece's tree to where the piece sits in the whole text, taking out the inserted definitions' length. */
function place(root: Nodes, inserted: Inserted | null, lines: number, offset: number): void {
  // On a stack of its own: a pull request may nest quotes and lists thousands deep.
  const stack: Nodes[] = [root];
  while (stack.length) placeOne(stack.pop()!, inserted, lines, offset, stack);
}

function placeOne(node: Nodes, inserted: Inserted | null, lines: number, offset: number, stack: Nodes[]): void {
  // In place: mdast-util-from-markdown gives every node points of its own.
  if (node.position) {
    for (const p of [node.position.start, node.position.end]) {
      if (inserted && (p.offset ?? 0) >= inserted.at + inserted.length) {
        p.offset = (p.offset ?? 0) - inserted.length;
        p.line -= inserted.lines;
      }
      p.line += lines;
      p.offset = (p.offset ?? 0) + offset;
    }
  }
  if ('children' in node) {
    // The parser pushes children one by one, so a node's array keeps room for 16 or more: most hold
    // one or two. An exact copy (slice) holds what the tree keeps: a tenth of a big tree's memory.
    const children = (node.children as Nodes[]).slice();
    (node as { children: Nodes[] }).children = children;
    for (const child of children) stack.push(child);
  }
}

// Rules read the same paragraphs, cells and headings many times over (a list item's text holds its
// paragraphs'): their text is kept with the tree, and goes when the tree goes. Only these kinds:
// what is kept then adds up to about the document's text once, not once per level of nesting.
const texts = new WeakMap<Nodes, string>();

/** The visible prose of a node: inline code is kept (IDs are often written `NFR1`); HTML, images and code blocks are not. */
const cachesText = (node: Nodes) => node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'tableRow';

export function plainText(node: Nodes): string {
  if (cachesText(node)) {
    let text = texts.get(node);
    if (text === undefined) texts.set(node, (text = textOf(node)));
    return text;
  }
  return textOf(node);
}

/**
 * How many levels of lists below a list item it is read with, wherever an item is read with what
 * is under it (places to cite, a claim over the IDs listed below it). Real documents nest a few; a
 * pull request's author can nest thousands, and each item read with every item below it made the
 * work grow with the square of the depth.
 */
export const NESTED_LIST_LEVELS = 8;

/**
 * plainText, without the lists nested more than `lists` deep in the node (the node itself counts
 * if it is a list). What reads every list item with the items under it reads each item's words
 * at most `lists` times, however deep a pull request nests them: with all of them, nesting d deep
 * was read d²/2 times.
 */
export function plainTextWithin(node: Nodes, lists: number): string {
  return textOf(node, lists);
}

/** A node's own text, or null for a node whose text joins its children's. */
function leafText(node: Nodes): string | null {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
    case 'yaml':
    case 'code':
    case 'definition':
      return '';
    case 'break':
      return '\n';
    default:
      return 'children' in node ? null : '';
  }
}

const separatorOf = (node: Nodes) => (node.type === 'tableRow' ? ' | ' : node.type === 'list' || node.type === 'listItem' || node.type === 'root' || node.type === 'blockquote' || node.type === 'table' ? '\n' : '');

/**
 * Children's texts joined, on a stack of its own: a pull request may nest quotes and lists
 * thousands deep, and a call per level ran the stack out.
 */
function textOf(node: Nodes, maxLists = Infinity): string {
  const leaf = leafText(node);
  if (leaf !== null) return leaf;
  // Each frame: a node, its children's texts so far, the next child to read, and the lists it is in.
  const stack: { node: Nodes; parts: string[]; next: number; lists: number }[] = [{ node, parts: [], next: 0, lists: node.type === 'list' ? 1 : 0 }];
  let done = '';
  while (stack.length) {
    const top = stack[stack.length - 1];
    const children = (top.node as { children: Nodes[] }).children;
    if (top.next < children.length) {
      const child = children[top.next++];
      const lists = top.lists + (child.type === 'list' ? 1 : 0);
      if (lists > maxLists) continue;
      const kept = texts.get(child);
      const own = kept ?? leafText(child);
      if (own !== null) top.parts.push(own);
      else stack.push({ node: child, parts: [], next: 0, lists });
      continue;
    }
    stack.pop();
    const text = top.parts.join(separatorOf(top.node));
    if (top.node !== node && cachesText(top.node)) texts.set(top.node, text);
    if (stack.length) stack[stack.length - 1].parts.push(text);
    else done = text;
  }
  return done;
}

/** Visit every node depth-first; return false from the visitor to skip a node's children. */
export function walk(node: Nodes, visit: (node: Nodes, parent: Nodes | null) => boolean | void, parent: Nodes | null = null): void {
  // On a stack of its own, in the same order as a recursive walk: nesting thousands deep is no call per level.
  const stack: { node: Nodes; parent: Nodes | null }[] = [{ node, parent }];
  while (stack.length) {
    const { node: n, parent: p } = stack.pop()!;
    if (visit(n, p) === false || !('children' in n)) continue;
    const children = n.children as Nodes[];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], parent: n });
  }
}

export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

export function columnOf(node: Nodes): number {
  return node.position?.start.column ?? 1;
}

/** A paragraph's lines: hard breaks and newlines in text split it ("**NFR1**: a  \n**NFR2**: b"). */
export function paragraphLines(p: Paragraph): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of p.children) {
    if (child.type === 'break') lines.push([]);
    else if (child.type === 'text' && child.value.includes('\n')) {
      child.value.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) lines[lines.length - 1].push({ ...child, value: part });
      });
    } else lines[lines.length - 1].push(child);
  }
  return lines.filter((l) => l.length);
}

/**
 * Line and column of an offset in a text node's value, in O(log n): a long value (a 5 MB line,
 * a huge table) has many matches, and slicing the text before each one would be quadratic.
 */
export function offsetLocator(value: string): (offset: number) => { lineOffset: number; column: number } {
  const breaks: number[] = [];
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return { lineOffset: lo, column: lo === 0 ? offset + 1 : offset - breaks[lo - 1] };
  };
}
