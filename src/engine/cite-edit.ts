import type { PassageKind } from './passages.js';

// Writing a citation into the one line the author chose, in the document's own citation style.
// Only that line changes, and only by the inserted text: every other byte, line endings
// included, stays as it was.

export type CitationStyle = 'parentheses' | 'brackets';

export interface LineEdit {
  /** 1-based line that changes. */
  line: number;
  before: string;
  after: string;
  /** The whole new text of the file. */
  text: string;
}

/** The style the document already uses most: "(NFR-5)" unless bracketed citations ("[NFR-5]") outnumber them. */
export function citationStyle(texts: string[], ids: string[]): CitationStyle {
  if (!ids.length) return 'parentheses';
  const escaped = ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const id = `(?:${escaped.join('|')})`;
  const paren = new RegExp(`\\((?:[^()\\n]*[,;]\\s*)?${id}(?:\\s*[,;][^()\\n]*)?\\)`, 'g');
  const bracket = new RegExp(`\\[(?:[^\\[\\]\\n]*[,;]\\s*)?${id}(?:\\s*[,;][^\\[\\]\\n]*)?\\](?!\\()`, 'g');
  let p = 0;
  let b = 0;
  for (const t of texts) {
    p += t.match(paren)?.length ?? 0;
    b += t.match(bracket)?.length ?? 0;
  }
  return b > p ? 'brackets' : 'parentheses';
}

const SENTENCE_END = /[.!?:;。！？：；\\]$/;

/**
 * The citation written at the end of the place: before a sentence's final stop ("at rest
 * (NFR-5)."), inside a table row's last cell ("| AES-256 (NFR-5) |"), before a heading's closing
 * hashes. Null where a citation cannot be written (inside a code block).
 */
export function insertCitation(text: string, place: { kind: PassageKind; line: number; endLine: number }, id: string, style: CitationStyle): LineEdit | null {
  if (place.kind === 'code') return null;
  const lineNo = place.kind === 'row' || place.kind === 'heading' ? place.line : place.endLine;
  // Offsets of the line, without its ending (\n or \r\n stays untouched).
  let start = 0;
  for (let l = 1; l < lineNo; l++) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return null;
    start = nl + 1;
  }
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  if (text[end - 1] === '\r') end--;
  const line = text.slice(start, end);
  const cite = style === 'brackets' ? `[${id}]` : `(${id})`;
  const content = line.replace(/\s+$/, '');
  let at = content.length;
  if (place.kind === 'row') {
    // Into the last cell: before the closing pipe and the spaces in front of it.
    if (content.endsWith('|') && !content.endsWith('\\|')) at = content.slice(0, -1).replace(/\s+$/, '').length;
  } else if (place.kind === 'heading') {
    const closing = /\s+#+$/.exec(content);
    if (closing) at = closing.index;
  } else if (SENTENCE_END.test(content)) {
    // Before the final stop: the citation belongs to the sentence.
    at = content.length - 1;
  }
  if (at === 0) return null;
  const after = `${line.slice(0, at)} ${cite}${line.slice(at)}`;
  return { line: lineNo, before: line, after, text: text.slice(0, start) + after + text.slice(end) };
}

/** A line that starts a statement of its own: a bold label ("**Constraints**: …"), a list item, a row, a quote. */
const STATEMENT_START = /^\s*(?:\*\*|__|[-*+]\s|\d+[.)]\s|\||>)/;

/**
 * The last line of the statement that holds line `at` of a paragraph from `at` to `endLine`: the
 * first line from `at` that ends a sentence, or after which a new statement starts. A citation of
 * an NFR implied at `at` belongs there, not at the paragraph's last line, which may state another
 * thing (spec-kit's "**Performance Goals**: …" and "**Constraints**: …" lines are one paragraph).
 */
export function statementEnd(text: string, at: number, endLine: number): number {
  let start = 0;
  for (let l = 1; l < at; l++) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return endLine;
    start = nl + 1;
  }
  for (let l = at; l < endLine; l++) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return endLine;
    const line = text.slice(start, nl).replace(/\s+$/, '');
    start = nl + 1;
    const next = text.slice(start, text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start));
    if (endsStatementBefore(line, next)) return l;
  }
  return endLine;
}

/** Whether a line (its trailing spaces left out) ends its statement: it ends a sentence, or the next line starts a statement of its own. */
export function endsStatementBefore(line: string, next: string): boolean {
  return SENTENCE_END.test(line) || STATEMENT_START.test(next);
}

/** The waiver comment archgate cite writes for a waived NFR (read back as an inline waiver). */
export function waiverComment(id: string, reason: string): string {
  return `<!-- archgate-waive ${id}: ${reason.replace(/-->/g, '').replace(/\s+/g, ' ').trim()} -->`;
}

/** New lines written after line `after` (1-based) of the file as it was. */
export interface LineInsert {
  after: number;
  lines: string[];
}

/**
 * The text with the inserted lines, each ended like the line they follow (\r\n stays \r\n); a
 * last line without an ending keeps none. Inserts after the same line keep their order.
 */
export function applyInserts(text: string, inserts: LineInsert[]): string {
  if (!inserts.length) return text;
  const eol = /\r?\n/.exec(text)?.[0] ?? '\n';
  const lines = text.split('\n');
  const byLine = new Map<number, string[]>();
  for (const i of inserts) byLine.set(i.after, [...(byLine.get(i.after) ?? []), ...i.lines]);
  const out: string[] = [];
  const ended = text.endsWith('\n');
  const count = lines.length - (ended ? 1 : 0);
  const add = (after: number) => {
    const added = byLine.get(after);
    if (!added) return;
    for (const l of added) out.push(`${l}${eol}`);
  };
  add(0);
  for (let i = 0; i < count; i++) {
    const last = i === count - 1;
    const line = lines[i];
    // split('\n') left a CRLF line its \r: it is written back as it was.
    if (!last || ended) out.push(`${line}\n`);
    else if (byLine.has(i + 1)) out.push(`${line}${eol}`);
    else out.push(line);
    add(i + 1);
  }
  let result = out.join('');
  // A file that did not end in a line ending still does not.
  if (!ended && byLine.has(count)) result = result.slice(0, -eol.length);
  return result;
}

/**
 * A unified diff of one-line edits and inserted lines, as `git diff` shows them (no context):
 * line numbers on the `+` side count the lines inserted before.
 */
export function lineDiff(file: string, edits: { line: number; before: string; after: string }[], inserts: LineInsert[] = []): string {
  const out = [`--- a/${file}`, `+++ b/${file}`];
  const byLine = new Map<number, string[]>();
  for (const i of inserts) byLine.set(i.after, [...(byLine.get(i.after) ?? []), ...i.lines]);
  const shift = (line: number) => [...byLine].filter(([after]) => after < line).reduce((n, [, l]) => n + l.length, 0);
  const hunks: { at: number; order: number; lines: string[] }[] = [];
  for (const e of edits) hunks.push({ at: e.line, order: 0, lines: [`@@ -${e.line} +${e.line + shift(e.line)} @@`, `-${e.before}`, `+${e.after}`] });
  for (const [after, lines] of byLine) hunks.push({ at: after, order: 1, lines: [`@@ -${after},0 +${after + shift(after) + 1},${lines.length} @@`, ...lines.map((l) => `+${l}`)] });
  for (const h of hunks.sort((a, b) => a.at - b.at || a.order - b.order)) out.push(...h.lines);
  return out.join('\n') + '\n';
}
