import type { List, ListItem, Nodes, RootContent, Table } from 'mdast';
import type { ParsedDoc, ParsedFile, Section } from './document.js';
import { inGenerated } from './document.js';
import { NESTED_LIST_LEVELS, plainText, plainTextWithin, lineOf } from './markdown.js';
import { stripNumbering } from './headings.js';
import { isRawMermaid } from './raw-diagrams.js';
import { mermaidParts } from './mermaid-passages.js';

// The places of an architecture one could cite a requirement at: a heading with its first
// paragraph, a paragraph, a list item, a table row (read with its header row), a few lines of a
// code block. Each knows its heading path, which is read as context.

export type PassageKind = 'paragraph' | 'item' | 'row' | 'code' | 'heading';

export interface Passage {
  kind: PassageKind;
  file: string;
  line: number;
  endLine: number;
  /** What the place says. */
  text: string;
  /** The title of the heading it is the first passage under: read with it ("Login: hCaptcha guards the form"). */
  lead?: string;
  /** A list item's nested items: read with it to rank it, not part of the line a citation is written at. */
  nested?: string;
  /** The last line of a list item's nested items: its sub-items are lines a citation of it may name. */
  nestedEnd?: number;
  /** The bold paragraph over its list ("**Stratégie de Cache :**"), read around it like a heading. */
  label?: string;
  /** Text read around it: the heading path, a table's header row. */
  context: string;
  /** "Security › Encryption": the headings above it, the document's title left out. */
  heading: string;
  /** The section it stands in (null before the first heading of a file). */
  section: Section | null;
  /** A row of a table written in a code block (TOON): a record of the design, not a code sample. */
  record?: true;
  /** A line of a box diagram drawn in text (its boxes' titles read as context), with the line of its diagram's fence: it may rank, it never implies on its own. */
  diagram?: number;
}

/** A file's name as words: "docs/architecture/dfd-trust-boundaries.mmd" is "dfd trust boundaries". */
const fileTitle = (path: string) => path.replace(/^.*\//, '').replace(/\.[^.]*$/, '').replace(/[-_.]+/g, ' ');

/** The lines of a code block read as one place. */
export const CODE_LINES = 6;

function headingPath(section: Section | null, titleSection: Section | null): string {
  const titles: string[] = [];
  for (let s = section; s; s = s.parent) if (s !== titleSection) titles.unshift(stripNumbering(s.title));
  return titles.join(' › ');
}

// The suggestion index and citation drift both read an architecture's passages: found once.
const found = new WeakMap<ParsedDoc, readonly Passage[]>();

export function passagesOf(doc: ParsedDoc): readonly Passage[] {
  let passages = found.get(doc);
  if (!passages) found.set(doc, (passages = findPassages(doc)));
  return passages;
}

function findPassages(doc: ParsedDoc): Passage[] {
  const out: Passage[] = [];
  const byFile = new Map<string, Section[]>();
  for (const s of doc.sections) {
    const list = byFile.get(s.file);
    if (list) list.push(s);
    else byFile.set(s.file, [s]);
  }
  for (const file of doc.files) {
    const sections = byFile.get(file.path) ?? [];
    // The only H1 of a whole document (or of a sharded one's index) is its title: it says what the
    // document is, not where a concern is met. A shard's H1 ("# Security") is its section's name.
    const h1s = sections.filter((s) => s.depth === 1);
    const isTitle = doc.files.length === 1 || /(?:^|\/)(?:index|readme)\.md$/i.test(file.path);
    const titleSection = h1s.length === 1 && isTitle ? h1s[0] : null;
    let next = 0;
    let section: Section | null = null;
    let leadTitle: string | null = null;
    let label: string | null = null;
    // One heading path per section, shared by its passages: built per block, a section of many
    // short paragraphs under long titles held the path once per paragraph.
    let heading = headingPath(null, titleSection);
    for (const node of file.root.children) {
      if (node.type === 'heading') {
        section = sections[next++] ?? section;
        leadTitle = section === titleSection ? null : stripNumbering(section?.title ?? '');
        heading = headingPath(section, titleSection);
        continue;
      }
      const before = out.length;
      collect(file, node, section, heading, out, node.type === 'list' && label ? label : undefined);
      // A bold label over a list names what its items are about, as a heading does.
      label = isLabel(node) ? plainText(node) : null;
      // The first passage under a heading reads with the heading's title.
      if (leadTitle && out.length > before) {
        out[before].lead = leadTitle;
        leadTitle = null;
      }
    }
    // A heading with nothing under it is still a place.
    for (const s of sections) {
      if (s === titleSection || s.blocks.length) continue;
      out.push({ kind: 'heading', file: file.path, line: s.line, endLine: s.line, text: stripNumbering(s.title), context: headingPath(s.parent, titleSection), heading: headingPath(s, titleSection), section: s });
    }
  }
  return out;
}

// A TOON table's header ("backendPatterns[9]{component,decision,patternRef}:"): its rows follow, indented.
const TOON_HEADER = /^(\s*)([\p{L}_][\p{L}\p{N}_.-]*)\[\d+\]\{([^}]*)\}:\s*$/u;

/** The TOON tables of a code block: header line, the line after its last row, name and fields. */
function toonTables(lines: string[]): { header: number; end: number; name: string; fields: string }[] {
  const out: { header: number; end: number; name: string; fields: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = TOON_HEADER.exec(lines[i]);
    if (!m) continue;
    const indent = m[1].length;
    let end = i + 1;
    while (end < lines.length && lines[end].trim() && lines[end].length - lines[end].trimStart().length > indent) end++;
    if (end === i + 1) continue;
    out.push({ header: i, end, name: m[2], fields: m[3].replace(/,/g, ' ') });
    i = end - 1;
  }
  return out;
}

// Box-drawing characters, arrows and the geometric shapes drawn as arrow heads ("◄─", "▼").
const GLYPHS = /[\u2190-\u21FF\u2500-\u257F\u25A0-\u25FF]/u;
const GLYPH_RUNS = /[\u2190-\u21FF\u2500-\u257F\u25A0-\u25FF]+/gu;
// The ASCII art of boxes and arrows: "+-----+", "|", "-->", "<--", "==>".
const ASCII_ART = /\+[-=]{2,}\+?|<?[-=]{2,}>|<[-=]{2,}|\|/g;
const ASCII_BORDER = /^\s*\+[-=+]{2,}\+\s*$/;
// A box's top or bottom border, or a divider across it ("├────┤"); not a tree's "├─ item".
const BOX_BORDER = /[┌╔╭][─═━┬]+[┐╗╮]|[└╚╰][─═━┴┬]+[┘╝╯]|[├╠╟][─═━┼┬┴]+[┤╣╢]|\+[-=]{2,}\+/u;

/**
 * A diagram drawn in text ("┌──┐ │ Router │", "+----+"): most of its lines draw boxes, arrows or
 * a tree. Its lines are the names of the design's parts, not a code sample. Mermaid and its kin
 * have their own syntax and are read as code.
 */
function isBoxDiagram(lang: string | null | undefined, lines: string[]): boolean {
  if (lang && /^(?:mermaid|plantuml|puml|dot|graphviz|d2)$/i.test(lang)) return false;
  let art = 0;
  let text = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    text++;
    if (GLYPHS.test(line) || ASCII_BORDER.test(line) || /^\s*\|.*\|\s*$/.test(line)) art++;
  }
  // A tree of names ("├── ports.py # interfaces") lists files or steps; a diagram draws boxes.
  return art >= 3 && art * 2 >= text && lines.some((line) => /[┌╔╭][─═━┬]+[┐╗╮]|\+[-=]{3,}\+/u.test(line));
}

interface DiagramLine {
  index: number;
  text: string;
  /** The titles of the boxes it stands in, outermost first. */
  boxes: string[];
  /** The first line of text of a box, of a part of one after a divider, or after a blank line. */
  first: boolean;
}

/**
 * The parts of a box diagram, each a place: the lines of text of one box (or of a part of it
 * between dividers, or up to CODE_LINES of them), read with the titles of the boxes around it.
 */
function diagramParts(lines: string[]): { from: number; to: number; text: string; boxes: string[] }[] {
  const out: { from: number; to: number; text: string; boxes: string[] }[] = [];
  let part: { from: number; to: number; texts: string[]; boxes: string[] } | null = null;
  const flush = () => {
    if (part) out.push({ from: part.from, to: part.to, text: part.texts.join('\n'), boxes: part.boxes.filter((b) => !part!.texts.some((t) => t.startsWith(b))) });
    part = null;
  };
  for (const line of diagramLines(lines)) {
    if (line.first || (part && part.texts.length >= CODE_LINES)) flush();
    part ??= { from: line.index, to: line.index, texts: [], boxes: [] };
    part.to = line.index;
    part.texts.push(line.text);
    for (const b of line.boxes) if (!part.boxes.includes(b)) part.boxes.push(b);
  }
  flush();
  return out;
}

/**
 * The lines of a box diagram that say something, without their glyphs, each with the titles of
 * the boxes it stands in (outermost first): "Transaction Management ACID guarantees" in "Data
 * Access Layer (GORM)". A box's title is its first line of text, or the first after a divider
 * ("├────┤") in a box of layers. Columns are string offsets: a line of wide (CJK) characters
 * draws its right border early, so a box is found by its left border.
 */
/**
 * The boxes a line is read inside, at most: real diagrams nest a few and set a few side by side.
 * A pull request's block of ten thousand boxes never closed would otherwise make each line look
 * through all of them, and read each place with all their titles (minutes, and a square of text).
 */
const MAX_OPEN_BOXES = 16;

function diagramLines(lines: string[]): DiagramLine[] {
  const out: DiagramLine[] = [];
  // A box's border, a divider or a blank line since the last line of text.
  let boundary = true;
  // The boxes open at this line, by their left border's column.
  let open: { left: number; title: string | null }[] = [];
  let caption: string | null = null;
  lines.forEach((line, index) => {
    const opened: { left: number; title: string | null }[] = [];
    if (!line.trim() || BOX_BORDER.test(line)) boundary = true;
    for (const m of line.matchAll(/[┌╔╭][─═━┬]+[┐╗╮]/gu)) opened.push({ left: m.index!, title: null });
    for (const m of line.matchAll(/[└╚╰][─═━┴┬]+[┘╝╯]/gu)) open = open.filter((b) => b.left !== m.index!);
    for (const m of line.matchAll(/[├╠╟][─═━┼┬┴]+[┤╣╢]/gu)) for (const b of open) if (b.left === m.index!) b.title = null;
    for (const m of line.matchAll(/\+[-=]{2,}\+/g)) {
      const known = open.findIndex((b) => b.left === m.index!);
      if (known >= 0) open.splice(known, 1);
      else opened.push({ left: m.index!, title: null });
    }
    // Glyphs become spaces, so that what is left keeps its column.
    const clean = line.replace(GLYPH_RUNS, (g) => ' '.repeat(g.length)).replace(ASCII_ART, (g) => ' '.repeat(g.length));
    const segments = [...clean.matchAll(/\S+(?: \S+)*/g)].filter((m) => /[\p{L}\p{N}]/u.test(m[0]));
    if (!line.trim()) caption = null;
    if (segments.length) {
      const boxes: string[] = [];
      let titled: string | null = null;
      for (const m of segments) {
        // The innermost box it stands in: the nearest left border before it.
        const around = open.filter((b) => b.left < m.index!).sort((a, b) => a.left - b.left);
        const inner = around[around.length - 1];
        if (inner && inner.title === null && titled === null) inner.title = titled = m[0];
        // A line is not read with its own title.
        for (const b of around) if (b.title && b.title !== titled && !boxes.includes(b.title)) boxes.push(b.title);
      }
      if (caption) boxes.push(caption);
      const text = segments.map((m) => m[0]).join('  ');
      out.push({ index, text, boxes, first: boundary });
      boundary = false;
      // "Initial Bundle:" over its tree: the lines under it, to the next blank line, are its parts.
      if (segments.length === 1 && text.endsWith(':') && !open.length) caption = text;
    }
    open.push(...opened);
    // The oldest left open go first: a box drawn long ago and never closed frames nothing now.
    if (open.length > MAX_OPEN_BOXES) open = open.slice(-MAX_OPEN_BOXES);
  });
  return out;
}

/** A paragraph made only of links (and the spaces or punctuation between them). */
function isOnlyLinks(node: Nodes): boolean {
  if (node.type !== 'paragraph') return false;
  return node.children.some((c) => c.type === 'link') && node.children.every((c) => c.type === 'link' || (c.type === 'text' && /^[\s,;:|·•–—-]*$/.test(c.value)));
}

/** A paragraph all in bold or italics ("**Stratégie de Cache :**"): the label of the list under it. */
function isLabel(node: Nodes): boolean {
  if (node.type !== 'paragraph') return false;
  return node.children.some((c) => c.type === 'strong' || c.type === 'emphasis') && node.children.every((c) => c.type === 'strong' || c.type === 'emphasis' || (c.type === 'text' && /^[\s:：]*$/.test(c.value)));
}

/** A block to read, or a list item (its list is read item by item, each item's nested lists before the next item). */
type Pending = { node: RootContent | Nodes; label?: string } | { item: ListItem; label?: string };

/**
 * The passages of a block, in document order, on a stack of their own: a pull request may nest
 * quotes and lists thousands deep, and a call per level ran the stack out.
 */
function collect(file: ParsedFile, block: RootContent | Nodes, section: Section | null, heading: string, out: Passage[], label?: string): void {
  const pending: Pending[] = [{ node: block, label }];
  const later = (next: Pending) => pending.push(next);
  while (pending.length) {
    const next = pending.pop()!;
    if ('item' in next) collectItem(file, next.item, section, heading, out, next.label, later);
    else collectBlock(file, next.node, section, heading, out, next.label, later);
  }
}

function collectItem(file: ParsedFile, item: ListItem, section: Section | null, heading: string, out: Passage[], label: string | undefined, later: (next: Pending) => void): void {
  const push = (text: string, line: number, endLine: number) => {
    if (text.trim()) out.push({ kind: 'item', file: file.path, line, endLine, text: text.trim(), context: heading, heading, section, ...(label ? { label } : {}) });
  };
  // The item's own words; its nested lists are places of their own.
  const own = item.children.filter((c) => c.type !== 'list');
  const nested = item.children.filter((c): c is List => c.type === 'list');
  // A table of contents' entry ("[Security](./security.md)") points to a place; it is not one.
  if (own.length && own.every(isOnlyLinks)) {
    for (let i = nested.length - 1; i >= 0; i--) later({ node: nested[i] });
    return;
  }
  const ownEnd = own.length ? (own[own.length - 1].position?.end.line ?? lineOf(item)) : lineOf(item);
  push(own.map((c) => plainText(c)).join('\n'), lineOf(item), ownEnd);
  // "- **Gemini AI (60 req/min) :**" with its sub-items: the item is read with what they say.
  if (nested.length && out[out.length - 1]?.line === lineOf(item)) {
    out[out.length - 1].nested = nested.map((c) => plainTextWithin(c, NESTED_LIST_LEVELS)).join('\n');
    out[out.length - 1].nestedEnd = nested[nested.length - 1].position?.end.line ?? ownEnd;
  }
  for (let i = nested.length - 1; i >= 0; i--) later({ node: nested[i], label });
}

function collectBlock(file: ParsedFile, node: RootContent | Nodes, section: Section | null, heading: string, out: Passage[], label: string | undefined, later: (next: Pending) => void): void {
  const start = lineOf(node);
  if (inGenerated(file, start)) return;
  const end = node.position?.end.line ?? start;
  const push = (kind: PassageKind, text: string, line: number, endLine: number, context = heading) => {
    if (text.trim()) out.push({ kind, file: file.path, line, endLine, text: text.trim(), context, heading, section, ...(label ? { label } : {}) });
  };
  switch (node.type) {
    case 'paragraph':
      push('paragraph', plainText(node), start, end);
      return;
    case 'list': {
      const items = (node as List).children;
      for (let i = items.length - 1; i >= 0; i--) later({ item: items[i], label });
      return;
    }
    case 'table': {
      const [head, ...rows] = (node as Table).children;
      // Every row reads with the same header: one context string per table, not one per row.
      const context = `${heading} ${head ? plainText(head) : ''}`;
      for (const row of rows) push('row', plainText(row), lineOf(row), row.position?.end.line ?? lineOf(row), context);
      return;
    }
    case 'code': {
      const lines = node.value.split('\n');
      if (node.lang?.toLowerCase() === 'mermaid' && isRawMermaid(file.path)) {
        // A raw mermaid file's name says what it draws ("dfd-trust-boundaries.mmd"): read around its lines.
        const named = `${heading} ${fileTitle(file.path)}`.trim();
        for (const part of mermaidParts(lines)) {
          const before = out.length;
          push('code', part.text, start + 1 + part.index, start + 1 + part.index, part.groups.length ? `${named} ${part.groups.join(' ')}` : named);
          if (out.length > before) out[before].diagram = start;
        }
        return;
      }
      // A code block's first line is the fence's: its lines start one below.
      const chunk = (from: number, to: number) => {
        for (let i = from; i < to; i += CODE_LINES) push('code', lines.slice(i, Math.min(to, i + CODE_LINES)).join('\n'), start + 1 + i, Math.min(end, start + Math.min(to, i + CODE_LINES)));
      };
      if (isBoxDiagram(node.lang, lines)) {
        for (const part of diagramParts(lines)) {
          const before = out.length;
          push('code', part.text, start + 1 + part.from, start + 1 + part.to, part.boxes.length ? `${heading} ${part.boxes.join(' ')}` : heading);
          if (out.length > before) out[before].diagram = start;
        }
        return;
      }
      let plain = 0;
      for (const table of toonTables(lines)) {
        chunk(plain, table.header);
        // Each row of a TOON table is a place, read with the table's name and fields as a
        // markdown table's row is read with its header row.
        const context = `${heading} ${table.name} ${table.fields}`;
        for (let r = table.header + 1; r < table.end; r++) {
          const before = out.length;
          push('code', lines[r], start + 1 + r, start + 1 + r, context);
          if (out.length > before) out[before].record = true;
        }
        plain = table.end;
      }
      chunk(plain, lines.length);
      return;
    }
    case 'blockquote':
      for (let i = node.children.length - 1; i >= 0; i--) later({ node: node.children[i] });
      return;
    default:
      return;
  }
}
