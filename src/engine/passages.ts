import type { List, Nodes, RootContent, Table } from 'mdast';
import type { ParsedDoc, ParsedFile, Section } from './document.js';
import { inGenerated } from './document.js';
import { plainText, lineOf } from './markdown.js';
import { stripNumbering } from './headings.js';

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
}

const CODE_LINES = 6;

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

function collect(file: ParsedFile, node: RootContent | Nodes, section: Section | null, heading: string, out: Passage[], label?: string): void {
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
    case 'list':
      for (const item of (node as List).children) {
        // The item's own words; its nested lists are places of their own.
        const own = item.children.filter((c) => c.type !== 'list');
        // A table of contents' entry ("[Security](./security.md)") points to a place; it is not one.
        if (own.length && own.every(isOnlyLinks)) {
          for (const c of item.children) if (c.type === 'list') collect(file, c, section, heading, out);
          continue;
        }
        const ownEnd = own.length ? (own[own.length - 1].position?.end.line ?? lineOf(item)) : lineOf(item);
        push('item', own.map((c) => plainText(c)).join('\n'), lineOf(item), ownEnd);
        // "- **Gemini AI (60 req/min) :**" with its sub-items: the item is read with what they say.
        const nested = item.children.filter((c) => c.type === 'list');
        if (nested.length && out[out.length - 1]?.line === lineOf(item)) out[out.length - 1].nested = nested.map((c) => plainText(c)).join('\n');
        for (const c of nested) collect(file, c, section, heading, out, label);
      }
      return;
    case 'table': {
      const [head, ...rows] = (node as Table).children;
      // Every row reads with the same header: one context string per table, not one per row.
      const context = `${heading} ${head ? plainText(head) : ''}`;
      for (const row of rows) push('row', plainText(row), lineOf(row), row.position?.end.line ?? lineOf(row), context);
      return;
    }
    case 'code': {
      const lines = node.value.split('\n');
      // A code block's first line is the fence's: its lines start one below.
      const chunk = (from: number, to: number) => {
        for (let i = from; i < to; i += CODE_LINES) push('code', lines.slice(i, Math.min(to, i + CODE_LINES)).join('\n'), start + 1 + i, Math.min(end, start + Math.min(to, i + CODE_LINES)));
      };
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
      for (const c of node.children) collect(file, c, section, heading, out);
      return;
    default:
      return;
  }
}
