import type { List, Table } from 'mdast';
import { ancestors, sectionTree, type ParsedDoc, type Section } from './document.js';
import { plainText } from './markdown.js';
import { normalizeId } from './ids.js';
import type { IdScan } from './requirements.js';
import { findSections, requirementKindOfSection, type SectionSynonyms } from './section-finder.js';

// Non-functional requirements written without IDs (a list of targets, a table with no ID column)
// cannot be traced. This proposes IDs in the document's own style, as line edits: the text
// outside the changed lines stays byte for byte what it was.

export interface LineEdit {
  file: string;
  /** 1-based. */
  line: number;
  before: string;
  after: string;
}

export interface IdProposal {
  /** The IDs proposed, in document order. */
  ids: string[];
  /** One edit per changed line, in file and line order. */
  edits: LineEdit[];
  /** Each changed file's new text. */
  files: { path: string; text: string }[];
}

interface Style {
  prefix: string;
  separator: string;
  width: number;
  next: number;
}

// The NFR prefix that goes with a document's FR prefix: RF-01 (Spanish, Portuguese) -> RNF-01.
const NFR_PREFIX_FOR: Record<string, string> = { FR: 'NFR', RF: 'RNF', EF: 'ENF', AF: 'NFA' };

/** NFR-007 -> { NFR, -, 3 }: the style of the document's own IDs, NFRs first, else its FRs'. */
function styleOf(scan: IdScan): Style {
  const parse = (id: string) => /^([A-Za-z]+(?:-[A-Za-z]+)*?)([-_]?)(\d+)$/.exec(id);
  const nfr = scan.definitions.filter((d) => d.kind === 'nfr').map((d) => parse(d.id)).filter((m) => m);
  if (nfr.length) {
    const last = nfr[nfr.length - 1]!;
    const next = Math.max(...nfr.map((m) => Number(m![3]))) + 1;
    return { prefix: last[1], separator: last[2], width: last[3].startsWith('0') ? last[3].length : 0, next };
  }
  const fr = scan.definitions.filter((d) => d.kind === 'fr').map((d) => parse(d.id)).find((m) => m);
  if (fr) return { prefix: NFR_PREFIX_FOR[fr[1].toUpperCase()] ?? 'NFR', separator: fr[2], width: fr[3].startsWith('0') ? fr[3].length : 0, next: 1 };
  return { prefix: 'NFR', separator: '', width: 0, next: 1 };
}

const format = (s: Style, n: number) => `${s.prefix}${s.separator}${String(n).padStart(s.width, '0')}`;

/** The non-functional sections' requirements that have no ID, and the edits that would number them. */
export function proposeNfrIds(doc: ParsedDoc, scan: IdScan, synonyms: SectionSynonyms): IdProposal {
  const defined = new Set(scan.definitions.map((d) => `${d.location.file}:${d.location.line}`));
  // A line that names requirement IDs groups or summarises them (arc42's quality tree:
  // "Reliability: QS-R1, QS-R2"): it is not a requirement waiting for an ID.
  const naming = new Set(scan.references.map((r) => `${r.location.file}:${r.location.line}`));
  const style = styleOf(scan);
  const seen = new Set<number>();
  const sections: Section[] = [];
  for (const top of findSections(doc, synonyms, 'nonfunctional-requirements')) {
    for (const s of sectionTree(doc, top)) if (!seen.has(s.index)) (seen.add(s.index), sections.push(s));
  }
  sections.sort((a, b) => a.index - b.index);
  // Within the non-functional tree, only what is about requirements: not its contents or introduction.
  const aboutNfrs = (s: Section) => requirementKindOfSection(ancestors(s).reverse().map((x) => x.title), synonyms) === 'nfr';

  // Insertions per file: [offset in the file's text, text to insert].
  const inserts = new Map<string, [number, string][]>();
  const ids: string[] = [];
  const insert = (file: string, offset: number, text: string) => {
    if (!inserts.has(file)) inserts.set(file, []);
    inserts.get(file)!.push([offset, text]);
  };
  // A number the document already uses elsewhere (a reference, a summary) is skipped.
  const taken = new Set(scan.references.map((r) => r.key));
  const take = () => {
    let id = format(style, style.next++);
    while (taken.has(normalizeId(id))) id = format(style, style.next++);
    ids.push(id);
    return id;
  };

  const split = new Map<string, string[]>();
  const linesOf = (path: string, text: string) => split.get(path) ?? split.set(path, text.split('\n')).get(path)!;

  for (const section of sections.filter(aboutNfrs)) {
    const file = doc.files.find((f) => f.path === section.file)!;
    for (const block of section.blocks) {
      if (block.type === 'list') numberList(block);
      else if (block.type === 'table') numberTable(block);
    }

    function numberList(list: List) {
      for (const item of list.children) {
        const para = item.children[0];
        if (item.checked !== null && item.checked !== undefined) continue;
        if (!para || para.type !== 'paragraph' || !plainText(para).trim()) continue;
        // A list of links is a table of contents, not requirements.
        if (para.children.every((c) => c.type === 'link' || (c.type === 'text' && !c.value.trim()))) continue;
        const at = `${file.path}:${para.position!.start.line}`;
        if (defined.has(at) || naming.has(at)) continue;
        insert(file.path, para.position!.start.offset!, `**${take()}:** `);
      }
    }

    function numberTable(table: Table) {
      const [header, ...rows] = table.children;
      const headerLine = header.position!.start.line;
      // A table that already numbers some rows is the author's own scheme: leave it.
      if (!rows.length || rows.some((r) => defined.has(`${file.path}:${r.position!.start.line}`))) return;
      const lines = linesOf(file.path, file.text);
      const lineStart = (line: number) => table.position!.start.offset! - (table.position!.start.column - 1) + lines.slice(headerLine - 1, line - 1).reduce((n, l) => n + l.length + 1, 0);
      const cellBefore = (line: number, cell: string) => {
        const text = lines[line - 1];
        const indent = /^\s*/.exec(text)![0].length;
        // After the leading pipe when the row has one, else at the row's start.
        if (text[indent] === '|') insert(file.path, lineStart(line) + indent + 1, ` ${cell} |`);
        else insert(file.path, lineStart(line) + indent, `${cell} | `);
      };
      cellBefore(headerLine, 'ID');
      const delimiter = lines[headerLine];
      const indent = /^\s*/.exec(delimiter)![0].length;
      if (delimiter[indent] === '|') insert(file.path, lineStart(headerLine + 1) + indent + 1, ' --- |');
      else insert(file.path, lineStart(headerLine + 1) + indent, '--- | ');
      for (const row of rows) cellBefore(row.position!.start.line, take());
    }
  }

  const edits: LineEdit[] = [];
  const files: IdProposal['files'] = [];
  for (const file of doc.files) {
    const list = inserts.get(file.path);
    if (!list) continue;
    let text = file.text;
    for (const [offset, add] of [...list].sort((a, b) => b[0] - a[0])) text = text.slice(0, offset) + add + text.slice(offset);
    const before = file.text.split('\n');
    const after = text.split('\n');
    for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) edits.push({ file: file.path, line: i + 1, before: before[i], after: after[i] });
    files.push({ path: file.path, text });
  }
  return { ids, edits, files };
}

/** The edits as a unified diff, one hunk per run of changed lines. */
export function unifiedDiff(edits: LineEdit[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < edits.length) {
    const file = edits[i].file;
    out.push(`--- a/${file}`, `+++ b/${file}`);
    while (i < edits.length && edits[i].file === file) {
      let j = i;
      while (j + 1 < edits.length && edits[j + 1].file === file && edits[j + 1].line === edits[j].line + 1) j++;
      const run = edits.slice(i, j + 1);
      out.push(`@@ -${run[0].line},${run.length} +${run[0].line},${run.length} @@`, ...run.map((e) => `-${e.before}`), ...run.map((e) => `+${e.after}`));
      i = j + 1;
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
